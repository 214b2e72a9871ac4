import { errorFromResponse } from "../errors/error-from-response.js";
import { fetchWithRetries } from "./fetch-with-retries.js";
import { type BodyLimit, type BoundedBody, boundedBody, readBody, readErrorText } from "./read-body.js";
import { shownUrl } from "./shown-url.js";
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
 * What is done with a file URL's body: read whole as bytes, answered as a stream, or handed to a consumer
 * within its attempt (so a failed read is retried, calling the consumer again with a new body).
 */
export type BodyUse = "bytes" | "stream" | ((body: ReadableStream<Uint8Array>) => Promise<unknown>);

/**
 * A request to a file URL (a signed upload URL, an output), which may be on another origin and may redirect:
 * it carries only `init`'s headers, never the API key nor the client's headers, and honours the client's
 * `fetch`, timeout and retries and the caller's signal (GET and PUT are safe to repeat). Its body is read
 * within `bound` (the answer's `maxResponseBytes` by default); a stream keeps the timeout armed until it ends
 * or is cancelled. An error answer's body is read within `maxResponseBytes`.
 */
export function fetchUrl(
  options: ResolvedOptions,
  url: string,
  init: RequestInit,
  request: UrlRequestOptions,
  use: BodyUse = "bytes",
  bound: Pick<BodyLimit, "maxBytes" | "option"> = {
    maxBytes: options.maxResponseBytes,
    option: "maxResponseBytes",
  },
): Promise<WithResponse<Uint8Array | ReadableStream<Uint8Array> | undefined>> {
  // Errors show the URL without its query string, which may hold a signature.
  const shown = shownUrl(url);
  const name = `${init.method ?? "GET"} ${shown}`;
  return fetchWithRetries(options, {
    url,
    init,
    signal: request.signal,
    timeout: request.timeout,
    maxRetries: request.maxRetries,
    name,
    target: shown,
    async read(response, { keepArmed, failed }) {
      if (!response.ok) {
        const limit = { maxBytes: options.maxResponseBytes, option: "maxResponseBytes", name, failed };
        const text = await readErrorText(response, limit);
        throw errorFromResponse(response.status, response.headers, text, options.apiKey, shown);
      }
      const body = boundedBody(response, { ...bound, name, failed });
      if (use === "bytes") return readBody(body);
      if (use === "stream") return bodyStream(body, keepArmed());
      try {
        await use(bodyStream(body));
        return undefined;
      } finally {
        await body.cancel();
      }
    },
  });
}

/**
 * The body as a stream read as it arrives, within its bound; `release` is called once it ends, fails or is
 * cancelled.
 */
function bodyStream(body: BoundedBody, release: () => void = () => {}): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await body.next();
        if (chunk) return controller.enqueue(chunk);
        release();
        controller.close();
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    cancel(reason) {
      release();
      return body.cancel(reason);
    },
  });
}
