import { afterEach, describe, expect, it } from "vitest";
import type { LogLevel } from "../src/index.js";
import { type ScriptedAnswer, startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A server that answers 503 (retry at once) `failures` times, then the task. */
async function failingThenAnswering(failures: number) {
  const server = await startScriptedServer(
    (_, index): ScriptedAnswer =>
      index < failures
        ? {
            status: 503,
            headers: { "retry-after-ms": "1" },
            body: '{"error":{"code":"busy","message":"Busy"}}',
          }
        : { status: 200, headers: { "x-request-id": "req_7" }, body: '{"id":"t","status":"processing"}' },
  );
  close = server.close;
  return server;
}

/** Every line a client logs at `logLevel` while reading task `t`, as [level, message, details]. */
async function logOf(logLevel: LogLevel, failures: number, maxRetries = 2) {
  const server = await failingThenAnswering(failures);
  const lines: [string, string, unknown][] = [];
  const at = (level: string) => (message: string, details?: unknown) =>
    void lines.push([level, message, details]);
  const client = testClient({
    apiKey: "rk_test_key",
    baseURL: server.url,
    logLevel,
    maxRetries,
    logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") },
  });
  const outcome = await client.get("t", { model: "test-model" }).catch((error: unknown) => error);
  return { lines, outcome, url: server.url };
}

describe("the log of a request", () => {
  it("tells each attempt with its headers, each retry with its delay, and the answer with its request id", async () => {
    const { lines, url } = await logOf("debug", 1);
    const path = "/api/v1/test/text_to_image/t";
    expect(lines.map(([level, message]) => [level, message.replace(/\d+ ms/, "N ms")])).toEqual([
      ["debug", `[runapi] GET ${url}${path} (attempt 1)`],
      ["warn", `[runapi] GET ${path} failed (Busy); retry 1 of 2 in N ms`],
      ["debug", `[runapi] GET ${url}${path} (attempt 2)`],
      ["info", `[runapi] GET ${path} → 200 in N ms`],
    ]);
    expect(lines[0]?.[2]).toMatchObject({
      headers: { authorization: "Bearer ***", accept: "application/json" },
    });
    expect(lines[3]?.[2]).toEqual({ requestId: "req_7" });
  });

  it("ends with an error line when no retry is left, and keeps to its level", async () => {
    const { lines, outcome } = await logOf("warn", 5, 1);
    expect(outcome).toMatchObject({ name: "ServiceUnavailableError", message: "Busy" });
    expect(lines.map(([level, message]) => [level, message.replace(/\d+ ms/, "N ms")])).toEqual([
      ["warn", "[runapi] GET /api/v1/test/text_to_image/t failed (Busy); retry 1 of 1 in N ms"],
      ["error", "[runapi] GET /api/v1/test/text_to_image/t failed (Busy)"],
    ]);
  });
});
