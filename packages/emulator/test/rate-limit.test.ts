import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";

describe("rate limits over HTTP", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      taskDurationMs: 1_000_000,
      apiKeys: ["rk_a", "rk_b"],
      // A slow refill, so five requests in a row use up the burst even on a busy machine.
      rateLimit: { requestsPerSecond: 2, burst: 5 },
    });
  });
  afterAll(() => emulator.close());

  const create = (apiKey: string) =>
    fetch(`${emulator.url}/api/v1/flux_2/text_to_image`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "flux-2-pro-text-to-image", prompt: "limited" }),
    });

  it("answers 429 rate_limited with Retry-After, performs nothing, and lets the request through after the wait", async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 5; index++) statuses.push((await create("rk_a")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const tasks = emulator.tasksCreated();
    const balance = emulator.account("rk_a").balance_cents;

    const limited = await create("rk_a");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-request-id")).toMatch(/^req_/);
    const retryAfter = Number(limited.headers.get("retry-after"));
    const retryAfterMs = Number(limited.headers.get("retry-after-ms"));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
    expect(retryAfterMs).toBeGreaterThan(0);
    expect(retryAfterMs).toBeLessThanOrEqual(500);
    expect(((await limited.json()) as any).error).toEqual({
      code: "rate_limited",
      message: expect.stringMatching(/^Too many requests for this API key; retry after \d+ ms\.$/),
    });
    expect(emulator.tasksCreated()).toBe(tasks);
    expect(emulator.account("rk_a").balance_cents).toBe(balance);

    // Another key is not slowed by this one.
    expect((await create("rk_b")).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
    expect((await create("rk_a")).status).toBe(200);
  });

  it("never spends a bucket on an unknown key: those requests get 401, not 429", async () => {
    const statuses = new Set<number>();
    for (let index = 0; index < 8; index++) statuses.add((await create("rk_unknown")).status);
    expect([...statuses]).toEqual([401]);
  });
});
