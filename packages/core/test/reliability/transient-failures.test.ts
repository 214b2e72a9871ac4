/**
 * Waiting outlasts transient failures: a 429, a 5xx, a timeout or a dropped connection while creating or
 * reading a task is tried again until the wait's own deadline, not the request's `maxRetries`; only the
 * deadline, an abort or a permanent error ends it, and the error keeps the task id. Against a scripted server
 * for each class, and against the emulator at a tight rate limit under a fault mix: every task created is
 * returned, none is lost and none is charged twice.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  NotFoundError,
  RateLimitError,
  RunAPIClient,
  RunAPIError,
  TaskFailedError,
  WaitTimeoutError,
} from "../../src/index.js";
import { startFixtureEmulator } from "../emulator-client.js";
import { type RawAnswer, type ScriptedAnswer, startScriptedServer } from "../scripted-server.js";
import { type ImagesModels, imagesFamily, testClient } from "../test-catalog.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const ID = "task_1";
const task = (status: string, extra: object = {}): ScriptedAnswer => ({
  status: 200,
  body: JSON.stringify({ id: ID, status, ...extra }),
});
const limited: ScriptedAnswer = {
  status: 429,
  headers: { "retry-after": "0" },
  body: JSON.stringify({ error: { code: "rate_limited", message: "slow down" } }),
};
const outage: ScriptedAnswer = {
  status: 503,
  body: JSON.stringify({ error: { code: "unavailable", message: "busy" } }),
};
const dropped: RawAnswer = (response) => response.socket?.destroy();

async function scripted(answers: (ScriptedAnswer | RawAnswer)[]) {
  const server = await startScriptedServer(
    (_request, index) => answers[Math.min(index, answers.length - 1)]!,
  );
  close = server.close;
  // No retries of its own: every failure below reaches the wait.
  return { server, client: testClient({ apiKey: "k", baseURL: server.url, maxRetries: 0 }) };
}

const FAST = { minDelay: 1, maxDelay: 5 };

describe("a wait", () => {
  it("reads again through rate limits, outages and dropped connections until the task completes", async () => {
    const { server, client } = await scripted([
      limited,
      limited,
      limited,
      outage,
      outage,
      dropped,
      task("processing"),
      limited,
      task("completed", { images: [{ url: "u" }] }),
    ]);
    const done = await client.wait({ id: ID, model: "test-model" }, FAST);
    expect(done).toMatchObject({ id: ID, status: "completed" });
    expect(server.requests).toHaveLength(9);
  });

  it("ends at a permanent error, which keeps the task id", async () => {
    const { server, client } = await scripted([
      limited,
      { status: 404, body: JSON.stringify({ error: { code: "not_found", message: "gone" } }) },
      task("completed"),
    ]);
    const error = await client.wait({ id: ID, model: "test-model" }, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ taskId: ID });
    expect(server.requests).toHaveLength(2);
  });

  it("ends at its deadline with WaitTimeoutError and the task id, however the reads fail", async () => {
    const { client } = await scripted([limited]);
    const error = await client
      .wait({ id: ID, model: "test-model" }, { ...FAST, timeout: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ taskId: ID });
  });
});

describe("run", () => {
  it("creates through rate limits with one Idempotency-Key on every attempt, then waits", async () => {
    const { server, client } = await scripted([
      limited,
      limited,
      outage,
      limited,
      task("processing"),
      task("completed"),
    ]);
    const done = await client.run({ model: "test-model", prompt: "a kite" } as never, FAST);
    expect(done).toMatchObject({ id: ID, status: "completed" });
    const creates = server.requests.filter((request) => request.method === "POST");
    expect(creates).toHaveLength(5);
    expect(new Set(creates.map((request) => request.headers["idempotency-key"])).size).toBe(1);
  });

  it("gives up at its deadline with the last create error when the create never goes through", async () => {
    const { client } = await scripted([limited]);
    const error = await client
      .run({ model: "test-model", prompt: "a kite" } as never, { ...FAST, timeout: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
  });
});

describe("1,000 runs, 8 in flight, at a tight rate limit under a fault mix", () => {
  it("returns every task created, loses none and charges none twice", async () => {
    const emulator = await startFixtureEmulator([imagesFamily], {
      taskDurationMs: 20,
      failEvery: 50,
      // Eight runs in flight send bursts a bucket of four refuses: many answers are 429 with Retry-After.
      rateLimit: { requestsPerSecond: 200, burst: 4 },
    });
    close = () => emulator.close();
    // Faults that lose an answer after the work was done, and ones that refuse it: both must be waited out.
    emulator.faults.random({
      seed: 2026,
      rate: 0.1,
      kinds: [
        { kind: "reset-after" },
        { kind: "cut-body" },
        { kind: "malformed-json" },
        { kind: "reset-before" },
        { kind: "status", status: 503 },
      ],
    });
    // Real requests, counted by status on their way back.
    let rateLimited = 0;
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 429) rateLimited++;
      return response;
    };
    const client = new RunAPIClient<ImagesModels>(
      { apiKey: emulator.apiKey, baseURL: emulator.url, maxRetries: 1, fetch: counting },
      imagesFamily.catalog,
    );
    const balanceBefore = emulator.account().balance_cents;
    const returned: string[] = [];
    const failed: string[] = [];
    const other: unknown[] = [];
    let next = 0;
    const worker = async () => {
      while (next < 1000) {
        next++;
        await client
          .run(
            { model: "images-pro-text-to-image", prompt: "A lighthouse at dawn" },
            { minDelay: 5, maxDelay: 20, timeout: 120_000 },
          )
          .then(
            (done) => void returned.push(done.id),
            (error: unknown) => {
              if (error instanceof TaskFailedError) failed.push(error.taskId);
              else other.push(error);
            },
          );
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    emulator.faults.clear();
    console.log(
      `reliability: 1000 runs, ${returned.length} completed, ${failed.length} failed tasks, ${other.length} other errors, ` +
        `${rateLimited} answers 429, ${emulator.requests.length} requests`,
    );
    expect(other.map((error) => (error instanceof RunAPIError ? error.message : String(error)))).toEqual([]);
    expect(returned.length + failed.length).toBe(1000);
    // Every task the server made was handed back: none lost, none made twice.
    expect(emulator.tasksCreated()).toBe(1000);
    expect(new Set([...returned, ...failed]).size).toBe(1000);
    expect(rateLimited).toBeGreaterThan(0);
    // The money: each completed task charged once, each failed one refunded.
    const ledger = emulator.ledger();
    const charged = ledger.filter((entry) => entry.movements.includes("charge"));
    expect(charged.map((entry) => entry.taskId).sort()).toEqual([...returned].sort());
    expect(
      ledger.every((entry) => entry.movements.filter((movement) => movement === "charge").length <= 1),
    ).toBe(true);
    const spent = charged.reduce((sum, entry) => sum + entry.chargedCents, 0);
    expect(balanceBefore - emulator.account().balance_cents).toBeCloseTo(spent, 6);
  }, 180_000);
});
