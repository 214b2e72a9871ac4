import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { ConnectionError, RunAPIError } from "../src/index.js";
import { startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

const KEY = "rk_live_s3cr3t_0123456789";
/** What a 401 says first to an SDK user, before the API's own words. */
const REFUSED =
  "RunAPI refused the API key (401): check it, and give it as new RunAPI(key) or new RunAPI({ apiKey }), or set RUNAPI_API_KEY (or RUNAPI_KEY) in the environment.";
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** Every way the key could leak from a value. */
function renderings(value: unknown): string[] {
  return [String(value), JSON.stringify(value), inspect(value, { depth: 10, showHidden: false })];
}

describe("the API key never leaks", () => {
  it("from an error whose answer echoes the request's Authorization header", async () => {
    const server = await startScriptedServer((request) => ({
      status: 401,
      headers: { "x-echo": String(request.headers.authorization) },
      body: JSON.stringify({
        error: { code: "unauthorized", message: `Key ${request.headers.authorization} is not valid` },
      }),
    }));
    close = server.close;
    const error = await testClient({ apiKey: KEY, baseURL: server.url })
      .get("t", { model: "test-model" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunAPIError);
    expect((error as Error).message).toBe(`${REFUSED} The API said: Key Bearer *** is not valid`);
    for (const text of renderings(error)) expect(text).not.toContain(KEY);
  });

  it("while the API's advice naming a placeholder rather than a key stays readable", async () => {
    const advice = "Missing or invalid API key. Send it as Authorization: Bearer <key>.";
    const server = await startScriptedServer((request) => ({
      status: 401,
      body: JSON.stringify({
        error: { code: "unauthorized", message: `${advice} You sent ${request.headers.authorization}.` },
      }),
    }));
    close = server.close;
    const error = await testClient({ apiKey: KEY, baseURL: server.url })
      .get("t", { model: "test-model" })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(`${REFUSED} The API said: ${advice} You sent Bearer ***`);
    for (const text of renderings(error)) expect(text).not.toContain(KEY);
  });

  it("from a connection error", async () => {
    const server = await startScriptedServer(() => ({ status: 200 }));
    await server.close(); // nothing listens there any more
    const error = await testClient({ apiKey: KEY, baseURL: server.url, maxRetries: 0 })
      .get("t", { model: "test-model" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    for (const text of renderings(error)) expect(text).not.toContain(KEY);
  });

  it("from the client, serialized or inspected", () => {
    const client = testClient({ apiKey: KEY, baseURL: "http://127.0.0.1:9" });
    for (const text of renderings(client)) expect(text).not.toContain(KEY);
    expect(JSON.parse(JSON.stringify(client))).toEqual({ family: "test", baseURL: "http://127.0.0.1:9" });
  });

  it("from log lines, at every level", async () => {
    const server = await startScriptedServer((request, index) =>
      index === 0
        ? {
            status: 500,
            body: JSON.stringify({ error: { code: "x", message: `echo ${request.headers.authorization}` } }),
          }
        : { status: 200, body: '{"id":"t","status":"processing"}' },
    );
    close = server.close;
    const lines: string[] = [];
    const sink = (...parts: unknown[]) =>
      lines.push(parts.map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" "));
    const logger = { debug: sink, info: sink, warn: sink, error: sink };
    await testClient({ apiKey: KEY, baseURL: server.url, logLevel: "debug", logger }).get("t", {
      model: "test-model",
    });
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.some((line) => line.includes("Bearer ***"))).toBe(true);
    for (const line of lines) expect(line).not.toContain(KEY);
  });

  it("logs nothing by default", async () => {
    const server = await startScriptedServer(() => ({
      status: 200,
      body: '{"id":"t","status":"processing"}',
    }));
    close = server.close;
    const lines: unknown[] = [];
    const sink = (line: unknown) => lines.push(line);
    await testClient({
      apiKey: KEY,
      baseURL: server.url,
      logger: { debug: sink, info: sink, warn: sink, error: sink },
    }).get("t", {
      model: "test-model",
    });
    expect(lines).toEqual([]);
  });
});
