/**
 * Cross-field rules (a variant schema's allOf): the linter refuses every shape outside the spec format, by file,
 * JSON pointer, what is wrong and the fix. The toy-rules fixture holds every construct and every rule kind.
 */
import { describe, expect, it } from "vitest";
import { fixture, readSpecText } from "../test/support/spec-folder.js";

const FIXTURE = fixture("toy-rules").text;
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
  ])("refuses %s, by file and pointer with a fix", (_, edit, pointer, message) => {
    const { family, problems } = readSpecText("toy-rules.yaml", edit(FIXTURE));
    expect(family).toBeUndefined();
    expect(problems).toContainEqual(
      expect.objectContaining({ file: SPEC, pointer, message: expect.stringMatching(message) }),
    );
    for (const problem of problems) expect(problem.fix).toMatch(/\w/);
  });
});
