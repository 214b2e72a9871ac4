import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AbortError, ConnectionError, RunAPIError } from "../src/index.js";
import { CREATE_ROUTE, type Emulator, emulatorWithClient, params, READ_ROUTE } from "./emulator-client.js";

let emulator: Emulator;
let clientWith: Awaited<ReturnType<typeof emulatorWithClient>>["client"];
beforeEach(async () => {
  ({ emulator, client: clientWith } = await emulatorWithClient());
});
afterEach(() => emulator.close());

/** A client whose log tells the delay it chose before each retry. */
function clientLoggingDelays(options: { maxRetries?: number } = {}) {
  const delays: number[] = [];
  const ignore = () => {};
  const warn = (line: string) => {
    const match = / in (\d+) ms$/.exec(line);
    if (match) delays.push(Number(match[1]));
  };
  const client = clientWith({
    logLevel: "warn",
    logger: { debug: ignore, info: ignore, error: ignore, warn },
    ...options,
  });
  return { client, delays };
}

const status = (
  code: number,
  extra: { retryAfter?: string; retryAfterMs?: number } = { retryAfterMs: 1 },
) => ({
  kind: "status" as const,
  status: code,
  code: `code_${code}`,
  ...extra,
});

async function aTask() {
  return clientWith({ maxRetries: 0 }).create(params);
}

describe("which failures are retried", () => {
  it.each([408, 429, 500, 502, 503, 504])("retries %i and succeeds", async (code) => {
    const task = await aTask();
    emulator.faults.add({ route: READ_ROUTE, fault: status(code) });
    expect((await clientWith().get(task)).id).toBe(task.id);
    expect(emulator.requests.slice(-2).map((request) => request.fault)).toEqual(["status", undefined]);
  });

  it.each([400, 401, 402, 403, 404, 409, 413, 422])("does not retry %i", async (code) => {
    const task = await aTask();
    const before = emulator.requests.length;
    emulator.faults.add({ route: READ_ROUTE, times: Number.POSITIVE_INFINITY, fault: status(code) });
    await expect(clientWith().get(task)).rejects.toMatchObject({ status: code, code: `code_${code}` });
    expect(emulator.requests.length - before).toBe(1);
  });

  it.each(["reset-before", "cut-body", "malformed-json", "wrong-content-type", "html-error"] as const)(
    "retries an answer broken by %s",
    async (kind) => {
      const task = await aTask();
      emulator.faults.add({ route: READ_ROUTE, fault: { kind } });
      expect((await clientWith().get(task)).id).toBe(task.id);
      expect(emulator.requests.at(-2)?.fault).toBe(kind);
    },
  );

  it("never retries the caller's abort", async () => {
    const task = await aTask();
    const before = emulator.requests.length;
    emulator.faults.add({ route: READ_ROUTE, fault: { kind: "slow-headers", delayMs: 5_000 } });
    const controller = new AbortController();
    const reading = clientWith().get(task, { signal: controller.signal });
    // Aborted once the read has reached the server (however long that takes on a busy machine), while its
    // answer is held back.
    while (emulator.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(reading).rejects.toBeInstanceOf(AbortError);
    expect(emulator.requests.length - before).toBe(1);
  });
});

describe("how many times", () => {
  it("retries a create whose answer was lost, with the same Idempotency-Key, and makes one task", async () => {
    const before = emulator.tasksCreated();
    emulator.faults.add({ route: CREATE_ROUTE, fault: { kind: "reset-after" } });
    const task = await clientWith().create(params);
    expect(task.task_replayed).toBe(true);
    expect(emulator.tasksCreated()).toBe(before + 1);
    const [lost, retried] = emulator.requests.slice(-2);
    expect(lost?.fault).toBe("reset-after");
    expect(retried?.headers["idempotency-key"]).toBe(lost?.headers["idempotency-key"]);
  });

  it("keeps an idempotencyKey the caller chose, and the API answers the same task for it", async () => {
    const client = clientWith();
    const first = await client.create(params, { idempotencyKey: "order-42" });
    const again = await client.create(params, { idempotencyKey: "order-42" });
    expect(again.id).toBe(first.id);
    expect(again.task_replayed).toBe(true);
    expect(emulator.requests.at(-1)?.headers["idempotency-key"]).toBe("order-42");
  });

  it("tries three times by default, then throws the last error", async () => {
    emulator.faults.add({ route: CREATE_ROUTE, times: Number.POSITIVE_INFINITY, fault: status(503) });
    await expect(clientWith().create(params)).rejects.toMatchObject({ status: 503, code: "code_503" });
    expect(emulator.requests.filter((request) => request.fault === "status")).toHaveLength(3);
  });

  it("takes maxRetries from the client, and per request", async () => {
    emulator.faults.add({ route: CREATE_ROUTE, times: Number.POSITIVE_INFINITY, fault: status(500) });
    await expect(clientWith({ maxRetries: 0 }).create(params)).rejects.toBeInstanceOf(RunAPIError);
    expect(emulator.requests).toHaveLength(1);
    await expect(clientWith({ maxRetries: 0 }).create(params, { maxRetries: 4 })).rejects.toBeInstanceOf(
      RunAPIError,
    );
    expect(emulator.requests).toHaveLength(6);
  });

  it("gives up on a connection reset with a ConnectionError after the retries", async () => {
    emulator.faults.add({
      route: CREATE_ROUTE,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: "reset-before" },
    });
    await expect(clientWith({ maxRetries: 1 }).create(params)).rejects.toBeInstanceOf(ConnectionError);
    expect(emulator.tasksCreated()).toBe(0);
  });
});

describe("how long between tries", () => {
  it("waits what the server asked for, within the bound, over the wire", async () => {
    emulator.faults.add({ route: CREATE_ROUTE, fault: status(503, { retryAfter: "0" }) });
    emulator.faults.add({ route: CREATE_ROUTE, fault: status(429, { retryAfter: "3600" }) });
    const { client, delays } = clientLoggingDelays();
    expect((await client.create(params)).id).toMatch(/\S/);
    expect(delays[0]).toBe(0);
    expect(delays[1]).toBeGreaterThanOrEqual(750); // backoff for the second retry, not an hour
    expect(delays[1]).toBeLessThanOrEqual(1000);
  });

  it("reads an HTTP-date Retry-After over the wire", async () => {
    emulator.faults.add({
      route: CREATE_ROUTE,
      fault: status(503, { retryAfter: new Date(Date.now() + 1000).toUTCString() }),
    });
    const { client, delays } = clientLoggingDelays();
    expect((await client.create(params)).id).toMatch(/\S/);
    expect(delays[0]).toBeLessThanOrEqual(1000);
  });
});
