import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../src/index.js";
import { startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

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
    expect((error as ValidationError).message).toBe(
      "2 problems: prompt must be at least 3 characters; colour is not allowed when model is test-model",
    );
    expect((error as ValidationError).status).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });

  it("puts the API's own problems first, and its words: a blank prompt is a missing one", async () => {
    const client = testClient({ apiKey: "k", baseURL: server.url });
    const error = await client
      .create({ model: "test-model", prompt: "   ", colour: "red" } as never)
      .catch((e) => e);
    expect((error as ValidationError).issues).toEqual([
      { path: "prompt", message: "prompt is required" },
      { path: "colour", message: "colour is not allowed when model is test-model" },
    ]);
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

  it("sends a field the spec does not name with strict: false, per call or per client; a call's wins", async () => {
    const extra = { model: "test-model", prompt: "a cat", colour: "red" } as never;
    const strict = testClient({ apiKey: "k", baseURL: server.url });
    const loose = testClient({ apiKey: "k", baseURL: server.url, strict: false });
    await expect(strict.create(extra)).rejects.toThrow("colour is not allowed when model is test-model");
    await expect(loose.create(extra, { strict: true })).rejects.toThrow("colour is not allowed");
    expect(server.requests).toHaveLength(0);
    await strict.create(extra, { strict: false });
    await loose.create(extra);
    expect(server.requests.map((request) => JSON.parse(request.body))).toEqual([
      { model: "test-model", prompt: "a cat", colour: "red" },
      { model: "test-model", prompt: "a cat", colour: "red" },
    ]);
    // The API's own checks still apply.
    await expect(loose.create({ model: "test-model", prompt: "x" })).rejects.toThrow(
      "prompt must be at least 3 characters",
    );
    expect(server.requests).toHaveLength(2);
  });
});
