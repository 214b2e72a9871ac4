/**
 * The reduction of a request schema to core's InputSchema: keyword values a validator cannot use, required
 * fields that are not properties, and x-runapi-file, each refused by file, JSON pointer, what is wrong and the fix.
 */
import { describe, expect, it } from "vitest";
import { problemsAfter, readSpecText, repositoryFile } from "../test/support/spec-folder.js";

const SPEC = "specs/flux-2.yaml";

/** Where, what and the fix of each problem of the flux-2 spec after `edit`. */
const fileProblemsAfter = (edit: (spec: string) => string) =>
  problemsAfter("flux-2.yaml", edit).map(({ pointer, message, fix }) => ({ pointer, message, fix }));

const PRO = "/components/schemas/Flux2ProTextToImage";

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
      (spec) => spec.replace("enum: [1k, 2k]\n      default: 1k", "default: 1"),
      `${PRO}/properties/output_resolution/default`,
      /^default must be a string, got 1$/,
    ],
  ])("refuses %s at the keyword", (_, edit, pointer, message) => {
    const problems = problemsAfter("flux-2.yaml", edit);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: SPEC, pointer, message: expect.stringMatching(message) }),
    );
  });

  it("names the type a bare property should be written with", () => {
    const problems = problemsAfter("flux-2.yaml", (spec) =>
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
  it("is reported at required, not against the example", () => {
    const problems = problemsAfter("flux-2.yaml", (spec) =>
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

describe("x-runapi-file", () => {
  it("marks source_image_urls as a file field of the variants that take source images, and nothing else", () => {
    const { family } = readSpecText("flux-2.yaml", repositoryFile("specs/flux-2.yaml"));
    const variants = family?.actions.flatMap((action) => action.variants) ?? [];
    const marked = variants.flatMap((variant) =>
      Object.entries(variant.input.properties ?? {})
        .filter(([, schema]) => schema.file)
        .map(([field]) => `${variant.model}.${field}`),
    );
    // The hand-written image-to-image variants, and the remix variants the catalog adds.
    expect(marked).toEqual([
      "flux-2-pro-image-to-image.source_image_urls",
      "flux-2-flex-image-to-image.source_image_urls",
      "flux-2-flex-remix-image.source_image_urls",
      "flux-2-max-remix-image.source_image_urls",
      "flux-2-pro-remix-image.source_image_urls",
    ]);
  });

  it("is refused on a field that does not take text, and when it is not true", () => {
    const problems = fileProblemsAfter((spec) =>
      spec
        .replace("    EnableSafetyChecker:\n      type: boolean\n", "$&      x-runapi-file: true\n")
        .replace(
          "      x-runapi-file: true\n    Flux2ProTextToImage:",
          "      x-runapi-file: yes\n    Flux2ProTextToImage:",
        ),
    );
    expect(problems).toContainEqual({
      pointer: "/components/schemas/Flux2ProTextToImage/properties/enable_safety_checker/x-runapi-file",
      message: "x-runapi-file must be true, on a string or array-of-strings field that takes file URLs",
      fix: "write x-runapi-file: true on such a field's schema, or remove it",
    });
    expect(problems).toContainEqual({
      pointer: "/components/schemas/Flux2ProImageToImage/properties/source_image_urls/x-runapi-file",
      message: "x-runapi-file must be true, on a string or array-of-strings field that takes file URLs",
      fix: "write x-runapi-file: true on such a field's schema, or remove it",
    });
  });

  it("is refused on callback_url and on an array's items", () => {
    const problems = fileProblemsAfter((spec) =>
      spec
        .replace(
          '      pattern: "^https?://"\n    SourceImageUrls:',
          '      pattern: "^https?://"\n      x-runapi-file: true\n    SourceImageUrls:',
        )
        .replace(
          '        pattern: "^https?://"\n      x-runapi-file: true\n',
          '        pattern: "^https?://"\n        x-runapi-file: true\n',
        ),
    );
    expect(problems).toContainEqual({
      pointer: "/components/schemas/Flux2ProTextToImage/properties/callback_url/x-runapi-file",
      message: "callback_url is where the task is delivered, not a file to upload",
      fix: "remove x-runapi-file from callback_url's schema",
    });
    expect(problems).toContainEqual({
      pointer: "/components/schemas/Flux2ProImageToImage/properties/source_image_urls/items/x-runapi-file",
      message: "x-runapi-file belongs on the array field itself, not on its items",
      fix: "move x-runapi-file: true up to the array's schema",
    });
  });
});

describe("a schema that contains itself", () => {
  it("is refused where it refers back, instead of being followed forever", () => {
    const problems = problemsAfter("flux-2.yaml", (spec) =>
      spec.replace(
        "    Prompt:\n      type: string\n",
        '    Prompt:\n      type: string\n      items: { $ref: "#/components/schemas/Prompt" }\n',
      ),
    );
    expect(problems).toContainEqual({
      file: SPEC,
      pointer: "/components/schemas/Flux2ProTextToImage/properties/prompt/items",
      message:
        "this schema contains itself (through a $ref to a schema it is part of): a request has no endless nesting",
      fix: "write the nested levels out, each with its own schema",
    });
  });
});
