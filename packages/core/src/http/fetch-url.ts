import { errorFromResponse } from "../errors/error-from-response.js";
import { fetchWithRetries } from "./fetch-with-retries.js";
import type { ResolvedOptions } from "./transport.js";
import type { WithResponse } from "./with-response.js";

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
export function fetchUrl(
  options: ResolvedOptions,
  url: string,
  init: RequestInit,
  request: UrlRequestOptions,
  stream?: boolean,
): Promise<WithResponse<Uint8Array | ReadableStream<Uint8Array>>> {
  // Errors show the URL without its query string, which may hold a signature.
  const shown = url.split(/[?#]/)[0] as string;
  return fetchWithRetries(options, {
    url,
    init,
    signal: request.signal,
    timeout: request.timeout,
    maxRetries: request.maxRetries,
    name: `${init.method ?? "GET"} ${shown}`,
    target: shown,
    async read(response, keepArmed) {
      if (!response.ok) {
        throw errorFromResponse(
          response.status,
          response.headers,
          await response.text(),
          options.apiKey,
          shown,
        );
      }
      if (stream && response.body) return releasedAtEnd(response.body, keepArmed());
      return new Uint8Array(await response.arrayBuffer());
    },
  });
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
