import type { RunAPIError } from "../errors/error-ladder.js";
import { parseRetryAfter } from "../http/parse-retry-after.js";
import { retryDelay } from "../http/retry-policy.js";

/**
 * How long a wait (or run's create) lets pass before trying again after its `failures`-th failure in a row that
 * is worth trying again: the server's Retry-After when it gave one, else backoff kept within `maxDelay`, as every
 * poll is; never under `minDelay`.
 */
export function waitAgainAfter(error: unknown, failures: number, minDelay: number, maxDelay: number): number {
  const { headers } = error as RunAPIError;
  const backoff = retryDelay(failures, headers);
  const hinted = headers !== undefined && parseRetryAfter(headers) !== undefined;
  return Math.max(hinted ? backoff : Math.min(backoff, maxDelay), minDelay);
}
