import { afterAll, beforeAll, expect, it } from "vitest";
import { RunAPIClient, RunAPIError, TaskFailedError } from "../../../core/src/index.ts";
import { catalog, type Flux2Models } from "../../../flux-2/src/generated/variants.ts";
import { type Emulator, startEmulator } from "../../src/index.ts";

/**
 * N run() calls under a seeded mix of every fault kind. Every call ends in a completed task or a typed error;
 * retries never create a second task; every completed task is charged once and every failed one refunded.
 * RELIABILITY_SEED replays a run.
 */
const N = 500;
const SEED = Number(process.env.RELIABILITY_SEED ?? 7);
const BATCH = 250;
/** Requests a fault of these kinds broke were still carried out by the server. */
const PERFORMED = new Set([
  undefined,
  "reset-after",
  "slow-headers",
  "cut-body",
  "malformed-json",
  "wrong-content-type",
]);

let emulator: Emulator;
beforeAll(async () => {
  // Every create is counted from the request log, so it keeps them all.
  emulator = await startEmulator({ port: 0, taskDurationMs: 30, failEvery: 9, maxRecordedRequests: 100_000 });
});
afterAll(() => emulator.close());

it(`${N} run() calls under seeded faults lose nothing and charge nothing twice (seed ${SEED})`, async () => {
  const client = new RunAPIClient<Flux2Models>(
    { apiKey: emulator.apiKey, baseURL: emulator.url, maxRetries: 3 },
    catalog,
  );
  const balanceBefore = emulator.account().balance_cents;
  const examples = catalog.variants.map((variant) => ({
    model: variant.model,
    prompt: "A lighthouse at dawn",
    ...(variant.input.required?.includes("source_image_urls")
      ? { source_image_urls: ["https://example.com/a.png"] }
      : {}),
  }));
  emulator.faults.random({ seed: SEED, rate: 0.25 });

  const completed: string[] = [];
  const failedTasks: string[] = [];
  const typedErrors: Record<string, number> = {};
  for (let start = 0; start < N; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, N - start) }, (_, offset) => {
      const params = examples[(start + offset) % examples.length] as never;
      return client.run(params, { minDelay: 5, maxDelay: 40, timeout: 60_000 }).then(
        (task) => void completed.push(task.id),
        (error: unknown) => {
          // Anything but the SDK's own error types would be a lost call.
          expect(error).toBeInstanceOf(RunAPIError);
          if (error instanceof TaskFailedError) failedTasks.push(error.taskId);
          else typedErrors[(error as RunAPIError).name] = (typedErrors[(error as RunAPIError).name] ?? 0) + 1;
        },
      );
    });
    await Promise.all(batch);
  }
  emulator.faults.clear();
  expect(completed.length + failedTasks.length + Object.values(typedErrors).reduce((a, b) => a + b, 0)).toBe(
    N,
  );

  // Tasks created = distinct logical creates that reached the server: retries reuse their key.
  const creates = emulator.requests.filter(
    (request) => request.method === "POST" && request.path.startsWith("/api/v1/flux_2/"),
  );
  const performedKeys = new Set(
    creates
      .filter((request) => PERFORMED.has(request.fault))
      .map((request) => request.headers["idempotency-key"]),
  );
  expect(emulator.tasksCreated()).toBe(performedKeys.size);

  // Let every task reach its end, then read the money.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const ledger = emulator.ledger();
  expect(ledger).toHaveLength(emulator.tasksCreated());
  for (const entry of ledger) {
    const ended = entry.movements.join(",");
    expect(["reserve,charge", "reserve,refund"], entry.taskId).toContain(ended);
    expect(entry.chargedCents + entry.refundedCents, entry.taskId).toBe(entry.reservedCents);
  }
  const byTask = new Map(ledger.map((entry) => [entry.taskId, entry]));
  for (const id of completed) expect(byTask.get(id)?.chargedCents, id).toBeGreaterThan(0);
  for (const id of failedTasks) expect(byTask.get(id)?.refundedCents, id).toBeGreaterThan(0);
  const charged = ledger.reduce((sum, entry) => sum + entry.chargedCents, 0);
  const refunded = ledger.reduce((sum, entry) => sum + entry.refundedCents, 0);
  expect(balanceBefore - emulator.account().balance_cents).toBe(charged);

  const faults: Record<string, number> = {};
  for (const request of emulator.requests)
    if (request.fault) faults[request.fault] = (faults[request.fault] ?? 0) + 1;
  console.log(
    [
      `reliability (seed ${SEED}): ${N} runs → ${completed.length} completed, ${failedTasks.length} failed tasks (refunded), typed errors ${JSON.stringify(typedErrors)}`,
      `${emulator.requestsReceived()} requests, faults injected ${JSON.stringify(faults)}`,
      `${creates.length} create requests for ${performedKeys.size} logical creates that reached the server → ${emulator.tasksCreated()} tasks`,
      `charged ${charged}¢ once each for ${ledger.filter((e) => e.chargedCents > 0).length} tasks, refunded ${refunded}¢ for ${ledger.filter((e) => e.refundedCents > 0).length}`,
    ].join("\n"),
  );
  expect(completed.length).toBeGreaterThan(N / 2);
}, 300_000);
