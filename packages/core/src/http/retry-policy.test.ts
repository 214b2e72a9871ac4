import { describe, expect, it } from "vitest";
import {
  AbortError,
  ConnectionError,
  RedirectError,
  ResponseTooLargeError,
  RunAPIError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from "../errors/error-ladder.js";
import { isRetryable, retryDelay } from "./retry-policy.js";

describe("which failures are retried", () => {
  it("never retries the caller's abort", () => {
    expect(isRetryable(new AbortError("x"))).toBe(false);
  });

  it("retries 408, 429 and 5xx, network errors, timeouts and unreadable answers; never other 4xx", () => {
    for (const status of [408, 429, 500, 502, 503, 504])
      expect(isRetryable(new RunAPIError("x", { status }))).toBe(true);
    for (const status of [400, 401, 402, 403, 404, 409, 413, 422]) {
      expect(isRetryable(new RunAPIError("x", { status }))).toBe(false);
    }
    expect(isRetryable(new ConnectionError("x"))).toBe(true);
    expect(isRetryable(new TimeoutError("x"))).toBe(true);
    expect(isRetryable(new UnexpectedResponseError("x", { status: 200 }))).toBe(true);
    // An answer too large, or a redirect, would come again.
    expect(isRetryable(new ResponseTooLargeError("x", { status: 200, maxBytes: 1 }))).toBe(false);
    expect(isRetryable(new RedirectError("x", { status: 307 }))).toBe(false);
    expect(isRetryable(new ValidationError([]))).toBe(false);
    expect(isRetryable(new Error("x"))).toBe(false);
  });
});

describe("how long between tries", () => {
  it("backs off from 0.5 s, doubling, capped at 5 s (the contract's cap), with up to a quarter of jitter", () => {
    expect([0, 1, 2, 3, 4, 5].map((retry) => retryDelay(retry, undefined, () => 0))).toEqual([
      500, 1000, 2000, 4000, 5000, 5000,
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
});
