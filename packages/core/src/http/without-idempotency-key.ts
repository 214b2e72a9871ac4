import type { RequestOptions } from "./send-request.js";

/**
 * A call's options for each step of a call made of several requests: an Idempotency-Key names one request, so
 * the caller's is left out and each step gets its own.
 */
export function withoutIdempotencyKey<T extends RequestOptions>(request: T): T {
  const headers = Object.entries(request.headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== "idempotency-key",
  );
  return { ...request, headers: Object.fromEntries(headers) };
}
