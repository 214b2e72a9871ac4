import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SpecError } from "../../packages/spec/src/index.ts";
import { snapshot } from "../shared/copy-of-repository.ts";
import { hasTables } from "../shared/price-text.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { generatePackages } from "./generate-packages.ts";
import { FAMILIES_PACKAGE, MANIFEST_NOTICE } from "./render-families-package.ts";
import { PROVIDER_PACKAGE } from "./render-provider-models.ts";
import { runGenerate } from "./run-generate.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
/** A throwaway copy of what generation reads and writes, removed after the test. */
const copyOfRepo = repositoryCopies();
/** `generatePackages(repo, { check: true })`, run once for the tests that read the repository's generation. */
let repoGeneration: ReturnType<typeof generatePackages> | undefined;
const generatedInRepo = () => {
  repoGeneration ??= generatePackages(repo, { check: true });
  return repoGeneration;
};

function editSpec(dir: string, edit: (text: string) => string, file = "specs/flux-2.yaml") {
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
}

async function problemsOf(dir: string) {
  const error = await generatePackages(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SpecError);
  return (error as SpecError).problems;
}

describe("the flux-2 variant table", () => {
  it("has its hand-written variants and those the catalog adds, with their endpoints and prices", async () => {
    const { catalog } = await import("../../packages/flux-2/src/generated/variants.ts");
    const rows = catalog.variants.map((v) => [
      v.model,
      v.path,
      v.price.cents,
      hasTables(v.price) ? v.price.by?.output_resolution : undefined,
      v.status,
      v.task,
    ]);
    expect(rows).toEqual([
      [
        "flux-2-pro-text-to-image",
        "/api/v1/flux_2/text_to_image",
        5,
        { "1k": 5, "2k": 7 },
        "active",
        "async",
      ],
      [
        "flux-2-flex-text-to-image",
        "/api/v1/flux_2/text_to_image",
        14,
        { "1k": 14, "2k": 24 },
        "active",
        "async",
      ],
      // From the catalog: the max models have no published price.
      ["flux-2-max-text-to-image", "/api/v1/flux_2/text_to_image", undefined, undefined, "active", "async"],
      [
        "flux-2-pro-image-to-image",
        "/api/v1/flux_2/image_to_image",
        5,
        { "1k": 5, "2k": 7 },
        "active",
        "async",
      ],
      [
        "flux-2-flex-image-to-image",
        "/api/v1/flux_2/image_to_image",
        14,
        { "1k": 14, "2k": 24 },
        "active",
        "async",
      ],
      // From the catalog: the max models have no published price.
      [
        "flux-2-flex-remix-image",
        "/api/v1/flux_2/remix_image",
        14,
        { "1k": 14, "2k": 24 },
        "active",
        "async",
      ],
      ["flux-2-max-remix-image", "/api/v1/flux_2/remix_image", undefined, undefined, "active", "async"],
      ["flux-2-pro-remix-image", "/api/v1/flux_2/remix_image", 5, { "1k": 5, "2k": 7 }, "active", "async"],
    ]);
  });

  it("is what the committed spec generates (no drift)", async () => {
    const { changed } = await generatedInRepo();
    expect(changed).toEqual([]);
  });
});

