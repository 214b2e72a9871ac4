/**
 * Cross-field rules through the generator (the linter's refusals are tested in packages/spec): the toy-rules
 * fixture (every construct, every rule kind) generates a package that carries every rule, whose type tests
 * compile, and whose every rule breaks with its own messages (the conformance suite, packages/conformance,
 * sends each broken request to the SDK and the emulator).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Catalog, Rule } from "../../packages/core/src/index.ts";
import { validateInput } from "../../packages/core/src/index.ts";
import { ruleBreaks } from "../../packages/spec/src/index.ts";
import { copyOfRepository } from "../shared/copy-of-repository.ts";
import { generatePackages } from "./generate-packages.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURE = readFileSync(join(repo, "scripts/fixtures/toy-rules/toy-rules.yaml"), "utf8");
const SPEC = "specs/toy-rules.yaml";

describe("the toy-rules fixture, generated", () => {
  let dir: string;
  let catalog: Catalog;
  beforeAll(async () => {
    dir = copyOfRepository();
    writeFileSync(join(dir, SPEC), FIXTURE);
    await generatePackages(dir);
    ({ catalog } = await import(
      pathToFileURL(join(dir, "packages/toy-rules/src/generated/variants.ts")).href
    ));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("carries every rule in the compact form, in spec order, a rule shared by both variants written once", () => {
    const rules = (model: string) => catalog.variants.find((v) => v.model === model)?.input.rules;
    const sound: Rule = { when: { enable_sound: true }, required: ["sound_prompt"] };
    expect(rules("toy-rules-a")).toEqual([
      { when: { mode: "exact_lyrics" }, required: ["lyrics", "title"], forbidden: ["negative_prompt"] },
      { when: { duration_seconds: 6 }, forbidden: ["last_frame_image_url"] },
      sound,
      { when: { first_frame_image_url: { present: false } }, required: ["aspect_ratio"] },
      { when: { first_frame_image_url: { present: true } }, forbidden: ["aspect_ratio"] },
      {
        when: { model: "toy-rules-a", last_frame_image_url: { present: true } },
        required: ["first_frame_image_url"],
        forbidden: ["reference_image_urls", "reference_video_urls"],
      },
      {
        when: { reference_audio_urls: { present: true } },
        requiredAny: ["reference_image_urls", "reference_video_urls"],
      },
      {
        when: { mode: "remix", steps: 30 },
        required: ["strength", "aspect_ratio"],
        enum: { aspect_ratio: ["1:1", "16:9"], enable_sound: [false] },
      },
      { requiredAny: ["style", "lyrics"] },
    ]);
    expect(rules("toy-rules-b")).toEqual([
      { when: { model: "toy-rules-b", mode: "remix" }, required: ["reference_image_urls"] },
      sound,
    ]);
    const table = readFileSync(join(dir, "packages/toy-rules/src/generated/variants.ts"), "utf8");
    expect(table).toContain(`const r0: Rule = ${JSON.stringify(sound)};`);
    expect(table.split(JSON.stringify(sound))).toHaveLength(2);
    // Nested objects and arrays of objects keep their own required fields.
    const a = catalog.variants.find((v) => v.model === "toy-rules-a")?.input;
    expect(a?.properties?.output?.required).toEqual(["format"]);
    expect(a?.properties?.layers?.items?.required).toEqual(["text"]);
  });

  it("breaks every rule of every variant: a conformance row for each, none written into the package", () => {
    const rows = catalog.variants.flatMap((variant) =>
      ruleBreaks(variant.input, exampleOf(variant.model!), variant.model).breaks.map(
        ({ rule }) => `${variant.model} allOf/${rule}`,
      ),
    );
    // toy-rules-a's allOf/7 requires aspect_ratio and narrows it: one row for each.
    expect(rows).toEqual([
      ...[0, 1, 2, 3, 4, 5, 6, 7, 7, 8].map((index) => `toy-rules-a allOf/${index}`),
      "toy-rules-b allOf/0",
      "toy-rules-b allOf/1",
    ]);
    expect(existsSync(join(dir, "packages/toy-rules/test/toy-rules.test.ts"))).toBe(false);
  });

  it("breaks each rule with a request whose problems are the rule's own messages", () => {
    for (const variant of catalog.variants) {
      const { breaks, unbreakable } = ruleBreaks(variant.input, exampleOf(variant.model!), variant.model);
      expect(unbreakable).toEqual([]);
      for (const { body, issues } of breaks) {
        expect(validateInput(variant.input, body, variant.model)).toEqual(issues);
        expect(issues.every(({ message }) => / when |^one of /.test(message))).toBe(true);
      }
    }
  });

  it("type-checks its type tests: folded model rules are compile errors", () => {
    const types = readFileSync(join(dir, "packages/toy-rules/test/types.test-d.ts"), "utf8");
    expect(types).toContain("// @ts-expect-error title is required");
    expect(types).toContain("// @ts-expect-error negative_prompt is not a parameter of toy-rules-b");
    expect(types).toContain("// @ts-expect-error aspect_ratio of toy-rules-b is one of 1:1, 16:9, not 9:16");
    writeFileSync(
      join(dir, "tsconfig.rules.json"),
      JSON.stringify({
        extends: "./tsconfig.base.json",
        compilerOptions: {
          noEmit: true,
          skipLibCheck: true,
          types: [],
          paths: { "@runapi.ai/core": ["./packages/core/src/index.ts"] },
        },
        files: ["packages/toy-rules/test/types.test-d.ts"],
      }),
    );
    const tsc = spawnSync(join(repo, "node_modules/.bin/tsc"), ["-p", "tsconfig.rules.json"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 120_000);
});

/** The fixture's example request of a model. */
function exampleOf(model: string): Record<string, unknown> {
  const spec = parse(FIXTURE);
  return spec.paths["/api/v1/toy_rules/make"].post.requestBody.content["application/json"].examples[model]
    .value;
}
