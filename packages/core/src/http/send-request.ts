import { API_KEY_HELP } from "../errors/api-key-help.js";
import { errorFromResponse } from "../errors/error-from-response.js";
import { AuthenticationError, ValidationError } from "../errors/error-ladder.js";
import { redactSecret } from "../errors/redact.js";
import { VERSION } from "../version.js";
import { fetchWithRetries } from "./fetch-with-retries.js";
import { invalidRequest } from "./invalid-request.js";
import { lowerCased } from "./lower-cased.js";
import { randomId } from "./random-id.js";
import { boundedBody, byteBound, readBody, readErrorText, readText } from "./read-body.js";
import type { Transport } from "./transport.js";
import { urlOnOrigin } from "./url-on-origin.js";
import type { WithResponse } from "./with-response.js";

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
  /** The most bytes this call's answer may have, after decompression; overrides the client's `maxResponseBytes`. */
  maxResponseBytes?: number;
}

export interface ApiRequest extends RequestOptions {
  method: "GET" | "POST" | "DELETE";
  /** A path on the configured origin, e.g. `/api/v1/flux_2/text_to_image`. */
  path: string;
  /** Sent as JSON; a `FormData` is sent as multipart/form-data, with the boundary fetch writes. */
  body?: unknown;
  /** Sent as `Idempotency-Key`, the same on every attempt. A POST without one (nor the header) gets a new one. */
  idempotencyKey?: string;
  /** Takes 304 Not Modified as a success without data (a conditional GET); `response.status` tells it apart. */
  notModified?: boolean;
  /** The API answers it without a key (prices): the key is sent when there is one, and not required. */
  keyOptional?: boolean;
  /** `"bytes"` answers a success's body as a Uint8Array (a file's content) rather than parsed JSON. */
  as?: "json" | "bytes";
}

const USER_AGENT = `runapi-sdk-js/${VERSION}`;

/**
 * One API call: JSON or a form in, JSON or bytes out, typed errors, retries with backoff on what is safe to
 * retry, and the key only ever sent to `baseURL`. The caller's headers (an Idempotency-Key included) are the
 * same on every attempt. A redirect is never followed (RedirectError), even to the same origin: the API does
 * not redirect its calls, so one means a baseURL to correct, and following it would send the headers and body (a
 * create's POST, which a 301 to 303 would also turn into a GET) where the caller did not send them. The answer
 * is read within `maxResponseBytes` and the key redacted from it, in every form, before it is parsed.
 */
export async function sendRequest<T>(transport: Transport, request: ApiRequest): Promise<WithResponse<T>> {
  const { options } = transport;
  const { method, path, body } = request;
  const bytes = request.as === "bytes";
  if (!options.apiKey && !request.keyOptional) {
    throw new AuthenticationError(`No RunAPI API key: ${API_KEY_HELP}.`);
  }
  const url = urlOnOrigin(options.baseURL, path);
  const maxBytes = byteBound(request.maxResponseBytes ?? options.maxResponseBytes, "maxResponseBytes");
  // The client's headers, then the call's (names lower-cased, so none is sent twice), then the SDK's own.
  const headers: Record<string, string> = {
    accept: bytes ? "*/*" : "application/json",
    "user-agent": USER_AGENT,
    ...options.headers,
    ...lowerCased(request.headers),
  };
  // One key for every request would answer every create with the first one's task.
  if ("idempotency-key" in options.headers) {
    throw new ValidationError([
      {
        path: "headers.idempotency-key",
        message:
          "headers.idempotency-key must be given per call (create's `idempotencyKey`), not in the client's headers: one key for every request would answer every create with the first one's task",
      },
    ]);
  }
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  // fetch writes a FormData's content type itself (only it knows the boundary), and serializes the form
  // afresh on each attempt, so a form is retried like JSON.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers["content-type"] = "application/json";
  // Every POST carries one Idempotency-Key for all its attempts (the caller's, else a new one): a retry is
  // then safe even when an attempt reached the server before failing.
  const key =
    request.idempotencyKey ?? headers["idempotency-key"] ?? (method === "POST" ? randomId() : undefined);
  if (key !== undefined) headers["idempotency-key"] = key;
  if (request.clientRequestId !== undefined) headers["x-client-request-id"] = request.clientRequestId;
  // What fetch or the API would refuse (an odd key header, a header fetch sets itself, a URL with a password)
  // or hang on is refused here, once, naming the field: never sent, never retried.
  const problem = invalidRequest(options.baseURL, headers);
  if (problem) throw problem;
  const name = `${method} ${path}`;
  return fetchWithRetries<T>(options, {
    url,
    init: {
      method,
      headers,
      body: body === undefined || form ? (body as FormData) : JSON.stringify(body),
      redirect: "manual",
    },
    signal: request.signal,
    timeout: request.timeout,
    maxRetries: request.maxRetries,
    name,
    target: `RunAPI at ${options.baseURL}`,
    refused: () => invalidRequest(options.baseURL, headers),
    log: transport.log && (await transport.log)?.(method, url, path, headers),
    async read(response, { failed }) {
      if (response.status === 304 && request.notModified) return undefined as T;
      const limit = { maxBytes, option: "maxResponseBytes", name, failed };
      if (bytes && response.ok) return (await readBody(boundedBody(response, limit))) as T;
      const raw = await (response.ok ? readText : readErrorText)(response, limit);
      // A proxy may echo the request back: the key never reaches the data, an error or a log line.
      const text = redactSecret(raw, options.apiKey);
      try {
        if (response.ok) return JSON.parse(text) as T;
      } catch {
        // not JSON: the answer is unreadable
      }
      throw errorFromResponse(response.status, response.headers, text, options.apiKey);
    },
  });
}
