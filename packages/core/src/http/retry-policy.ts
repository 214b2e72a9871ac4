import {
  ConnectionError,
  RedirectError,
  ResponseTooLargeError,
  RunAPIError,
  UnexpectedResponseError,
} from "../errors/error-ladder.js";
import { parseRetryAfter } from "./parse-retry-after.js";

export const DEFAULT_MAX_RETRIES = 2;
const BASE_DELAY_MS = 500;
/** The contract's cap on backoff between retries. */
const MAX_BACKOFF_MS = 5000;
/** A server hint longer than this is ignored in favour of backoff: a minute-long stall is worse than a retry. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Whether a failed attempt may be tried again: 408, 429, 5xx, network errors, per-attempt timeouts and
 * unreadable answers. Never the caller's abort, never other 4xx, never an answer too large or a redirect,
 * which would come again. Creates are safe to retry because every create carries one Idempotency-Key for all
 * its attempts.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof RunAPIError)) return false;
  if (error instanceof ResponseTooLargeError || error instanceof RedirectError) return false;
  if (error instanceof ConnectionError || error instanceof UnexpectedResponseError) return true;
  const status = error.status;
  return status === 408 || status === 429 || (status !== undefined && status >= 500);
}

/**
 * Milliseconds to wait before retry number `retry` (0 for the first): the server's `retry-after-ms` or
 * `Retry-After` when it is between 0 and 60 s, else 0.5 s doubling up to 5 s, less up to a quarter of jitter.
 */
export function retryDelay(
  retry: number,
  headers: Headers | undefined,
  random: () => number = Math.random,
): number {
  const hinted = headers ? parseRetryAfter(headers) : undefined;
  if (hinted !== undefined && hinted >= 0 && hinted <= MAX_RETRY_AFTER_MS) return hinted;
  const backoff = Math.min(BASE_DELAY_MS * 2 ** retry, MAX_BACKOFF_MS);
  return backoff * (1 - 0.25 * random());
}
