import { ValidationError } from "../errors/error-ladder.js";
import { withoutCredentials } from "./without-credentials.js";

/** What the API takes as `Idempotency-Key` and `X-Client-Request-Id`: printable ASCII, 1 to 512 characters. */
const KEY_HEADER_VALUE = /^[ -~]{1,512}$/;

/**
 * Headers of the connection and the body's framing, which fetch sets itself: set by hand they are refused by
 * some runtimes, ignored by others, or leave the request hanging until its timeout.
 */
const SET_BY_FETCH = new Set([
  "connection",
  "content-length",
  "expect",
  "host",
  "keep-alive",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/**
 * What fetch or the API would refuse of a request (its origin, a key, a header), or undefined: fetch refuses
 * them before sending anything, with an error like a network failure's, which would be retried.
 */
export function invalidRequest(
  baseURL: string,
  headers: Record<string, string>,
): ValidationError | undefined {
  const refuse = (path: string, mustBe: string) =>
    new ValidationError([{ path, message: `${path} must be ${mustBe}` }]);
  // A user or password in the URL would travel in every request and every printed URL: refused unechoed.
  if (withoutCredentials(baseURL) !== baseURL) {
    return refuse(
      "baseURL",
      "an http(s) URL without a user or password (give the API key as apiKey, a gateway's token in headers)",
    );
  }
  if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/i.test(baseURL)) {
    return refuse("baseURL", `an http(s) URL such as https://runapi.ai, not ${JSON.stringify(baseURL)}`);
  }
  for (const [option, name] of [
    ["idempotencyKey", "idempotency-key"],
    ["clientRequestId", "x-client-request-id"],
  ] as const) {
    const value = headers[name];
    if (value !== undefined && !KEY_HEADER_VALUE.test(value))
      return refuse(option, "printable ASCII of 1 to 512 characters");
  }
  for (const name in headers) {
    if (!/^[\w!#$%&'*+.^`|~-]+$/.test(name)) {
      return refuse("headers", `named without spaces or separators, not ${JSON.stringify(name)}`);
    }
    if (SET_BY_FETCH.has(name)) {
      return new ValidationError([
        {
          path: `headers.${name}`,
          message: `headers.${name} is set by fetch itself and cannot be set by hand: remove it`,
        },
      ]);
    }
    // fetch takes Latin-1 without line breaks or NUL.
    if (/[\0\r\n\u0100-\uffff]/.test(String(headers[name])))
      return refuse(`headers.${name}`, "Latin-1 text without line breaks");
  }
  return undefined;
}
