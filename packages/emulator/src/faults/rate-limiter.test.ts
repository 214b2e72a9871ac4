import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter.js";

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
