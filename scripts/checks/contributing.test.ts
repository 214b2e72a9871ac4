/**
 * Runs CONTRIBUTING.md's "Add a variant" recipe, with the YAML blocks exactly as that file shows them, on a
 * copy of the repository, and checks what the recipe promises: the new variant is typed, validated, served by
 * the emulator, priced, and announced by a changeset of its package and one of the emulator.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Document, parse, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { RunAPIClient, ValidationError } from "../../packages/core/src/index.ts";
import { startEmulator } from "../../packages/emulator/src/index.ts";
import { generatePackages } from "../generate/generate-packages.ts";
import { copyOfRepository } from "../shared/copy-of-repository.ts";
import { FLUX_2_TEXT_TO_IMAGE } from "../shared/flux-2-lite.ts";
import { runChangesetSpecs } from "../spec-changesets/run-changeset-specs.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const MODEL = "flux-2-lite-text-to-image";

/** The YAML block that follows `<!-- recipe:add-variant:<name> -->` in CONTRIBUTING.md. */
function recipeBlock(name: string): unknown {
  const text = readFileSync(join(repo, "CONTRIBUTING.md"), "utf8");
  const match = new RegExp(`<!-- recipe:add-variant:${name} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(
    text,
  );
  if (!match?.[1]) throw new Error(`CONTRIBUTING.md has no recipe:add-variant:${name} block`);
  return parse(match[1]);
}

/** Adds every entry of a one-key-or-more mapping block under the map at `path`. */
function addEntries(doc: Document, path: string[], block: unknown) {
  for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
    (doc.getIn(path) as YAMLMap).set(key, doc.createNode(value));
  }
}

let dir = "";
let catalog: { variants: { model?: string; price: { cents: number } }[] };

beforeAll(async () => {
  dir = copyOfRepository();
  const specPath = join(dir, "specs/flux-2.yaml");
  const doc = parseDocument(readFileSync(specPath, "utf8"));
  addEntries(doc, ["components", "schemas"], recipeBlock("schema"));
  (doc.getIn([...FLUX_2_TEXT_TO_IMAGE, "schema", "oneOf"]) as YAMLSeq).add(
    doc.createNode(recipeBlock("one-of")),
  );
  addEntries(doc, [...FLUX_2_TEXT_TO_IMAGE, "schema", "discriminator", "mapping"], recipeBlock("mapping"));
  addEntries(doc, [...FLUX_2_TEXT_TO_IMAGE, "examples"], recipeBlock("example"));
  writeFileSync(specPath, doc.toString());
  await generatePackages(dir);
  ({ catalog } = await import(pathToFileURL(join(dir, "packages/flux-2/src/generated/variants.ts")).href));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("CONTRIBUTING.md: add a variant", () => {
  it("is typed: the model id type-checks and a wrong field does not", () => {
    writeFileSync(
      join(dir, "recipe-check.ts"),
      [
        'import RunAPI from "@runapi.ai/flux-2";',
        "const client = new RunAPI({ apiKey: 'k' });",
        `void client.create({ model: "${MODEL}", prompt: "a harbour", output_resolution: "2k" });`,
        "// @ts-expect-error source_image_urls is not a field of this variant",
        `void client.create({ model: "${MODEL}", prompt: "a harbour", source_image_urls: ["https://x/y.png"] });`,
        "// @ts-expect-error no such model",
        'void client.create({ model: "flux-2-nope", prompt: "a harbour" });',
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "tsconfig.recipe.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "es2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          skipLibCheck: true,
          types: [],
          paths: {
            "@runapi.ai/core": ["./packages/core/src/index.ts"],
            "@runapi.ai/flux-2": ["./packages/flux-2/src/index.ts"],
          },
        },
        files: ["recipe-check.ts"],
      }),
    );
    const tsc = spawnSync(join(repo, "node_modules/.bin/tsc"), ["-p", "tsconfig.recipe.json"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("is validated before sending, served by the emulator and priced the same by both", async () => {
    const emulator = await startEmulator({ port: 0, specsDir: join(dir, "specs"), taskDurationMs: 50 });
    try {
      const client = new RunAPIClient({ apiKey: emulator.apiKey, baseURL: emulator.url }, catalog as never);
      const refused = await client.create({ model: MODEL, prompt: "no" } as never).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as Error).message).toBe("prompt must be between 3 and 5000 characters");
      expect(emulator.requests).toHaveLength(0);

      const example = (recipeBlock("example") as Record<string, { value: object }>)[MODEL]!.value;
      const done = (await client.run(example as never, { minDelay: 10 })) as unknown as {
        status: string;
        images: unknown[];
      };
      expect(done.status).toBe("completed");
      expect(done.images).toHaveLength(1);

      const price = (recipeBlock("schema") as Record<string, { "x-runapi-variant": { price: object } }>)
        .Flux2LiteTextToImage!["x-runapi-variant"].price as {
        cents: number;
        by: { output_resolution: Record<string, number> };
      };
      const twoK = { ...example, output_resolution: "2k" };
      expect(client.estimateCost(example as never).cents).toBe(price.by.output_resolution["1k"]);
      expect(client.estimateCost(twoK as never).cents).toBe(price.by.output_resolution["2k"]);
      const entry = emulator.ledger().find((line) => line.model === MODEL);
      expect(entry?.chargedCents).toBe(price.by.output_resolution["1k"]);
      const readme = readFileSync(join(dir, "packages/flux-2/README.md"), "utf8");
      expect(readme).toContain(`\`${MODEL}\``);
    } finally {
      await emulator.close();
    }
  });

  it("is listed in the package's SKILL.md, with its price and description, with no hand edit", async () => {
    const before = readFileSync(join(repo, "packages/flux-2/SKILL.md"), "utf8").split("\n");
    const after = readFileSync(join(dir, "packages/flux-2/SKILL.md"), "utf8").split("\n");
    const added = after.filter((line) => !before.includes(line));
    expect(added).toContainEqual(
      `| \`${MODEL}\` | The quickest Flux 2 drafts from a prompt. | 3¢ (output_resolution 1k) · 4¢ (output_resolution 2k) | \`prompt\` |`,
    );
    // Its row lands in its action's section, and generating again changes nothing.
    const section = after.slice(after.indexOf("## text_to_image"), after.indexOf("## image_to_image"));
    expect(section.filter((line) => line.startsWith(`| \`${MODEL}\` |`))).toHaveLength(1);
    expect((await generatePackages(dir, { check: true })).changed).toEqual([]);
  });

  it("gets a minor changeset naming the new variant, and the emulator one naming Flux 2 and the variant", () => {
    const run = runChangesetSpecs(dir, ["--base", "main"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const written = readdirSync(join(dir, ".changeset"))
      .filter((name) => name.endsWith(".md") && name !== "README.md")
      .map((name) => readFileSync(join(dir, ".changeset", name), "utf8"))
      .sort();
    const reason = `new variant ${MODEL} (POST /api/v1/flux_2/text_to_image)`;
    // The emulator serves the spec from the copy its package carries, so it is released too.
    expect(written).toEqual([
      `---\n"@runapi.ai/emulator": minor\n---\n\nServes the changed specs:\n\n- Flux 2: ${reason}\n`,
      `---\n"@runapi.ai/flux-2": minor\n---\n\n${reason}\n`,
    ]);
  });
});
