export interface RateLimitOptions {
  /** Sustained requests per second per API key. */
  requestsPerSecond: number;
  /** Requests a key may send at once after being idle; default `requestsPerSecond` (at least 1). */
  burst?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per API key: each request takes a token, tokens come back at `requestsPerSecond`. A bucket
 * (rather than a fixed window) gives an exact wait to announce in Retry-After, so a client that honours it is let
 * through on its next attempt.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly capacity: number;

  constructor(options: RateLimitOptions) {
    const { requestsPerSecond, burst } = options;
    if (!(Number.isFinite(requestsPerSecond) && requestsPerSecond > 0)) {
      throw new Error(`rateLimit.requestsPerSecond must be a positive number, got ${requestsPerSecond}`);
    }
    if (burst !== undefined && !(Number.isInteger(burst) && burst >= 1)) {
      throw new Error(`rateLimit.burst must be a positive integer, got ${burst}`);
    }
    this.perMs = requestsPerSecond / 1000;
    this.capacity = burst ?? Math.max(1, Math.floor(requestsPerSecond));
  }

  /** Takes a token for `key`, or says how long until one is back; a refused request takes nothing. */
  take(key: string, now = Date.now()): RateDecision {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / this.perMs) };
  }
}
