import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { RunAPIClient } from "../../core/src/index.ts";
import { catalog, type Flux2Models } from "../../flux-2/src/generated/variants.ts";
import { builtCli, spawnBuilt } from "./support/spawn-built.ts";

/**
 * 1,000 concurrent run() calls against an emulator in its own process, so this process's heap and handles are
 * the client's alone.
 */
const CALLS = 1000;
const figures: string[] = [];
let emulator: ChildProcess;
let url = "";
let apiKey = "";

beforeAll(async () => {
  emulator = spawnBuilt([builtCli, "--port", "0", "--task-duration-ms", "200"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  // The banner names the URL and the test key.
  const banner = await new Promise<string>((resolve, reject) => {
    let output = "";
    emulator.stdout?.on("data", (chunk) => {
      output += chunk;
      if (/API key: \S+/.test(output)) resolve(output);
    });
    emulator.once("exit", (code) => reject(new Error(`the emulator exited with ${code}: ${output}`)));
  });
  url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1] ?? "";
  apiKey = /API key: (\S+)/.exec(banner)?.[1] ?? "";
});
afterAll(() => {
  emulator.kill();
  console.log(`load: ${figures.join(", ")}`);
});

const gc = (globalThis as { gc?: () => void }).gc;
async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage().heapUsed;
}

/** Sockets, servers and timers this process holds, by kind. */
function handles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

async function runConcurrently(calls: number) {
  const client = new RunAPIClient<Flux2Models>({ apiKey, baseURL: url }, catalog);
  const runs = Array.from({ length: calls }, (_, index) =>
    client.run(
      { model: "flux-2-pro-text-to-image", prompt: `Lighthouse number ${index}` },
      { minDelay: 50, maxDelay: 200 },
    ),
  );
  const done = await Promise.all(runs);
  expect(done.every((task) => task.status === "completed")).toBe(true);
  expect(new Set(done.map((task) => task.id)).size).toBe(calls);
}

it(`completes ${CALLS} concurrent run() calls, and gives back its memory and handles`, async () => {
  expect(url).toMatch(/^http/);
  // A first round pays the one-time costs: fetch's connection pool grows to one socket per concurrent call
  // (kept alive for reuse), code is compiled lazily. What the second round leaves behind is what calls leak.
  await runConcurrently(CALLS);
  const handlesBefore = handles();
  const heapBefore = await settledHeap();
  const started = Date.now();
  await runConcurrently(CALLS);
  const took = Date.now() - started;
  const heapAfter = await settledHeap();
  figures.push(
    `${CALLS} runs in ${took} ms (after a first round of ${CALLS})`,
    `client heap ${mb(heapBefore)} → ${mb(heapAfter)} MB`,
  );
  // Within a small margin: nothing per call stays reachable once the calls are done.
  expect(heapAfter - heapBefore).toBeLessThan(2 * 1024 * 1024);
  const handlesAfter = handles();
  figures.push(`timers ${handlesBefore.Timeout ?? 0} → ${handlesAfter.Timeout ?? 0}`);
  // No timer (a sleep, a request timeout) outlives its call.
  expect(handlesAfter.Timeout ?? 0).toBeLessThanOrEqual(handlesBefore.Timeout ?? 0);
}, 120_000);

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
