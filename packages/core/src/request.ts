import { linkAbort, sleep, throwIfAborted } from "./abort.js";
import type { WithResponse } from "./api-promise.js";
import { lowerCased, type ResolvedOptions } from "./client-options.js";
import { ConnectionError, RunAPIError, TimeoutError } from "./errors.js";
import type { RequestLogger } from "./logger.js";
import { randomId } from "./random-id.js";
import { isRetryable, retryDelay } from "./retry.js";
import { USER_AGENT } from "./version.js";

export interface RequestOptions {
  /** Stops the request, its retries and their sleeps; the call rejects with `AbortError`. Never retried. */
  signal?: AbortSignal;
  /** Milliseconds one attempt may take, until its body is read; overrides the client's `timeout`. */
  timeout?: number;
  /** Retries for this call; overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** Sent as `X-Client-Request-Id` (printable ASCII, at most 512 characters) and echoed by the API. */
  clientRequestId?: string;
  /** Extra headers for this request. */
  headers?: Record<string, string>;
}

export interface ApiRequest extends RequestOptions {
  method: "GET" | "POST";
  /** A path on the configured origin, e.g. `/api/v1/flux_2/text_to_image`. */
  path: string;
  body?: unknown;
  /** Sent as `Idempotency-Key`, the same on every attempt. A POST without one (nor the header) gets a new one. */
  idempotencyKey?: string;
  /** Takes 304 Not Modified as a success without data (a conditional GET); `response.status` tells it apart. */
  notModified?: boolean;
}

/** What the transport needs from a client: its options and its (redacting) log writer. */
export interface Transport {
  options: ResolvedOptions;
  /** The log writer, loading; absent when logging is off, and undefined when its module failed to load. */
  log: Promise<RequestLogger | undefined> | undefined;
}

/**
 * One logical call: JSON in, JSON out, typed errors, retries with backoff on what is safe to retry, and the
 * key only ever sent to `baseURL`. The caller's headers (an Idempotency-Key included) are the same on every attempt.
 */
export async function sendRequest<T>(transport: Transport, request: ApiRequest): Promise<WithResponse<T>> {
  const { options } = transport;
  const { method, path, body, signal } = request;
  if (!options.apiKey) throw (await import("./failures.js")).missingKey();
  // A path with one leading slash cannot leave the origin, so it is joined as text (the common, fast case);
  // any other is checked by urlOnOrigin, loaded when one is sent.
  const url = /^\/(?![/\\])/.test(path)
    ? options.baseURL + path
    : (await import("./url-on-origin.js")).urlOnOrigin(options.baseURL, path);
  // The client's headers, then the call's (names lower-cased, so none is sent twice), then the SDK's own.
  const headers: Record<string, string> = {
    accept: "application/json",
    "user-agent": USER_AGENT,
    ...options.headers,
    ...lowerCased(request.headers),
  };
  // One key for every request would answer every create with the first one's task.
  if ("idempotency-key" in options.headers) throw (await import("./failures.js")).clientWideKey();
  headers.authorization = `Bearer ${options.apiKey}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  // Every POST carries one Idempotency-Key for all its attempts (the caller's, else a new one): a retry is
  // then safe even when an attempt reached the server before failing.
  const key =
    request.idempotencyKey ?? headers["idempotency-key"] ?? (method === "POST" ? randomId() : undefined);
  if (key !== undefined) headers["idempotency-key"] = key;
  if (request.clientRequestId !== undefined) headers["x-client-request-id"] = request.clientRequestId;
  // The API takes keys of printable ASCII up to 512 characters: a longer or odd one is refused before sending.
  for (const name of ["idempotency-key", "x-client-request-id"]) {
    if (name in headers && !KEY_HEADER_VALUE.test(headers[name] as string)) {
      throw (await import("./failures.js")).badRequest(options.baseURL, headers);
    }
  }
  const maxRetries = Math.max(0, request.maxRetries ?? options.maxRetries);
  const timeout = request.timeout ?? options.timeout;
  const json = body === undefined ? undefined : JSON.stringify(body);
  const log = transport.log && (await transport.log)?.(method, url, path, headers, maxRetries);
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    const started = Date.now();
    log?.sent(attempt);
    // The timeout stays armed until the body is fully read.
    const abort = linkAbort(signal, timeout);
    let error: RunAPIError;
    let response: Response | undefined;
    try {
      response = await options.fetch(url, {
        method,
        headers,
        body: json,
        signal: abort.signal,
      });
      const text = await response.text();
      if (response.status === 304 && request.notModified) return { data: undefined as T, response };
      let data: T | undefined;
      try {
        if (response.ok) data = JSON.parse(text);
      } catch {
        // not JSON: the answer is unreadable
      }
      if (data === undefined) {
        // The reader of an error answer or an unreadable one (and the errors it builds) is loaded when the
        // first one arrives. A proxy may echo the request back: the key never reaches an error message.
        const { errorFromResponse } = await import("./error-from-response.js");
        throw errorFromResponse(response.status, response.headers, text, options.apiKey);
      }
      log?.answered(response, started);
      return { data, response };
    } catch (caught) {
      throwIfAborted(signal);
      // An answer whose body was cut short or timed out still names its request.
      const requestId = response?.headers.get("x-request-id") ?? undefined;
      error = abort.timedOut()
        ? new TimeoutError(`${method} ${path} timed out after ${timeout} ms.`, { requestId })
        : caught instanceof RunAPIError
          ? caught
          : // fetch refuses a bad origin or header before sending anything, with an error like a network
            // failure's: name it, and never retry it. (Its words load then, or not at all if the network is down.)
            (response === undefined &&
              (await import("./failures.js").catch(() => undefined))?.badRequest(options.baseURL, headers)) ||
            new ConnectionError(`Could not reach RunAPI at ${options.baseURL}: ${describe(caught)}`, {
              cause: caught,
              requestId,
            });
    } finally {
      abort.release();
    }
    const retry = attempt < maxRetries && isRetryable(error);
    const delay = retry ? retryDelay(attempt, error.headers) : 0;
    log?.failed(error, retry && attempt + 1, delay);
    if (!retry) throw error;
    await sleep(delay, signal);
  }
}

/** What the API takes as `Idempotency-Key` and `X-Client-Request-Id`: printable ASCII, 1 to 512 characters. */
export const KEY_HEADER_VALUE = /^[ -~]{1,512}$/;

/**
 * "fetch failed (ECONNREFUSED)": the network error's message and, when it has a cause, the cause's code, else
 * its message ("bad port").
 */
export function describe(error: unknown): string {
  const { message, cause } = Object(error) as {
    message?: string;
    cause?: { code?: string; message?: string };
  };
  const reason = cause?.code || cause?.message;
  return `${message ?? error}${reason ? ` (${reason})` : ""}`;
}
