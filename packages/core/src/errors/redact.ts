/**
 * Replaces the secret (and any bearer token) with `***`. A placeholder such as the API's own advice
 * "Authorization: Bearer <key>" is not a token and stays readable.
 */
export function redact(text: string, secret: string | undefined): string {
  const withoutBearer = text.replace(/(Bearer\s+)(?!<[\w -]*>)[^\s"',]+/gi, "$1***");
  return secret ? withoutBearer.split(secret).join("***") : withoutBearer;
}
