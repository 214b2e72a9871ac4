import { describe, expect, it } from "vitest";
import type { InputSchema } from "./input-schema.js";
import { validateInput } from "./validate-input.js";

const wordingSchema: InputSchema = {
  type: "object",
  additionalProperties: false,
  required: ["model", "prompt", "urls"],
  properties: {
    model: { type: "string", const: "m" },
    prompt: { type: "string", minLength: 3, maxLength: 10 },
    ratio: { type: "string", enum: ["1:1", "16:9"] },
    steps: { type: "integer", minimum: 1, maximum: 50 },
    seed: { type: "integer", minimum: 0 },
    urls: { type: "array", minItems: 1, maxItems: 2, items: { type: "string", pattern: "^https?://" } },
    safe: { type: "boolean" },
    nested: { type: "object", required: ["a"], properties: { a: { type: "string", maxLength: 2 } } },
  },
};

const wordingOf = (value: Record<string, unknown>, strict?: boolean) =>
  validateInput(wordingSchema, { model: "m", ...value }, "m", { strict }).map((issue) => issue.message);

describe("validateInput wording and order", () => {
  it("words every problem as the API does: the API's checks by field name, then the others, one per field", () => {
    expect(
      wordingOf({ prompt: "ab", ratio: "2:1", steps: 0, seed: -1, urls: [], safe: "yes", extra: 1 }),
    ).toEqual([
      "prompt must be between 3 and 10 characters",
      "ratio must be one of: 1:1, 16:9",
      "seed must be at least 0",
      "steps must be between 1 and 50",
      "urls must contain between 1 and 2 items",
      "extra is not allowed when model is m",
      "safe must be a boolean",
    ]);
  });

  it("checks the model before anything else", () => {
    expect(validateInput(wordingSchema, { model: "n", ratio: "2:1" }, "m")).toEqual([
      { path: "model", message: "model must be one of: m" },
      { path: "prompt", message: "prompt is required" },
      { path: "ratio", message: "ratio must be one of: 1:1, 16:9" },
      { path: "urls", message: "urls is required" },
    ]);
  });

  it("checks a field's item count, then required, then enum, then integer, then range", () => {
    const field = (schema: InputSchema, value: unknown, required = false) =>
      validateInput({ required: required ? ["f"] : [], properties: { f: schema } }, { f: value })[0]?.message;
    const counted = { type: "array", minItems: 1, maxItems: 2 } as const;
    expect(field(counted, [], true)).toBe("f must contain between 1 and 2 items");
    expect(field(counted, "a", true)).toBe("f must be an array");
    expect(field(counted, [""], true)).toBe("f is required");
    expect(field({ type: "integer", enum: [1], minimum: 1, maximum: 1 }, 2.5)).toBe("f must be one of: 1");
    expect(field({ type: "integer", minimum: 1, maximum: 9 }, 2.5)).toBe(
      "f must be an integer between 1 and 9",
    );
    expect(field({ type: "integer", minimum: 1 }, "2")).toBe("f must be an integer");
    expect(field({ type: "integer", minimum: 1, maximum: 9 }, 3.0)).toBeUndefined();
    expect(field({ type: "integer", minimum: 1, maximum: 9 }, 10)).toBe("f must be between 1 and 9");
    expect(field({ type: "number", maximum: 1 }, "x")).toBe("f must be a number");
    expect(field({ type: "number", maximum: 1 }, 2)).toBe("f must be at most 1");
  });

  it("counts null, blank strings, empty arrays and objects and arrays of blanks as absent; false and 0 as there", () => {
    for (const absent of [null, "   ", [], ["", " "], {}]) {
      expect(wordingOf({ prompt: absent, urls: ["https://a"] }, false)).toEqual(["prompt is required"]);
    }
    const flags: InputSchema = {
      required: ["a", "b"],
      properties: { a: { type: "boolean" }, b: { type: "integer" } },
    };
    expect(validateInput(flags, { a: false, b: 0 })).toEqual([]);
  });

  it("matches enum numbers and booleans exactly and strings by their text, and prints a float enum's numbers", () => {
    const field = (schema: InputSchema, value: unknown) =>
      validateInput({ properties: { f: schema } }, { f: value }, "", { strict: false })[0]?.message;
    expect(field({ enum: [1, 2] }, "1")).toBe("f must be one of: 1, 2");
    expect(field({ enum: [true] }, "true")).toBe("f must be one of: true");
    expect(field({ enum: ["6", "10"] }, 6)).toBe("f must be one of: 6, 10");
    expect(field({ enum: ["true"] }, true)).toBeUndefined();
    expect(field({ type: "number", enum: [0, 0.5, 1] }, 2)).toBe("f must be one of: 0.0, 0.5, 1.0");
  });

  it("names wrong types, item paths, patterns and nested paths after the API's problems", () => {
    expect(wordingOf({ steps: 2.5, urls: ["ftp://x", 3], nested: { a: "long" } })).toEqual([
      "prompt is required",
      "steps must be an integer between 1 and 50",
      "nested.a must be at most 2 characters",
      "urls[0] must match the pattern ^https?://",
      "urls[1] must be a string",
    ]);
    expect(validateInput(wordingSchema, { model: "m", prompt: "abc", urls: "x" }, "m")).toEqual([
      { path: "urls", message: "urls must be an array" },
    ]);
  });

  it("names a local path or a Node stream in a file field, and keeps other text's problem", () => {
    const schema: InputSchema = {
      properties: {
        urls: { type: "array", items: { type: "string", pattern: "^https?://" }, file: true },
        image: { type: "string", file: true },
        link: { type: "string", pattern: "^https?://" },
      },
    };
    const stream = { pipe() {}, on() {}, path: "/tmp/a.png" };
    const instead =
      'from "@runapi.ai/core/node" in Node, or as a Blob, File or bytes; or pass an http(s) URL';
    expect(
      validateInput(schema, { urls: ["https://a", "./photo.png", "cat.png", stream], image: "C:\\a.png" }),
    ).toEqual([
      {
        path: "image",
        message: `image is a local path, which RunAPI cannot fetch: pass the file instead, as await fileFromPath("C:\\\\a.png") ${instead}`,
      },
      {
        path: "urls[1]",
        message: `urls[1] is a local path, which RunAPI cannot fetch: pass the file instead, as await fileFromPath("./photo.png") ${instead}`,
      },
      { path: "urls[2]", message: "urls[2] must match the pattern ^https?://" },
      {
        path: "urls[3]",
        message: `urls[3] is a Node stream, which cannot be sent: pass the file instead, as await fileFromPath("/tmp/a.png") ${instead}`,
      },
    ]);
    // A field that takes no file keeps its own words; a check the API does not make is off when not strict.
    expect(validateInput(schema, { link: "./photo.png" })).toEqual([
      { path: "link", message: "link must match the pattern ^https?://" },
    ]);
    expect(validateInput(schema, { urls: ["./photo.png"] }, undefined, { strict: false })).toEqual([]);
  });

  it("names a field the schema lacks even when Object.prototype has one of its name", () => {
    expect(wordingOf({ prompt: "abc", urls: ["https://a"], toString: 1, constructor: "x" })).toEqual([
      "constructor is not allowed when model is m",
      "toString is not allowed when model is m",
    ]);
  });

  it("leaves the checks the API does not make out when not strict", () => {
    const body = { prompt: "abc", urls: ["ftp://x", 3], safe: "yes", nested: { a: "long" }, extra: 1 };
    expect(wordingOf(body, false)).toEqual([]);
    expect(wordingOf({ ...body, prompt: "ab", urls: [] }, false)).toEqual([
      "prompt must be between 3 and 10 characters",
      "urls must contain between 1 and 2 items",
    ]);
    expect(wordingOf({ prompt: "abc", urls: ["https://a"], safe: null })).toEqual(["safe must be a boolean"]);
    expect(wordingOf({ prompt: "abc", urls: ["https://a"], safe: null }, false)).toEqual([]);
  });

  it("counts characters as code points, not UTF-16 units", () => {
    expect(wordingOf({ prompt: "😀😀😀", urls: ["https://a"] })).toEqual([]);
    expect(wordingOf({ prompt: "😀", urls: ["https://a"] })).toEqual([
      "prompt must be between 3 and 10 characters",
    ]);
    // 20 UTF-16 units, 10 characters: at the maximum, not past it.
    expect(wordingOf({ prompt: "😀".repeat(10), urls: ["https://a"] })).toEqual([]);
    expect(wordingOf({ prompt: "😀".repeat(11), urls: ["https://a"] })).toEqual([
      "prompt must be between 3 and 10 characters",
    ]);
    // Units past the maximum that are characters too.
    expect(wordingOf({ prompt: "a".repeat(11), urls: ["https://a"] })).toEqual([
      "prompt must be between 3 and 10 characters",
    ]);
  });
});

