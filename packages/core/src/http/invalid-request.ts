import { ValidationError } from "../errors/error-ladder.js";

/** What the API takes as `Idempotency-Key` and `X-Client-Request-Id`: printable ASCII, 1 to 512 characters. */
export const KEY_HEADER_VALUE = /^[ -~]{1,512}$/;

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
    // fetch takes Latin-1 without line breaks or NUL.
    if (/[\0\r\n\u0100-\uffff]/.test(String(headers[name])))
      return refuse(`headers.${name}`, "Latin-1 text without line breaks");
  }
  return undefined;
}
