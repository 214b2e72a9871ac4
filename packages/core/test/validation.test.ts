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
