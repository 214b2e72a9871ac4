import type { RequestOptions } from "./send-request.js";

/**
 * A call's options for each step of a call made of several requests: an Idempotency-Key names one request, so
 * the caller's is left out, given as `idempotencyKey` (a create's) or as a header, and each step gets its own.
 */
export function withoutIdempotencyKey<T extends RequestOptions & { idempotencyKey?: string }>(request: T): T {
  const { idempotencyKey: _, ...rest } = request;
  const headers = Object.entries(request.headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== "idempotency-key",
  );
  return { ...rest, headers: Object.fromEntries(headers) } as T;
}
