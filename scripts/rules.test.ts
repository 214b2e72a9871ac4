/**
 * Cross-field rules through the generator: the linter refuses every shape outside the spec format (file,
 * pointer, what, fix; nothing written), and the toy-rules fixture (every construct, every rule kind) generates
 * a package that carries every rule, whose type tests compile, and whose every rule breaks with its own
 * messages (the conformance suite, packages/conformance, sends each broken request to the SDK and the emulator).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Catalog, Rule } from "../packages/core/src/index.ts";
import { validateInput } from "../packages/core/src/index.ts";
import { ruleBreaks, SpecError } from "../packages/spec/src/index.ts";
import { copyOfRepository, snapshot } from "./lib/copy-of-repository.ts";
import { generatePackages } from "./lib/generate-packages.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = readFileSync(join(repo, "scripts/fixtures/toy-rules/toy-rules.yaml"), "utf8");
const SPEC = "specs/toy-rules.yaml";
const A = "/components/schemas/ToyRulesA";

/** Replaces exactly one occurrence, so a fixture edit that stops matching fails loudly. */
function replaceOnce(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

const RULE_0 = `        - if:
            allOf:
              - { properties: { mode: { const: exact_lyrics } }, required: [mode] }
          then:
            required: [lyrics, title]`;

describe("the linter", () => {
  let dir: string;
  beforeAll(() => {
    dir = copyOfRepository();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      "else",
      (text: string) =>
        replaceOnce(
          text,
          "            not: { anyOf: [{ required: [negative_prompt] }] }\n",
          "            not: { anyOf: [{ required: [negative_prompt] }] }\n          else: { required: [style] }\n",
        ),
      `${A}/allOf/0/else`,
      /a conditional rule has only if and then, not else/,
    ],
    [
      "a bare condition instead of if.allOf",
      (text: string) =>
        replaceOnce(
          text,
          "            allOf:\n              - { properties: { mode: { const: exact_lyrics } }, required: [mode] }",
          "            properties: { mode: { const: exact_lyrics } }\n            required: [mode]",
        ),
      `${A}/allOf/0/if/properties`,
      /if must be \{ allOf: \[\.\.\.\] \} with one condition per field/,
    ],
    [
      "a condition of another shape",
      (text: string) =>
        replaceOnce(
          text,
          "{ properties: { mode: { const: exact_lyrics } }, required: [mode] }",
          "{ properties: { mode: { enum: [exact_lyrics] } }, required: [mode] }",
        ),
      `${A}/allOf/0/if/allOf/0`,
      /not one of the three forms/,
    ],
    [
      "a condition on a field the variant lacks",
      (text: string) =>
        replaceOnce(text, "{ required: [reference_audio_urls] }", "{ required: [reference_audio_url] }"),
      `${A}/allOf/6/if/allOf/0`,
      /names reference_audio_url, which is not a parameter of this variant/,
    ],
    [
      "a condition value the field never takes",
      (text: string) =>
        replaceOnce(
          text,
          "{ properties: { mode: { const: exact_lyrics } }",
          "{ properties: { mode: { const: lyrics } }",
        ),
      `${A}/allOf/0/if/allOf/0`,
      /mode is lyrics never holds: mode must be one of: plain, exact_lyrics, remix/,
    ],
    [
      "a rule on the model alone (it belongs folded into the variant)",
      (text: string) =>
        replaceOnce(
          text,
          "              - { properties: { model: { const: toy-rules-b } }, required: [model] }\n              - { properties: { mode: { const: remix } }, required: [mode] }",
          "              - { properties: { model: { const: toy-rules-b } }, required: [model] }",
        ),
      "/components/schemas/ToyRulesB/allOf/0/if",
      /only condition is model toy-rules-b belongs in the variant schema itself/,
    ],
    [
      "a model condition naming another model",
      (text: string) =>
        replaceOnce(
          text,
          "{ properties: { model: { const: toy-rules-a } }, required: [model] }",
          "{ properties: { model: { const: toy-rules-b } }, required: [model] }",
        ),
      `${A}/allOf/5/if/allOf/0`,
      /the condition model is "toy-rules-b" never holds in toy-rules-a's schema/,
    ],
    [
      "a keyword a rule cannot require",
      (text: string) => replaceOnce(text, RULE_0, `${RULE_0}\n            minProperties: 3`),
      `${A}/allOf/0/then/minProperties`,
      /minProperties is not something a rule can require/,
    ],
    [
      "forbidding a field the variant requires",
      (text: string) =>
        replaceOnce(
          text,
          "not: { anyOf: [{ required: [negative_prompt] }] }",
          "not: { anyOf: [{ required: [prompt] }] }",
        ),
      `${A}/allOf/0/then/not`,
      /prompt is required by the variant, so a request this rule applies to is never valid/,
    ],
    [
      "forbidding a field the variant does not have",
      (text: string) =>
        replaceOnce(
          text,
          "not: { anyOf: [{ required: [last_frame_image_url] }] }",
          "not: { anyOf: [{ required: [last_frame_image] }] }",
        ),
      `${A}/allOf/1/then/not/anyOf/0/required/0`,
      /forbidden names "last_frame_image", which is not a parameter of this variant/,
    ],
    [
      "requiring a field the variant already requires",
      (text: string) => replaceOnce(text, "required: [lyrics, title]", "required: [lyrics, prompt]"),
      `${A}/allOf/0/then/required/1`,
      /prompt is already required by the variant, so this rule never reports it/,
    ],
    [
      "required_any with a single field",
      (text: string) =>
        replaceOnce(
          text,
          "- anyOf: [{ required: [style] }, { required: [lyrics] }]",
          "- anyOf: [{ required: [style] }]",
        ),
      `${A}/allOf/8/anyOf`,
      /required_any must list at least 2/,
    ],
    [
      "required_any with a field the variant requires",
      (text: string) =>
        replaceOnce(
          text,
          "- anyOf: [{ required: [style] }, { required: [lyrics] }]",
          "- anyOf: [{ required: [style] }, { required: [prompt] }]",
        ),
      `${A}/allOf/8/anyOf`,
      /prompt is required by the variant, so one of these fields is always set/,
    ],
    [
      "a rule enum value the field never accepts",
      (text: string) =>
        replaceOnce(
          text,
          'aspect_ratio: { enum: ["1:1", "16:9"] }',
          'aspect_ratio: { enum: ["1:1", "2:1"] }',
        ),
      `${A}/allOf/7/then/properties/aspect_ratio/enum/1`,
      /"2:1" is never a valid aspect_ratio: aspect_ratio must be one of: 1:1, 16:9, 9:16, 4:3/,
    ],
    [
      "a rule enum that narrows nothing",
      (text: string) =>
        replaceOnce(text, "enable_sound: { enum: [false] }", "enable_sound: { enum: [false, true] }"),
      `${A}/allOf/7/then/properties/enable_sound/enum`,
      /the enum allows every value of enable_sound, so it narrows nothing/,
    ],
    [
      "a rule inside a nested object",
      (text: string) =>
        replaceOnce(
          text,
          "        quality: { type: integer, minimum: 1, maximum: 100 }\n",
          "        quality: { type: integer, minimum: 1, maximum: 100 }\n      allOf: [{ required: [quality] }]\n",
        ),
      `${A}/properties/output/allOf`,
      /the keyword allOf is not enforced/,
    ],
    [
      "a rule another rule always shadows",
      (text: string) =>
        replaceOnce(
          text,
          "        # a value condition on a number\n",
          `        - if:
            allOf:
              - { properties: { mode: { const: exact_lyrics } }, required: [mode] }
              - { properties: { enable_sound: { const: true } }, required: [enable_sound] }
          then:
            required: [lyrics]
        # a value condition on a number\n`,
        ),
      `${A}/allOf/1`,
      /no request shows this rule's message: .*lyrics is required when mode is exact_lyrics and enable_sound is true/,
    ],
  ])("refuses %s, by file and pointer with a fix, and writes nothing", async (_, edit, pointer, message) => {
    writeFileSync(join(dir, SPEC), edit(FIXTURE));
    const before = snapshot(dir);
    const error = await generatePackages(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    const { problems } = error as SpecError;
    expect(problems).toContainEqual(
      expect.objectContaining({ file: SPEC, pointer, message: expect.stringMatching(message) }),
    );
    for (const problem of problems) expect(problem.fix).toMatch(/\w/);
    expect(snapshot(dir)).toEqual(before);
  });
});

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