describe("a broken spec", () => {
  it.each([
    [
      "an action reached as a member the client already has",
      (text: string) => text.replaceAll("/api/v1/flux_2/remix_image", "/api/v1/flux_2/estimate_cost"),
      "/paths/~1api~1v1~1flux_2~1estimate_cost",
      /client\.estimateCost, which the client already has/,
    ],
    [
      "a variant missing from the discriminator mapping",
      (text: string) =>
        text.replace(
          '                  flux-2-flex-text-to-image: "#/components/schemas/Flux2FlexTextToImage"\n',
          "",
        ),
      "/paths/~1api~1v1~1flux_2~1text_to_image/post/requestBody/content/application~1json/schema/oneOf/1",
      /no discriminator value/,
    ],
    [
      "an unknown $ref",
      (text: string) =>
        text.replace(
          'prompt: { $ref: "#/components/schemas/Prompt" }',
          'prompt: { $ref: "#/components/schemas/Promt" }',
        ),
      "/components/schemas/Flux2ProTextToImage/properties/prompt/$ref",
      /\$ref #\/components\/schemas\/Promt does not resolve/,
    ],
    [
      "a price that is not a number of cents",
      (text: string) =>
        text.replace(
          "price: { unit: call, cents: 14, by: { output_resolution: { 1k: 14, 2k: 24 } } }",
          "price: { unit: call, cents: 14, by: { output_resolution: { 1k: 14, 2k: -24 } } }",
        ),
      "/components/schemas/Flux2FlexTextToImage/x-runapi-variant/price/by/output_resolution/2k",
      /must be a non-negative number of US cents, got -24/,
    ],
  ])("%s is named by file and pointer, and nothing is written", async (_, edit, pointer, message) => {
    const dir = copyOfRepo();
    editSpec(dir, edit);
    const before = snapshot(dir);
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "specs/flux-2.yaml",
        pointer,
        message: expect.stringMatching(message),
      }),
    );
    for (const problem of problems) expect(problem.fix).toMatch(/\w/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("stops every package from being written when another spec is broken", async () => {
    const dir = copyOfRepo();
    editSpec(dir, (text) => text.replace("cents: 5,", "cents: 6,"));
    cpSync(join(dir, "specs/flux-2.yaml"), join(dir, "specs/other.yaml"));
    const before = snapshot(dir);
    const problems = await problemsOf(dir);
    expect(problems[0]).toMatchObject({ file: "specs/other.yaml", pointer: "/info/x-runapi/family" });
    expect(snapshot(dir)).toEqual(before);
  });

  it("prints the problems and exits 1 from the command line", () => {
    const dir = copyOfRepo();
    editSpec(dir, (text) => text.replace("status: active", "status: retired"));
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", join(dir, "scripts/generate/generate.ts")],
      {
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "specs/flux-2.yaml#/components/schemas/Flux2ProTextToImage/x-runapi-variant/status",
    );
    expect(result.stderr).toContain("nothing was written");
  });

  it("names the spec in one line, and writes nothing, when an error escapes the linter", async () => {
    const dir = copyOfRepo();
    // A component no variant uses is not linted; openapi-typescript throws on its bare property.
    editSpec(dir, (text) =>
      text.replace(
        "    EnableSafetyChecker:\n",
        "    Unused: { type: object, properties: { a: boolean } }\n$&",
      ),
    );
    const before = snapshot(dir);
    const result = await runGenerate(dir, []);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^pnpm generate: specs\/flux-2\.yaml: #\/components\/schemas\/Unused: invalid property a\b.*; nothing was written\.$/,
      ),
    ]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("pnpm generate", () => {
  it("changes exactly the variant table, the README and SKILL.md rows and the model's doc when a price changes", async () => {
    const dir = copyOfRepo();
    editSpec(dir, (text) => text.replace(/(Flux2FlexImageToImage:[\s\S]*?2k: )24/, "$122"));
    const { changed } = await generatePackages(dir);
    expect(changed.sort()).toEqual([
      "packages/flux-2/README.md",
      "packages/flux-2/SKILL.md",
      "packages/flux-2/src/generated/schema.ts",
      "packages/flux-2/src/generated/variants.ts",
    ]);
    const readme = readFileSync(join(dir, "packages/flux-2/README.md"), "utf8");
    expect(readme).toMatch(/\| `flux-2-flex-image-to-image` \|.*22¢ \(output_resolution 2k\)/);
    expect(readme).toMatch(/\| `flux-2-flex-text-to-image` \|.*24¢ \(output_resolution 2k\)/);
    const skill = readFileSync(join(dir, "packages/flux-2/SKILL.md"), "utf8");
    expect(skill).toMatch(
      /\| `flux-2-flex-image-to-image` \|.*\| 14¢ \(output_resolution 1k\) · 22¢ \(output_resolution 2k\) \|/,
    );
    // In the schema, only the price in the doc of that variant's model: the types stay as they were.
    const lines = (root: string) =>
      readFileSync(join(root, "packages/flux-2/src/generated/schema.ts"), "utf8").split("\n");
    const [before, after] = [lines(repo), lines(dir)];
    const differing = before.flatMap((line, index) => (line === after[index] ? [] : [[line, after[index]]]));
    const sentence = (cents: number) =>
      `(\`POST /api/v1/flux_2/image_to_image\`). Price: 14¢ (output_resolution 1k) · ${cents}¢ (output_resolution 2k).`;
    expect(before.length).toBe(after.length);
    expect(differing).toEqual([
      [expect.stringContaining(sentence(24)), expect.stringContaining(sentence(22))],
    ]);
  });

  it("keeps the version changesets wrote", async () => {
    const dir = copyOfRepo();
    const path = join(dir, "packages/flux-2/package.json");
    writeFileSync(path, readFileSync(path, "utf8").replace(/"version": "[^"]+"/, '"version": "3.4.5"'));
    const { changed } = await generatePackages(dir);
    expect(changed).toEqual([]);
    expect(JSON.parse(readFileSync(path, "utf8")).version).toBe("3.4.5");
  });

  it("--check names stale files, exits 1 and writes nothing", async () => {
    const dir = copyOfRepo();
    const variants = join(dir, "packages/flux-2/src/generated/variants.ts");
    writeFileSync(variants, `${readFileSync(variants, "utf8")}// a hand edit\n`);
    const result = await runGenerate(dir, ["--check"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("packages/flux-2/src/generated/variants.ts");
    expect(readFileSync(variants, "utf8")).toMatch(/a hand edit/);
    const written = await runGenerate(dir, []);
    expect(written.status, written.stderr).toBe(0);
    expect(written.written).toEqual(["packages/flux-2/src/generated/variants.ts"]);
    expect(readFileSync(variants, "utf8")).not.toMatch(/a hand edit/);
  });

  it("gives each package its type tests only: runtime behaviour is the conformance suite's", async () => {
    const { files } = await generatedInRepo();
    const tests = files.filter((file) => file.split("/")[2] === "test");
    expect(tests.length).toBeGreaterThan(0);
    expect(tests.filter((file) => !file.endsWith("/test/types.test-d.ts"))).toEqual([]);
  });

  it("starts every generated file with a do-not-edit notice naming its spec", async () => {
    const { files } = await generatedInRepo();
    for (const file of files) {
      const head = readFileSync(join(repo, file), "utf8").split("\n").slice(0, 2).join("\n");
      // The families package (its manifest's dependencies, its list) and the provider's model ids.
      if (file === `packages/${FAMILIES_PACKAGE}/package.json`) expect(head, file).toContain(MANIFEST_NOTICE);
      else if (
        file === `packages/${FAMILIES_PACKAGE}/src/generated/families.ts` ||
        file.startsWith(`packages/${PROVIDER_PACKAGE}/`)
      ) {
        expect(head, file).toMatch(/^\/\/ Generated from specs\/ by .*Do not edit/);
      } else {
        // A family's package, or the families package's help for one family.
        const family = /generated\/help\/([\w-]+)\.ts$/.exec(file)?.[1] ?? file.split("/")[1];
        expect(head, file).toMatch(new RegExp(`Generated from specs/${family}\\.yaml .*Do not edit`));
      }
    }
  });
});
