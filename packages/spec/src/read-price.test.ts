/**
 * x-runapi-variant.price in every form of the spec format: read into core's PriceRule as written, or refused by
 * JSON pointer with a fix.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { InputSchema } from "../../core/src/index.js";
import { fixture } from "../test/support/spec-folder.js";
import { pointer } from "./json-pointer.js";
import { readPrice } from "./read-price.js";
import type { SpecProblem } from "./spec-problem.js";

const input: InputSchema = {
  type: "object",
  properties: {
    model: { type: "string", const: "m" },
    prompt: { type: "string" },
    output_resolution: { type: "string", enum: ["720p", "1080p"], default: "720p" },
    enable_sound: { type: "boolean" },
    duration_seconds: { type: "integer", minimum: 1, maximum: 30 },
    free_text: { type: "string" },
    urls: { type: "array", items: { type: "string" } },
  },
};

/** Lints one price the way the generator does, with pointers inside x-runapi-variant. */
function lint(price: unknown) {
  const problems: Omit<SpecProblem, "file">[] = [];
  const rule = readPrice(
    price,
    input,
    (...rest) => pointer("x-runapi-variant", ...rest),
    (at, message, fix) => problems.push({ pointer: at, message, fix }),
  );
  return { rule, problems };
}

describe("readPrice accepts every form of the spec format as written", () => {
  it.each<[string, Record<string, unknown>]>([
    ["flat", { unit: "call", cents: 14 }],
    ["free", { unit: "call", cents: 0 }],
    ["fractions of a cent", { unit: "call", cents: 1.6 }],
    [
      "one deciding field",
      { unit: "call", cents: 14, by: { output_resolution: { "720p": 14, "1080p": 24 } } },
    ],
    ["booleans", { unit: "call", cents: 4, by: { enable_sound: { true: 5, false: 4 } } }],
    [
      "range keys on a number",
      { unit: "call", cents: 75, by: { duration_seconds: { "1-10": 18, "11-30": 75 } } },
    ],
    [
      "a matrix with an any level",
      {
        unit: "call",
        cents: 30,
        keys: ["duration_seconds", "output_resolution"],
        matrix: { "6": { "720p": 22.5 }, any: { "1080p": 45 } },
      },
    ],
    [
      "per second of output",
      {
        unit: "second",
        cents: 20,
        by: { output_resolution: { "720p": 20 } },
        duration_source: "videos[0].url",
      },
    ],
    ["per second, flat", { unit: "second", cents: 8, duration_source: "audios[0].audio_url" }],
    ["per million tokens", { unit: "million_tokens", input_cents: 140, output_cents: 2800 }],
    ["unknown", { unit: "unknown" }],
  ])("%s", (_, price) => {
    const { rule, problems } = lint(price);
    expect(problems).toEqual([]);
    expect(rule).toEqual(price);
  });

  it("reads the toy spec's twelve forms into the variant table unchanged", () => {
    const { text, family } = fixture("toy-prices");
    const written = parse(text).components.schemas;
    const variants = family.actions.flatMap((action) => action.variants);
    expect(variants).toHaveLength(12);
    for (const variant of variants) {
      expect(variant.price).toEqual(written[variant.schemaName]["x-runapi-variant"].price);
    }
  });
});

