/** Replaces the secret (and any bearer token) with `***`. */
export function redact(text: string, secret: string | undefined): string {
  const withoutBearer = text.replace(/(Bearer\s+)[^\s"',]+/gi, "$1***");
  return secret ? withoutBearer.split(secret).join("***") : withoutBearer;
}
