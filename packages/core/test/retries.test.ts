import { afterEach, describe, expect, it } from "vitest";
import { AbortError, RunAPIError } from "../src/index.js";
import { isRetryable, retryDelay } from "../src/retry.js";
import { type RawAnswer, type ScriptedAnswer, startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

const ok = { status: 200, body: '{"id":"task_1","status":"processing"}' };
const failing = (status: number, headers: Record<string, string> = { "retry-after-ms": "1" }) => ({
  status,
  headers,
  body: JSON.stringify({ error: { code: `code_${status}`, message: `failed with ${status}` } }),
});

/** A client on a scripted server, and the delays its retries announced in the log. */
async function setup(
  script: (index: number) => ScriptedAnswer | RawAnswer,
  options: { maxRetries?: number } = {},
) {
  const server = await startScriptedServer((_, index) => script(index));
  close = server.close;
  const delays: number[] = [];
  const logger = {
    debug() {},
    info() {},
    error() {},
    warn(line: string) {
      const match = / in (\d+) ms$/.exec(line);
      if (match) delays.push(Number(match[1]));
    },
  };
  const client = testClient({ apiKey: "k", baseURL: server.url, logLevel: "warn", logger, ...options });
  const read = () => client.get("task_1", { model: "test-model" });
  return { client, server, delays, read };
}

describe("which failures are retried", () => {
  it.each([408, 429, 500, 502, 503, 504])("retries %i and succeeds", async (status) => {
    const { server, read } = await setup((i) => (i === 0 ? failing(status) : ok));
    expect((await read()).id).toBe("task_1");
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 401, 402, 403, 404, 409, 413, 422])("does not retry %i", async (status) => {
    const { server, read } = await setup(() => failing(status));
    await expect(read()).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a reset connection", async () => {
    const { server, read } = await setup((i) => (i === 0 ? (response) => response.socket?.destroy() : ok));
    expect((await read()).id).toBe("task_1");
    expect(server.requests).toHaveLength(2);
  });

  it("never retries the caller's abort", async () => {
    const { server, read: _ } = await setup(() => () => {}); // never answers
    const controller = new AbortController();
    const client = testClient({ apiKey: "k", baseURL: `http://127.0.0.1:${new URL(server.url).port}` });
    const reading = client.get("task_1", { model: "test-model", signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(reading).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
    expect(isRetryable(new AbortError("x"))).toBe(false);
  });
});

describe("how many times", () => {
  it("tries three times by default, then throws the last error", async () => {
    const { server, read } = await setup(() => failing(503));
    await expect(read()).rejects.toMatchObject({ status: 503, code: "code_503" });
    expect(server.requests).toHaveLength(3);
  });

  it("takes maxRetries from the client, and per request", async () => {
    const none = await setup(() => failing(500), { maxRetries: 0 });
    await expect(none.read()).rejects.toBeInstanceOf(RunAPIError);
    expect(none.server.requests).toHaveLength(1);
    await none.server.close();

    const four = await setup(() => failing(500), { maxRetries: 0 });
    await expect(four.client.get("task_1", { model: "test-model", maxRetries: 4 })).rejects.toBeInstanceOf(
      RunAPIError,
    );
    expect(four.server.requests).toHaveLength(5);
  });
});

describe("how long between tries", () => {
  it("backs off from 0.5 s, doubling, capped at 8 s, with up to a quarter of jitter", () => {
    expect([0, 1, 2, 3, 4, 5].map((retry) => retryDelay(retry, undefined, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
    expect(retryDelay(1, undefined, () => 1)).toBe(750);
  });

  it("honours retry-after-ms and Retry-After in seconds or as an HTTP date, within 60 s", () => {
    const now = Date.now();
    expect(retryDelay(0, new Headers({ "retry-after-ms": "250" }))).toBe(250);
    expect(retryDelay(0, new Headers({ "retry-after": "3" }))).toBe(3000);
    const date = retryDelay(0, new Headers({ "retry-after": new Date(now + 10_000).toUTCString() }));
    expect(date).toBeGreaterThan(8000);
    expect(date).toBeLessThanOrEqual(10_000);
  });

  it("falls back to backoff when the hint is beyond 60 s, negative or unreadable", () => {
    for (const value of ["3600", "-5", "soon"]) {
      expect(retryDelay(0, new Headers({ "retry-after": value }), () => 0)).toBe(500);
    }
    expect(retryDelay(2, new Headers({ "retry-after-ms": "90000" }), () => 0)).toBe(2000);
  });

  it("waits what the server asked for, within the bound, over the wire", async () => {
    const date = new Date(Date.now() + 1000).toUTCString();
    const script = [failing(503, { "retry-after": "0" }), failing(429, { "retry-after": "3600" }), ok];
    const { delays, read } = await setup((i) => script[i] ?? ok);
    expect((await read()).id).toBe("task_1");
    expect(delays[0]).toBe(0);
    expect(delays[1]).toBeGreaterThanOrEqual(750); // backoff for the second retry, not an hour
    expect(delays[1]).toBeLessThanOrEqual(1000);

    const dated = await setup((i) => (i === 0 ? failing(503, { "retry-after": date }) : ok));
    expect((await dated.read()).id).toBe("task_1");
    expect(dated.delays[0]).toBeLessThanOrEqual(1000);
  });
});
