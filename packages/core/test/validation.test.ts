import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InputSchema } from "../src/index.js";
import { ValidationError } from "../src/index.js";
import { validateInput } from "../src/validation/validate-input.js";
import { startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

const schema: InputSchema = {
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

const messages = (value: Record<string, unknown>) =>
  validateInput(schema, { model: "m", ...value }, "m").map((issue) => issue.message);

describe("validateInput wording", () => {
  it("words every problem as the API does, in schema order, one per field", () => {
    expect(
      messages({ prompt: "ab", ratio: "2:1", steps: 0, seed: -1, urls: [], safe: "yes", extra: 1 }),
    ).toEqual([
      "prompt must be between 3 and 10 characters",
      "ratio must be one of: 1:1, 16:9",
      "steps must be an integer between 1 and 50",
      "seed must be at least 0",
      "urls must contain between 1 and 2 items",
      "safe must be a boolean",
      "extra is not allowed when model is m",
    ]);
  });

  it("names missing fields, wrong types, item paths, patterns and nested paths", () => {
    expect(messages({ steps: 2.5, urls: ["ftp://x", 3], nested: { a: "long" } })).toEqual([
      "prompt is required",
      "steps must be an integer between 1 and 50",
      "urls[0] must match the pattern ^https?://",
      "urls[1] must be a string",
      "nested.a must be at most 2 characters",
    ]);
    expect(validateInput(schema, { model: "m", prompt: "abc", urls: "x" }, "m")).toEqual([
      { path: "urls", message: "urls must be an array" },
    ]);
  });

  it("counts characters as code points, not UTF-16 units", () => {
    expect(messages({ prompt: "😀😀😀", urls: ["https://a"] })).toEqual([]);
    expect(messages({ prompt: "😀", urls: ["https://a"] })).toEqual([
      "prompt must be between 3 and 10 characters",
    ]);
    // 20 UTF-16 units, 10 characters: at the maximum, not past it.
    expect(messages({ prompt: "😀".repeat(10), urls: ["https://a"] })).toEqual([]);
    expect(messages({ prompt: "😀".repeat(11), urls: ["https://a"] })).toEqual([
      "prompt must be between 3 and 10 characters",
    ]);
    // Units past the maximum that are characters too.
    expect(messages({ prompt: "a".repeat(11), urls: ["https://a"] })).toEqual([
      "prompt must be between 3 and 10 characters",
    ]);
  });
});

describe("create() validation", () => {
  let server: Awaited<ReturnType<typeof startScriptedServer>>;
  beforeAll(async () => {
    server = await startScriptedServer(() => ({ status: 200, body: '{"id":"t","status":"processing"}' }));
  });
  afterAll(() => server.close());

  it("reports every problem in one ValidationError and sends nothing", async () => {
    const client = testClient({ apiKey: "k", baseURL: server.url });
    const bad = { model: "test-model", prompt: "x", colour: "red" } as unknown as Parameters<
      typeof client.create
    >[0];
    const error = await client.create(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: "prompt", message: "prompt must be at least 3 characters" },
      { path: "colour", message: "colour is not allowed when model is test-model" },
    ]);
    expect((error as ValidationError).message).toBe("prompt must be at least 3 characters");
    expect((error as ValidationError).status).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });

  it("lists the sorted model ids for an unknown or missing model", async () => {
    const client = testClient({ apiKey: "k", baseURL: server.url });
    for (const model of ["nope", undefined]) {
      const error = await client.create({ model, prompt: "abc" } as never).catch((e: unknown) => e);
      expect((error as ValidationError).message).toBe("model must be one of: test-model");
    }
    expect(server.requests).toHaveLength(0);
  });
});
