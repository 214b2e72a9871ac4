import { linkAbort, sleep, throwIfAborted } from "./abort.js";
import type { WithResponse } from "./api-promise.js";
import type { ResolvedOptions } from "./client-options.js";
import { ConnectionError, RunAPIError, TimeoutError } from "./errors.js";
import { type LogWriter, redact } from "./logger.js";
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
  /** Sent as `Idempotency-Key`, the same on every attempt. */
  idempotencyKey?: string;
  /** Takes 304 Not Modified as a success without data (a conditional GET); `response.status` tells it apart. */
  notModified?: boolean;
}

/** What the transport needs from a client: its options and its (redacting) log writer. */
export interface Transport {
  options: ResolvedOptions;
  /** Absent when logging is off. */
  log: LogWriter | undefined;
}

/**
 * One logical call: JSON in, JSON out, typed errors, retries with backoff on what is safe to retry, and the
 * key only ever sent to `baseURL`. The caller's headers (an Idempotency-Key included) are the same on every attempt.
 */
export async function sendRequest<T>(transport: Transport, request: ApiRequest): Promise<WithResponse<T>> {
  const { options, log } = transport;
  const { method, path, body, signal } = request;
  if (!options.apiKey) throw (await import("./failures.js")).missingKey();
  // A path with one leading slash cannot leave the origin, so it is joined as text (the common, fast case);
  // any other is checked by urlOnOrigin, loaded when one is sent.
  const url = /^\/(?![/\\])/.test(path)
    ? options.baseURL + path
    : (await import("./url-on-origin.js")).urlOnOrigin(options.baseURL, path);
  const headers: Record<string, string> = {
    accept: "application/json",
    "user-agent": USER_AGENT,
    ...request.headers,
    authorization: `Bearer ${options.apiKey}`,
  };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (request.idempotencyKey !== undefined) headers["idempotency-key"] = request.idempotencyKey;
  if (request.clientRequestId !== undefined) headers["x-client-request-id"] = request.clientRequestId;
  const maxRetries = Math.max(0, request.maxRetries ?? options.maxRetries);
  const timeout = request.timeout ?? options.timeout;
  const json = body === undefined ? undefined : JSON.stringify(body);
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    const started = Date.now();
    log?.("debug", `${method} ${url} (attempt ${attempt + 1})`, { headers });
    // The timeout stays armed until the body is fully read.
    const abort = linkAbort(signal, timeout);
    let error: RunAPIError;
    try {
      const response = await options.fetch(url, {
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
        throw errorFromResponse(response.status, response.headers, redact(text, options.apiKey));
      }
      log?.("info", `${method} ${path} → ${response.status} in ${Date.now() - started} ms`, {
        requestId: response.headers.get("x-request-id"),
      });
      return { data, response };
    } catch (caught) {
      throwIfAborted(signal);
      error = abort.timedOut()
        ? new TimeoutError(`${method} ${path} timed out after ${timeout} ms.`)
        : caught instanceof RunAPIError
          ? caught
          : new ConnectionError(`Could not reach RunAPI at ${options.baseURL}: ${describe(caught)}`, {
              cause: caught,
            });
    } finally {
      abort.release();
    }
    const retry = attempt < maxRetries && isRetryable(error);
    const delay = retry ? retryDelay(attempt, error.headers) : 0;
    log?.(
      retry ? "warn" : "error",
      `${method} ${path} failed (${error.message})${retry ? `; retry ${attempt + 1} of ${maxRetries} in ${Math.round(delay)} ms` : ""}`,
    );
    if (!retry) throw error;
    await sleep(delay, signal);
  }
}

/** "fetch failed (ECONNREFUSED)": the network error's message and, when it has one, its cause's code. */
export function describe(error: unknown): string {
  const { message, cause } = Object(error) as { message?: string; cause?: { code?: string } };
  return `${message ?? error}${cause?.code ? ` (${cause.code})` : ""}`;
}
