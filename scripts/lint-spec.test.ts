/**
 * The spec linter on schema keyword values and on how variants are wired into their action: each bad spec is
 * refused by file, JSON pointer, what is wrong and the fix, and nothing is written.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SpecError } from "../packages/spec/src/index.ts";
import { copyOfRepository, snapshot } from "./lib/copy-of-repository.ts";
import { generatePackages } from "./lib/generate-packages.ts";

const SPEC = "specs/flux-2.yaml";
const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The problems of the flux-2 spec after `edit`, in a throwaway copy; checks that nothing was written. */
async function problemsAfter(edit: (spec: string) => string) {
  const dir = copyOfRepository();
  copies.push(dir);
  const path = join(dir, SPEC);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  const packages = snapshot(dir);
  const error = await generatePackages(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SpecError);
  expect(snapshot(dir)).toEqual(packages);
  const { problems } = error as SpecError;
  for (const problem of problems) expect(problem.fix).toMatch(/\w/);
  return problems;
}

const PRO = "/components/schemas/Flux2ProTextToImage";
const TEXT_TO_IMAGE = "/paths/~1api~1v1~1flux_2~1text_to_image/post/requestBody/content/application~1json";

describe("a keyword value validators cannot use", () => {
  it.each<[string, (spec: string) => string, string, RegExp]>([
    [
      "a pattern that does not compile",
      (spec) =>
        spec.replace(
          'pattern: "^https?://"\n    SourceImageUrls:',
          'pattern: "^https?://("\n    SourceImageUrls:',
        ),
      `${PRO}/properties/callback_url/pattern`,
      /^pattern is not a valid regular expression \(u flag\): .*Unterminated group/,
    ],
    [
      "a pattern valid only without the u flag",
      (spec) =>
        spec.replace(
          'pattern: "^https?://"\n    SourceImageUrls:',
          'pattern: "^\\\\-"\n    SourceImageUrls:',
        ),
      `${PRO}/properties/callback_url/pattern`,
      /^pattern is not a valid regular expression \(u flag\)/,
    ],
    [
      "a minLength in quotes",
      (spec) => spec.replace("minLength: 3", 'minLength: "3"'),
      `${PRO}/properties/prompt/minLength`,
      /^minLength must be a non-negative integer, got "3"$/,
    ],
    [
      "a maxLength below zero",
      (spec) => spec.replace("maxLength: 5000", "maxLength: -1"),
      `${PRO}/properties/prompt/maxLength`,
      /^maxLength must be a non-negative integer, got -1$/,
    ],
    [
      "a fractional maxItems",
      (spec) => spec.replace("maxItems: 8", "maxItems: 1.5"),
      "/components/schemas/Flux2ProImageToImage/properties/source_image_urls/maxItems",
      /^maxItems must be a non-negative integer, got 1\.5$/,
    ],
    [
      "a minItems in quotes",
      (spec) => spec.replace("minItems: 1", 'minItems: "1"'),
      "/components/schemas/Flux2ProImageToImage/properties/source_image_urls/minItems",
      /^minItems must be a non-negative integer, got "1"$/,
    ],
    [
      "an infinite maximum",
      (spec) => spec.replace("minLength: 3\n", "minLength: 3\n      maximum: .inf\n"),
      `${PRO}/properties/prompt/maximum`,
      /^maximum must be a finite number, got Infinity$/,
    ],
    [
      "a minimum in quotes",
      (spec) => spec.replace("minLength: 3\n", 'minLength: 3\n      minimum: "0"\n'),
      `${PRO}/properties/prompt/minimum`,
      /^minimum must be a finite number, got "0"$/,
    ],
    [
      "additionalProperties in quotes",
      (spec) =>
        spec.replace(
          "additionalProperties: false\n      required: [model, prompt]\n      properties:\n        model: { type: string, const: flux-2-pro-text-to-image }",
          'additionalProperties: "false"\n      required: [model, prompt]\n      properties:\n        model: { type: string, const: flux-2-pro-text-to-image }',
        ),
      `${PRO}/additionalProperties`,
      /^additionalProperties must be true or false, got "false"$/,
    ],
    [
      "an enum that is not a list",
      (spec) => spec.replace("enum: [1k, 2k]", "enum: 1k"),
      `${PRO}/properties/output_resolution/enum`,
      /^enum must be a non-empty list of values, got "1k"$/,
    ],
    [
      "required that is not a list",
      (spec) =>
        spec.replace(
          "required: [model, prompt]\n      properties:\n        model: { type: string, const: flux-2-pro-text-to-image }",
          "required: model\n      properties:\n        model: { type: string, const: flux-2-pro-text-to-image }",
        ),
      `${PRO}/required`,
      /^required must be a list of field names, got "model"$/,
    ],
    [
      "a property that is a bare type name",
      (spec) =>
        spec.replace(
          'enable_safety_checker: { $ref: "#/components/schemas/EnableSafetyChecker" }',
          "enable_safety_checker: boolean",
        ),
      `${PRO}/properties/enable_safety_checker`,
      /^the property enable_safety_checker must be a schema object, got "boolean"$/,
    ],
    [
      "items that are a bare type name",
      (spec) => spec.replace('items:\n        type: string\n        pattern: "^https?://"', "items: string"),
      "/components/schemas/Flux2ProImageToImage/properties/source_image_urls/items",
      /^items must be a schema object, got "string"$/,
    ],
    [
      "a default its enum does not allow",
      (spec) =>
        spec.replace('enum: ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"]', 'enum: ["4:3", "16:9"]'),
      `${PRO}/properties/aspect_ratio/default`,
      /^default must be one of: 4:3, 16:9, got "1:1"$/,
    ],
    [
      "a default of the wrong type",
      (spec) => spec.replace("enum: [1k, 2k]\n      default: 1k", "enum: [1k, 2k]\n      default: 1"),
      `${PRO}/properties/output_resolution/default`,
      /^default must be a string, got 1$/,
    ],
  ])("refuses %s at the keyword, and writes nothing", async (_, edit, pointer, message) => {
    const problems = await problemsAfter(edit);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: SPEC, pointer, message: expect.stringMatching(message) }),
    );
  });

  it("names the type a bare property should be written with", async () => {
    const problems = await problemsAfter((spec) =>
      spec.replace(
        'enable_safety_checker: { $ref: "#/components/schemas/EnableSafetyChecker" }',
        "enable_safety_checker: boolean",
      ),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        pointer: `${PRO}/properties/enable_safety_checker`,
        fix: "write enable_safety_checker: { type: boolean }",
      }),
    );
  });
});

