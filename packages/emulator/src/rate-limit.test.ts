import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "./index.js";
import { RateLimiter } from "./rate-limit.js";

describe("RateLimiter", () => {
  it("lets a burst through, then refuses with the exact wait until a token is back", () => {
    const limiter = new RateLimiter({ requestsPerSecond: 4 });
    const now = 1_000_000;
    for (let index = 0; index < 4; index++) expect(limiter.take("k", now)).toEqual({ ok: true });
    expect(limiter.take("k", now)).toEqual({ ok: false, retryAfterMs: 250 });
    // A refused request takes nothing: the wait shrinks with time, not with retries.
    expect(limiter.take("k", now + 100)).toEqual({ ok: false, retryAfterMs: 150 });
    expect(limiter.take("k", now + 250)).toEqual({ ok: true });
    // Keys have their own buckets.
    expect(limiter.take("other", now)).toEqual({ ok: true });
  });

  it("honours a burst, allows fractions of a request per second, and rejects nonsense", () => {
    const slow = new RateLimiter({ requestsPerSecond: 0.5 });
    expect(slow.take("k", 0)).toEqual({ ok: true });
    expect(slow.take("k", 0)).toEqual({ ok: false, retryAfterMs: 2000 });
    const bursty = new RateLimiter({ requestsPerSecond: 1, burst: 3 });
    expect([bursty.take("k", 0), bursty.take("k", 0), bursty.take("k", 0), bursty.take("k", 0)]).toEqual([
      { ok: true },
      { ok: true },
      { ok: true },
      { ok: false, retryAfterMs: 1000 },
    ]);
    expect(() => new RateLimiter({ requestsPerSecond: 0 })).toThrow(
      "rateLimit.requestsPerSecond must be a positive number, got 0",
    );
    expect(() => new RateLimiter({ requestsPerSecond: 1, burst: 0.5 })).toThrow(/rateLimit\.burst/);
  });
});

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
