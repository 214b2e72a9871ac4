import { linkAbort, sleep, throwIfAborted } from "./abort.js";
import type { WithResponse } from "./api-promise.js";
import type { ResolvedOptions } from "./client-options.js";
import { errorFromResponse } from "./error-from-response.js";
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  RunAPIError,
  TimeoutError,
  UnexpectedResponseError,
} from "./errors.js";
import type { LogWriter } from "./logger.js";
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
}

/** What the transport needs from a client: its options and its (redacting) log writer. */
export interface Transport {
  options: ResolvedOptions;
  log: LogWriter;
}

/**
 * One logical call: JSON in, JSON out, typed errors, retries with backoff on what is safe to retry, and the
 * key only ever sent to `baseURL`. The caller's headers (an Idempotency-Key included) are the same on every attempt.
 */
export async function sendRequest<T>(transport: Transport, request: ApiRequest): Promise<WithResponse<T>> {
  const { options, log } = transport;
  if (!options.apiKey) {
    throw new AuthenticationError(
      "No RunAPI API key: pass it as new RunAPI({ apiKey }) or set RUNAPI_API_KEY (or RUNAPI_KEY) in the environment.",
    );
  }
  const url = urlOnOrigin(options.baseURL, request.path);
  const headers = requestHeaders(options.apiKey, request);
  const maxRetries = Math.max(0, request.maxRetries ?? options.maxRetries);
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(request.signal);
    const started = Date.now();
    log("debug", `${request.method} ${url} (attempt ${attempt + 1})`, { headers });
    try {
      const result = await attemptOnce<T>(transport, request, url, headers);
      log(
        "info",
        `${request.method} ${request.path} → ${result.response.status} in ${Date.now() - started} ms`,
        {
          requestId: result.response.headers.get("x-request-id"),
        },
      );
      return result;
    } catch (error) {
      if (attempt >= maxRetries || !isRetryable(error)) {
        log("error", `${request.method} ${request.path} failed: ${(error as Error).message}`);
        throw error;
      }
      const delay = retryDelay(attempt, (error as RunAPIError).headers);
      log(
        "warn",
        `${request.method} ${request.path} failed (${(error as Error).message}); retry ${attempt + 1} of ${maxRetries} in ${Math.round(delay)} ms`,
      );
      await sleep(delay, request.signal);
    }
  }
}

async function attemptOnce<T>(
  transport: Transport,
  request: ApiRequest,
  url: string,
  headers: Record<string, string>,
): Promise<WithResponse<T>> {
  const { options } = transport;
  const timeout = request.timeout ?? options.timeout;
  const abort = linkAbort(request.signal, timeout);
  try {
    const response = await options.fetch(url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: abort.signal,
    });
    // The timeout stays armed until the body is fully read.
    const text = await response.text();
    if (!response.ok) throw errorFromResponse(response.status, response.headers, text, options.apiKey);
    return { data: parseBody<T>(text, response), response };
  } catch (error) {
    if (request.signal?.aborted)
      throw new AbortError("The request was aborted.", { cause: request.signal.reason });
    if (abort.timedOut())
      throw new TimeoutError(`${request.method} ${request.path} timed out after ${timeout} ms.`);
    if (error instanceof RunAPIError) throw error;
    throw new ConnectionError(`Could not reach RunAPI at ${options.baseURL}: ${describe(error)}`, {
      cause: error,
    });
  } finally {
    abort.release();
  }
}

function requestHeaders(apiKey: string, request: ApiRequest): Record<string, string> {
  const headers: Record<string, string> = {
    accept: "application/json",
    "user-agent": USER_AGENT,
    ...request.headers,
    authorization: `Bearer ${apiKey}`,
  };
  if (request.body !== undefined) headers["content-type"] = "application/json";
  if (request.clientRequestId !== undefined) headers["x-client-request-id"] = request.clientRequestId;
  return headers;
}

function parseBody<T>(text: string, response: Response): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new UnexpectedResponseError(
      `RunAPI answered ${response.status} with a body that is not JSON (${response.headers.get("content-type") ?? "no content type"}).`,
      {
        status: response.status,
        requestId: response.headers.get("x-request-id") ?? undefined,
        headers: response.headers,
      },
    );
  }
}

/** Joins a path to the origin and refuses anything that would leave it, so the key never travels elsewhere. */
export function urlOnOrigin(baseURL: string, path: string): string {
  const base = new URL(baseURL);
  const url = new URL(path, `${base.origin}/`);
  if (url.origin !== base.origin) {
    throw new ConnectionError(
      `Refusing to send a request to ${url.origin}: only ${base.origin} receives your API key.`,
    );
  }
  return base.pathname === "/"
    ? url.href
    : new URL(`${base.pathname}${url.pathname}${url.search}`, base.origin).href;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
}