describe("a required field that is not a property", () => {
  it("is reported at required, not against the example", async () => {
    const problems = await problemsAfter((spec) =>
      spec.replace(
        "required: [model, prompt]\n      properties:\n        model: { type: string, const: flux-2-pro-text-to-image }",
        "required: [model, prompt, promt]\n      properties:\n        model: { type: string, const: flux-2-pro-text-to-image }",
      ),
    );
    expect(problems).toEqual([
      {
        file: SPEC,
        pointer: `${PRO}/required/2`,
        message: "required names promt, which is not a property",
        fix: "add the property promt or remove it from required",
      },
    ]);
  });
});

describe("a variant not wired into its action", () => {
  it("is refused when its schema has x-runapi-variant but no action maps it", async () => {
    const problems = await problemsAfter((spec) =>
      spec.replace(
        "    Flux2ProTextToImage:\n",
        `    Flux2LiteTextToImage:
      type: object
      additionalProperties: false
      required: [model, prompt]
      properties:
        model: { type: string, const: flux-2-lite-text-to-image }
        prompt: { $ref: "#/components/schemas/Prompt" }
      x-runapi-variant: { status: active, task: async, price: { unit: call, cents: 3 } }
$&`,
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: SPEC,
        pointer: "/components/schemas/Flux2LiteTextToImage/x-runapi-variant",
        message: "Flux2LiteTextToImage has x-runapi-variant, but no action's discriminator.mapping names it",
      }),
    ]);
  });

  it("is refused when the mapping names a schema that oneOf lacks", async () => {
    const problems = await problemsAfter((spec) =>
      spec.replace('                - { $ref: "#/components/schemas/Flux2MaxTextToImage" }\n', ""),
    );
    expect(problems).toEqual([
      {
        file: SPEC,
        pointer: `${TEXT_TO_IMAGE}/schema/discriminator/mapping/flux-2-max-text-to-image`,
        message:
          "mapping names flux-2-max-text-to-image, but oneOf lacks #/components/schemas/Flux2MaxTextToImage",
        fix: 'add { $ref: "#/components/schemas/Flux2MaxTextToImage" } to oneOf, or remove flux-2-max-text-to-image from the mapping',
      },
    ]);
  });

  it("is refused when an example names no variant of its action", async () => {
    const problems = await problemsAfter((spec) =>
      spec.replace(
        "            examples:\n              flux-2-pro-text-to-image:\n",
        "            examples:\n              flux-2-lite-text-to-image:\n                value: { model: flux-2-lite-text-to-image, prompt: A harbour }\n              flux-2-pro-text-to-image:\n",
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: SPEC,
        pointer: `${TEXT_TO_IMAGE}/examples/flux-2-lite-text-to-image`,
        message: "example flux-2-lite-text-to-image names no variant of this action",
      }),
    ]);
  });
});