/** A variant with one rule of each kind, in the compact form the generator writes. */
const schema: InputSchema = {
  type: "object",
  additionalProperties: false,
  required: ["model", "prompt"],
  properties: {
    model: { type: "string", const: "m" },
    prompt: { type: "string", minLength: 3 },
    mode: { type: "string", enum: ["plain", "exact_lyrics", "remix"] },
    lyrics: { type: "string" },
    title: { type: "string" },
    negative_prompt: { type: "string" },
    style: { type: "string" },
    duration_seconds: { type: "integer", minimum: 1, maximum: 20 },
    enable_sound: { type: "boolean" },
    sound_prompt: { type: "string" },
    first_frame_image_url: { type: "string" },
    last_frame_image_url: { type: "string" },
    aspect_ratio: { type: "string", enum: ["1:1", "16:9", "9:16"] },
    reference_image_urls: { type: "array", items: { type: "string" } },
    reference_video_urls: { type: "array", items: { type: "string" } },
    reference_audio_urls: { type: "array", items: { type: "string" } },
  },
  rules: [
    { when: { mode: "exact_lyrics" }, required: ["lyrics", "title"], forbidden: ["negative_prompt"] },
    { when: { duration_seconds: 6 }, forbidden: ["last_frame_image_url"] },
    { when: { enable_sound: true }, required: ["sound_prompt"] },
    { when: { first_frame_image_url: { present: false }, mode: "remix" }, required: ["aspect_ratio"] },
    {
      when: { model: "m", last_frame_image_url: { present: true } },
      required: ["first_frame_image_url"],
      forbidden: ["reference_image_urls", "reference_video_urls"],
    },
    {
      when: { reference_audio_urls: { present: true } },
      requiredAny: ["reference_image_urls", "reference_video_urls"],
    },
    { when: { mode: "remix", enable_sound: false }, enum: { aspect_ratio: ["1:1", "16:9"] } },
    { requiredAny: ["style", "lyrics"] },
  ],
};

