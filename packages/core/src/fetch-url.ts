import type { WithResponse } from "./api-promise.js";
import type { ResolvedOptions } from "./client-options.js";
import { errorClass, errorFromResponse } from "./error-from-response.js";
import {
  ConnectionError,
  describe,
  isRetryable,
  linkAbort,
  RunAPIError,
  retryDelay,
  sleep,
  TimeoutError,
  throwIfAborted,
} from "./runtime.js";

/** The exported FileExpiredError's kind (http-errors.ts), defined with the other errors of HTTP answers. */
const FileExpiredError = errorClass("FileExpiredError");

/** A call's stop controls: the caller's signal, a per-request timeout and retries. */
export interface UrlRequestOptions {
  /** Stops the request; the call rejects with `AbortError`. */
  signal?: AbortSignal;
  /** Milliseconds the request may take, until its body is read; overrides the client's `timeout`. */
  timeout?: number;
  /** Retries after a 408, 429, 5xx, network error or timeout; overrides the client's `maxRetries`. */
  maxRetries?: number;
}

/**
 * A request to a file URL (a signed upload URL, an output), which may be on another origin: it carries only
 * `init`'s headers, never the API key, and honours the client's `fetch`, timeout and retries and the caller's
 * signal (GET and PUT are safe to repeat). Answers the body's bytes, or with `stream` the body as a stream
 * (the timeout stays armed until it ends or is cancelled), with the response.
 */
export async function fetchUrl(
  options: ResolvedOptions,
  url: string,
  init: RequestInit,
  request: UrlRequestOptions,
  stream?: boolean,
): Promise<WithResponse<Uint8Array | ReadableStream<Uint8Array>>> {
  const { signal } = request;
  const timeout = request.timeout ?? options.timeout;
  const maxRetries = Math.max(0, request.maxRetries ?? options.maxRetries);
  // Errors show the URL without its query string, which may hold a signature.
  const shown = url.split(/[?#]/)[0] as string;
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    const abort = linkAbort(signal, timeout);
    let error: RunAPIError;
    try {
      const response = await options.fetch(url, { ...init, signal: abort.signal });
      if (!response.ok) {
        const text = await response.text();
        const error = errorFromResponse(response.status, response.headers, text, options.apiKey);
        if (response.status !== 410) throw error;
        throw new FileExpiredError(
          `${shown} has expired: temporary file URLs stop working after a while. Read the task again (get) or run it again for a new output URL, or upload the file again.`,
          { ...error, headers: error.headers, url: shown },
        );
      }
      if (stream && response.body) return { data: releasedAtEnd(response.body, abort.release), response };
      const data = new Uint8Array(await response.arrayBuffer());
      abort.release();
      return { data, response };
    } catch (caught) {
      abort.release();
      throwIfAborted(signal);
      error = abort.timedOut()
        ? new TimeoutError(`${init.method ?? "GET"} ${shown} timed out after ${timeout} ms.`)
        : caught instanceof RunAPIError
          ? caught
          : new ConnectionError(`Could not reach ${shown}: ${describe(caught)}`, { cause: caught });
    }
    if (attempt >= maxRetries || !isRetryable(error)) throw error;
    await sleep(retryDelay(attempt, error.headers), signal);
  }
}

/** `body` as a stream that calls `release` once it ends, fails or is cancelled. */
function releasedAtEnd(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        release();
        controller.close();
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    cancel(reason) {
      release();
      return reader.cancel(reason);
    },
  });
}
