import { redactHeaders, redactSecret } from "../errors/redact.js";

/**
 * The answer with the secret redacted from its headers and status text, for all that shows them (errors and
 * their request ids, log lines, `withResponse()`): a server or proxy may echo the key in any header. The
 * answer itself when neither holds it, as nearly always; else a copy with the same body.
 */
export function redactedResponse(response: Response, secret: string | undefined): Response {
  const headers = redactHeaders(response.headers, secret);
  const statusText = redactSecret(response.statusText, secret);
  if (headers === response.headers && statusText === response.statusText) return response;
  const { status, url } = response;
  // 204, 205 and 304 answers have no body, and a Response of theirs may not be given one.
  const body = status === 204 || status === 205 || status === 304 ? null : response.body;
  const copy = new Response(body, { status, statusText, headers });
  Object.defineProperty(copy, "url", { value: url });
  return copy;
}