const valid = { model: "m", prompt: "a cat", style: "ink" };
const issues = (extra: Record<string, unknown>, drop: string[] = []) => {
  const body: Record<string, unknown> = { ...valid, ...extra };
  for (const field of drop) delete body[field];
  return validateInput(schema, body, "m");
};
const messages = (extra: Record<string, unknown>, drop?: string[]) =>
  issues(extra, drop).map((issue) => issue.message);

describe("cross-field rules", () => {
  it("accept a request no rule applies to, and one that satisfies the rules that apply", () => {
    expect(issues({})).toEqual([]);
    expect(issues({ mode: "exact_lyrics", lyrics: "la", title: "t" })).toEqual([]);
    expect(issues({ mode: "remix", aspect_ratio: "9:16" })).toEqual([]);
    expect(issues({ reference_audio_urls: ["a"], reference_video_urls: ["v"] })).toEqual([]);
  });

  it("word a value condition on a string, with required and forbidden fields, in the rule's order", () => {
    expect(issues({ mode: "exact_lyrics", negative_prompt: "blur" })).toEqual([
      { path: "lyrics", message: "lyrics is required when mode is exact_lyrics" },
      { path: "title", message: "title is required when mode is exact_lyrics" },
      { path: "negative_prompt", message: "negative_prompt is not allowed when mode is exact_lyrics" },
    ]);
  });

  it("word value conditions on a number and on a boolean as written", () => {
    expect(messages({ duration_seconds: 6, last_frame_image_url: "l", first_frame_image_url: "f" })).toEqual([
      "last_frame_image_url is not allowed when duration_seconds is 6",
    ]);
    expect(messages({ duration_seconds: 7, last_frame_image_url: "l", first_frame_image_url: "f" })).toEqual(
      [],
    );
    expect(messages({ enable_sound: true })).toEqual(["sound_prompt is required when enable_sound is true"]);
    expect(messages({ enable_sound: false })).toEqual([]);
  });

  it("word present and absent conditions, several joined with and, a model condition included", () => {
    expect(messages({ mode: "remix" })).toEqual([
      "aspect_ratio is required when first_frame_image_url is absent and mode is remix",
    ]);
    expect(messages({ mode: "remix", first_frame_image_url: "f" })).toEqual([]);
    expect(
      messages({ last_frame_image_url: "l", reference_image_urls: ["i"], reference_video_urls: ["v"] }),
    ).toEqual([
      "first_frame_image_url is required when model is m and last_frame_image_url is present",
      "reference_image_urls is not allowed when model is m and last_frame_image_url is present",
      "reference_video_urls is not allowed when model is m and last_frame_image_url is present",
    ]);
  });

  it("count null, blank strings and empty arrays as absent, as the API does", () => {
    expect(messages({ enable_sound: true, sound_prompt: null })).toEqual([
      "sound_prompt is required when enable_sound is true",
    ]);
    expect(messages({ enable_sound: true, sound_prompt: "  " })).toEqual([
      "sound_prompt is required when enable_sound is true",
    ]);
    // A condition on a field left out does not hold; the type of the null is for strict checks alone.
    const nulled = { last_frame_image_url: null, first_frame_image_url: "f" };
    expect(messages(nulled)).toEqual(["last_frame_image_url must be a string"]);
    expect(validateInput(schema, { ...valid, ...nulled }, "m", { strict: false })).toEqual([]);
    expect(messages({ reference_audio_urls: [""] })).toEqual([]);
  });

  it("compare a value condition as text", () => {
    expect(
      messages({ duration_seconds: "6", last_frame_image_url: "l", first_frame_image_url: "f" }),
    ).toEqual([
      "last_frame_image_url is not allowed when duration_seconds is 6",
      "duration_seconds must be an integer between 1 and 20",
    ]);
    expect(messages({ enable_sound: "true" })).toEqual([
      "sound_prompt is required when enable_sound is true",
      "enable_sound must be a boolean",
    ]);
  });

  it("word required_any with and without a condition, named by its first field", () => {
    expect(issues({ reference_audio_urls: ["a"] })).toEqual([
      {
        path: "reference_image_urls",
        message:
          "one of reference_image_urls, reference_video_urls is required when reference_audio_urls is present",
      },
    ]);
    expect(issues({}, ["style"])).toEqual([{ path: "style", message: "one of style, lyrics is required" }]);
    expect(issues({ lyrics: "la" }, ["style"])).toEqual([]);
  });

  it("word a rule's enum, which narrows only while its conditions hold", () => {
    expect(issues({ mode: "remix", enable_sound: false, aspect_ratio: "9:16" })).toEqual([
      {
        path: "aspect_ratio",
        message: "aspect_ratio must be one of: 1:1, 16:9 when mode is remix and enable_sound is false",
      },
    ]);
    expect(issues({ mode: "remix", enable_sound: false, aspect_ratio: "16:9" })).toEqual([]);
  });

  it("come before every field's own problem, and never name a field twice", () => {
    expect(
      issues({ prompt: "ab", mode: "exact_lyrics", lyrics: 7, negative_prompt: "x", extra: 1 }, ["style"]),
    ).toEqual([
      { path: "title", message: "title is required when mode is exact_lyrics" },
      { path: "negative_prompt", message: "negative_prompt is not allowed when mode is exact_lyrics" },
      { path: "prompt", message: "prompt must be at least 3 characters" },
      { path: "extra", message: "extra is not allowed when model is m" },
      { path: "lyrics", message: "lyrics must be a string" },
    ]);
    // A field a rule refused keeps the rule's message.
    expect(messages({ mode: "remix", enable_sound: false, aspect_ratio: "2:1" })).toEqual([
      "aspect_ratio must be one of: 1:1, 16:9 when mode is remix and enable_sound is false",
    ]);
  });

  it("report a field two rules name with the earlier rule's message", () => {
    const twice: InputSchema = {
      type: "object",
      properties: { a: { type: "boolean" }, b: { type: "string" }, c: { type: "integer" } },
      rules: [
        { when: { a: true }, required: ["b"] },
        { when: { c: 2 }, required: ["b"] },
      ],
    };
    expect(validateInput(twice, { a: true, c: 2 }, "m")).toEqual([
      { path: "b", message: "b is required when a is true" },
    ]);
    expect(validateInput(twice, { c: 2 }, "m")).toEqual([
      { path: "b", message: "b is required when c is 2" },
    ]);
  });

  it("leave a schema without rules as it was", () => {
    const { rules: _rules, ...plain } = schema;
    expect(validateInput(plain, { ...valid, mode: "exact_lyrics" }, "m")).toEqual([]);
  });
});
