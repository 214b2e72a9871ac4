import { linkAbort, throwIfAborted } from "./abort.js";
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
import { USER_AGENT } from "./version.js";

export interface RequestOptions {
  /** Stops the request; the call rejects with `AbortError`. */
  signal?: AbortSignal;
  /** Milliseconds this request may take, until its body is read; overrides the client's `timeout`. */
  timeout?: number;
  /** Extra headers for this request. */
  headers?: Record<string, string>;
}

export interface ApiRequest extends RequestOptions {
  method: "GET" | "POST";
  /** A path on the configured origin, e.g. `/api/v1/flux_2/text_to_image`. */
  path: string;
  body?: unknown;
}

/** One HTTP exchange with the API: JSON in, JSON out, typed errors, the key only ever sent to `baseURL`. */
export async function sendRequest<T>(options: ResolvedOptions, request: ApiRequest): Promise<T> {
  if (!options.apiKey) {
    throw new AuthenticationError(
      "No RunAPI API key: pass it as new RunAPI({ apiKey }) or set RUNAPI_API_KEY (or RUNAPI_KEY) in the environment.",
    );
  }
  const url = urlOnOrigin(options.baseURL, request.path);
  const headers: Record<string, string> = {
    accept: "application/json",
    "user-agent": USER_AGENT,
    ...request.headers,
    authorization: `Bearer ${options.apiKey}`,
  };
  if (request.body !== undefined) headers["content-type"] = "application/json";

  throwIfAborted(request.signal);
  const abort = linkAbort(request.signal, request.timeout ?? options.timeout);
  try {
    const response = await options.fetch(url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: abort.signal,
    });
    // The timeout stays armed until the body is fully read.
    const text = await response.text();
    if (!response.ok) throw errorFromResponse(response.status, response.headers, text);
    return parseBody<T>(text, response);
  } catch (error) {
    if (request.signal?.aborted)
      throw new AbortError("The request was aborted.", { cause: request.signal.reason });
    if (abort.timedOut()) {
      throw new TimeoutError(
        `${request.method} ${request.path} timed out after ${request.timeout ?? options.timeout} ms.`,
      );
    }
    if (error instanceof RunAPIError) throw error;
    throw new ConnectionError(`Could not reach RunAPI at ${options.baseURL}: ${describe(error)}`, {
      cause: error,
    });
  } finally {
    abort.release();
  }
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
