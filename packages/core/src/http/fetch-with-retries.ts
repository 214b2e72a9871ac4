import { ConnectionError, RunAPIError, TimeoutError } from "../errors/error-ladder.js";
import { redact, redactError } from "../errors/redact.js";
import type { RequestLog } from "../logging/request-logger.js";
import { describeError } from "./describe-error.js";
import { linkAbort } from "./link-abort.js";
import { redactedResponse } from "./redacted-response.js";
import { isRetryable, retryDelay } from "./retry-policy.js";
import { abortError, sleep, throwIfAborted } from "./sleep.js";
import type { ResolvedOptions } from "./transport.js";
import type { WithResponse } from "./with-response.js";

/** One logical HTTP call, which fetchWithRetries makes attempt after attempt. */
export interface Call<T> {
  url: string;
  /** Method, headers and body: the same on every attempt. */
  init: RequestInit;
  /** The caller's signal: stops the attempt in flight and the sleep before the next; never retried. */
  signal?: AbortSignal;
  /** Milliseconds one attempt may take, until `read` is done; default the client's `timeout`. */
  timeout?: number;
  /** Attempts after the first; default the client's `maxRetries`. */
  maxRetries?: number;
  /** The call as a timeout names it: `GET /api/v1/me`. */
  name: string;
  /** What a connection error says it could not reach: `RunAPI at https://runapi.ai`, a file URL. */
  target: string;
  /**
   * Reads an answer while its attempt's timeout is armed, or throws the error the answer means. Its body is
   * read through `attempt.failed`, which types a failed read; anything else it throws (a consumer's own
   * error) is passed on as it is, never retried.
   */
  read(response: Response, attempt: Attempt): Promise<T>;
  /**
   * What fetch refused before sending anything (an origin or a header), which it reports like a network
   * failure; such a request is never retried.
   */
  refused?(): RunAPIError | undefined;
  log?: RequestLog;
}

/** What `read` gets of its attempt. */
export interface Attempt {
  /** Keeps the timeout armed past `read` (a body read later, as a stream); call what it returns once done. */
  keepArmed(): () => void;
  /** The error a failed read of the body means: the caller's abort, the timeout, a connection cut short. */
  failed(caught: unknown): RunAPIError;
}

/**
 * The one request loop, for API requests and file URLs alike: each attempt has its timeout, armed until its
 * answer is read, and stops with the caller's signal; what is safe to retry (isRetryable) is retried after
 * backoff with jitter or the server's Retry-After (retryDelay), and the last attempt's error is thrown.
 */
export async function fetchWithRetries<T>(options: ResolvedOptions, call: Call<T>): Promise<WithResponse<T>> {
  const { signal, log } = call;
  const timeout = call.timeout ?? options.timeout;
  const maxRetries = Math.max(0, call.maxRetries ?? options.maxRetries);
  const secret = options.apiKey;
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    const started = Date.now();
    log?.sent(attempt);
    const abort = linkAbort(signal, timeout);
    let kept = false;
    let response: Response | undefined;
    const failed = (caught: unknown): RunAPIError => {
      // An answer whose body was cut short or timed out still names its request.
      const requestId = response?.headers.get("x-request-id") ?? undefined;
      if (signal?.aborted) return abortError(signal);
      if (abort.timedOut())
        return new TimeoutError(`${call.name} timed out after ${timeout} ms.`, { requestId });
      if (caught instanceof RunAPIError) return caught;
      return (
        (response === undefined && call.refused?.()) ||
        new ConnectionError(`Could not reach ${call.target}: ${redact(describeError(caught), secret)}`, {
          cause: redactError(caught, secret),
          requestId,
        })
      );
    };
    let error: RunAPIError;
    try {
      // What a server echoes of the key in a header never reaches an error, a log line or the caller.
      response = redactedResponse(
        await options.fetch(call.url, { ...call.init, signal: abort.signal }),
        secret,
      );
      const data = await call.read(response, {
        keepArmed: () => {
          kept = true;
          return abort.release;
        },
        failed,
      });
      log?.answered(response, started);
      return { data, response };
    } catch (caught) {
      throwIfAborted(signal);
      // Not the answer's failure (read types those) but what read's own work threw, such as a consumer
      // writing a file: passed on as it is.
      if (response !== undefined && !(caught instanceof RunAPIError) && !abort.timedOut()) throw caught;
      error = failed(caught);
    } finally {
      if (!kept) abort.release();
    }
    const retry = attempt < maxRetries && isRetryable(error);
    const delay = retry ? retryDelay(attempt, error.headers) : 0;
    log?.failed(error, retry && attempt + 1, maxRetries, delay);
    if (!retry) throw error;
    await sleep(delay, signal);
  }
}