describe("readPrice refuses a broken price with its pointer and a fix", () => {
  const at = (...rest: string[]) => pointer("x-runapi-variant", "price", ...rest);
  it.each<[string, unknown, string, RegExp]>([
    ["no price", undefined, at(), /price is missing/],
    [
      "an unknown unit",
      { unit: "image", cents: 3 },
      at("unit"),
      /must be one of: call, second, million_tokens, unknown, got "image"/,
    ],
    [
      "an unknown key",
      { unit: "call", cents: 3, currency: "EUR" },
      at("currency"),
      /price.currency is not part of a price with unit call/,
    ],
    [
      "cents on an unknown price",
      { unit: "unknown", cents: 3 },
      at("cents"),
      /price.cents is not part of a price with unit unknown/,
    ],
    [
      "duration_source on a price per call",
      { unit: "call", cents: 3, duration_source: "videos[0].url" },
      at("duration_source"),
      /not part of a price with unit call/,
    ],
    [
      "cents as a string",
      { unit: "call", cents: "14" },
      at("cents"),
      /cents must be a non-negative number of US cents, got "14"/,
    ],
    [
      "negative cents",
      { unit: "second", cents: -1, duration_source: "videos[0].url" },
      at("cents"),
      /got -1/,
    ],
    [
      "a token price without its output rate",
      { unit: "million_tokens", input_cents: 140 },
      at("output_cents"),
      /output_cents must be a non-negative number/,
    ],
    [
      "a field the variant does not have",
      { unit: "call", cents: 3, by: { quality: { high: 4 } } },
      at("by", "quality"),
      /price depends on quality, which is not a parameter of this variant/,
    ],
    [
      "a value the field does not accept",
      { unit: "call", cents: 3, by: { output_resolution: { "4k": 9 } } },
      at("by", "output_resolution", "4k"),
      /4k is not a value of output_resolution \(720p, 1080p\)/,
    ],
    [
      "a price that is not a number",
      { unit: "call", cents: 3, by: { output_resolution: { "720p": "3" } } },
      at("by", "output_resolution", "720p"),
      /price for output_resolution 720p must be a non-negative number of US cents, got "3"/,
    ],
    [
      "any in by",
      { unit: "call", cents: 3, by: { output_resolution: { any: 4 } } },
      at("by", "output_resolution", "any"),
      /any is a matrix level/,
    ],
    [
      "a range on a string field",
      { unit: "call", cents: 3, by: { free_text: { "1-10": 4 } } },
      at("by", "free_text", "1-10"),
      /1-10 is a range, but free_text is not a number/,
    ],
    [
      "a range that ends before it starts",
      { unit: "call", cents: 3, by: { duration_seconds: { "10-1": 4 } } },
      at("by", "duration_seconds", "10-1"),
      /ends before it starts/,
    ],
    [
      "overlapping ranges",
      { unit: "call", cents: 3, by: { duration_seconds: { "1-10": 4, "10-20": 5 } } },
      at("by", "duration_seconds"),
      /1-10 and 10-20 overlap/,
    ],
    [
      "a number outside the field's limits",
      { unit: "call", cents: 3, by: { duration_seconds: { "40": 4 } } },
      at("by", "duration_seconds", "40"),
      /40 is not a value of duration_seconds \(an integer 1–30\)/,
    ],
    [
      "a word for a number",
      { unit: "call", cents: 3, by: { duration_seconds: { six: 4 } } },
      at("by", "duration_seconds", "six"),
      /six is not a value of duration_seconds/,
    ],
    [
      "a boolean written as yes",
      { unit: "call", cents: 3, by: { enable_sound: { yes: 4 } } },
      at("by", "enable_sound", "yes"),
      /yes is not a value of enable_sound \(true, false\)/,
    ],
    [
      "a price by an array",
      { unit: "call", cents: 3, by: { urls: { a: 4 } } },
      at("by", "urls"),
      /price depends on urls, an array/,
    ],
    [
      "both by and a matrix",
      {
        unit: "call",
        cents: 3,
        by: { enable_sound: { true: 4 } },
        keys: ["enable_sound"],
        matrix: { true: 4 },
      },
      at("by"),
      /both by and keys\/matrix/,
    ],
    [
      "by naming two parameters",
      { unit: "call", cents: 3, by: { enable_sound: { true: 4 }, output_resolution: { "720p": 5 } } },
      at("by"),
      /price.by names 2 parameters \(enable_sound, output_resolution\); the API's price picks by one/,
    ],
    [
      "keys without a matrix",
      { unit: "call", cents: 3, keys: ["enable_sound"] },
      at("matrix"),
      /price.keys \(enable_sound\) has no matrix/,
    ],
    [
      "a matrix without keys",
      { unit: "call", cents: 3, matrix: { true: 4 } },
      at("keys"),
      /price.keys must list the deciding parameters/,
    ],
    [
      "keys naming a missing field",
      { unit: "call", cents: 3, keys: ["input_mode"], matrix: { video: 4 } },
      at("keys", "0"),
      /price depends on input_mode, which is not a parameter/,
    ],
    [
      "a key named twice",
      { unit: "call", cents: 3, keys: ["enable_sound", "enable_sound"], matrix: { true: { true: 4 } } },
      at("keys", "1"),
      /names enable_sound twice/,
    ],
    [
      "a matrix shallower than keys",
      { unit: "call", cents: 3, keys: ["enable_sound", "output_resolution"], matrix: { true: 4 } },
      at("matrix", "true"),
      /shallower than keys \(enable_sound, output_resolution\)/,
    ],
    [
      "a matrix deeper than keys",
      { unit: "call", cents: 3, keys: ["enable_sound"], matrix: { true: { "720p": 4 } } },
      at("matrix", "true"),
      /nests deeper than keys \(enable_sound\)/,
    ],
    [
      "a bad value deep in a matrix",
      { unit: "call", cents: 3, keys: ["enable_sound", "output_resolution"], matrix: { true: { "8k": 4 } } },
      at("matrix", "true", "8k"),
      /8k is not a value of output_resolution/,
    ],
    [
      "an empty matrix level",
      { unit: "call", cents: 3, keys: ["enable_sound", "output_resolution"], matrix: { true: {} } },
      at("matrix", "true"),
      /must map values of output_resolution to cents/,
    ],
    [
      "a price per second without duration_source",
      { unit: "second", cents: 3 },
      at("duration_source"),
      /needs duration_source/,
    ],
    [
      "a duration_source that names no output",
      { unit: "second", cents: 3, duration_source: "the video" },
      at("duration_source"),
      /must name an output of the completed task/,
    ],
  ])("%s", (_, price, where, message) => {
    const { rule, problems } = lint(price);
    expect(rule).toBeUndefined();
    expect(problems).toContainEqual(
      expect.objectContaining({
        pointer: where,
        message: expect.stringMatching(message),
        fix: expect.stringMatching(/\w/),
      }),
    );
  });

  it("reports every problem of a price at once", () => {
    const { problems } = lint({
      unit: "call",
      cents: "x",
      by: { quality: { a: 1 }, enable_sound: { maybe: -2 } },
    });
    expect(problems.map((problem) => problem.pointer)).toEqual([
      at("cents"),
      at("by"),
      at("by", "quality"),
      at("by", "enable_sound", "maybe"),
      at("by", "enable_sound", "maybe"),
    ]);
  });

  it("does not throw on a field whose enum is not a list (the schema's lint reports that)", () => {
    const problems: string[] = [];
    const odd = {
      type: "object",
      properties: { size: { type: "string", enum: "1k" } },
    } as unknown as InputSchema;
    const read = () =>
      readPrice(
        { unit: "call", cents: 5, by: { size: { "1k": 5 } } },
        odd,
        (...rest) => pointer("x-runapi-variant", ...rest),
        (where) => problems.push(where),
      );
    expect(read).not.toThrow();
    expect(problems).toEqual([]);
  });
});
