/**
 * Replaces the secret (and any bearer token) with `***`, in every form a server may echo the secret in (see
 * redactSecret). A placeholder such as the API's own advice "Authorization: Bearer <key>" is not a token and
 * stays readable.
 */
export function redact(text: string, secret: string | undefined): string {
  return redactSecret(text.replace(/(Bearer\s+)(?!<[\w -]*>)[^\s"',]+/gi, "$1***"), secret);
}

/**
 * Replaces the secret with `***` as it was sent and as a server may echo it: each character JSON-escaped
 * (`\u0072`, its backslash itself escaped any number of times, as in JSON inside JSON) or URL-encoded (`%72`).
 * A secret under 8 characters (a test key such as "k") is left alone: it would match ordinary words in
 * answers and mangle them; after `Bearer` it is still redacted.
 */
export function redactSecret(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 8) return text;
  // Every form but the key as sent holds a backslash or a percent sign: most texts are cleared at once.
  if (!text.includes(secret) && !/[\\%]/.test(text)) return text;
  return text.replace(secretPattern(secret), "***");
}

let cached: { secret: string; pattern: RegExp } | undefined;

function secretPattern(secret: string): RegExp {
  if (cached?.secret !== secret) {
    // Hex digits in either case: `\u00AB` and `%ab` decode alike.
    const hex = (code: number, digits: number) =>
      code
        .toString(16)
        .padStart(digits, "0")
        .replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`);
    const forms = [...secret].map((char) => {
      const code = char.charCodeAt(0);
      const literal = char.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
      return `(?:\\\\*${literal}|\\\\+u${hex(code, 4)}|(?:%|\\\\+u0025)${hex(code, 2)})`;
    });
    cached = { secret, pattern: new RegExp(forms.join(""), "g") };
  }
  return cached.pattern;
}

/** `headers` with the secret redacted from every name and value: the same object when none holds it. */
export function redactHeaders(headers: Headers, secret: string | undefined): Headers {
  const holds = (text: string) => redactSecret(text, secret) !== text;
  let found = false;
  headers.forEach((value, name) => {
    found ||= holds(name) || holds(value);
  });
  if (!found) return headers;
  const redacted = new Headers();
  headers.forEach((value, name) => {
    redacted.append(redactSecret(name, secret), redactSecret(value, secret));
  });
  return redacted;
}

/**
 * An error to keep as a cause: the error itself, or when its message, stack or a cause of its own shows the
 * secret, a copy of its name, message, code, stack and causes with the secret redacted.
 */
export function redactError(error: unknown, secret: string | undefined, depth = 0): unknown {
  if (typeof error === "string") return redact(error, secret);
  const { name, message, stack, code, cause } = Object(error) as Partial<Error> & { code?: unknown };
  // An Error of another realm (an edge runtime's) fails instanceof: anything with a message is taken as one.
  if (typeof message !== "string" || depth > 8) return error;
  const shown = {
    message: redact(message, secret),
    stack: stack && redact(stack, secret),
    cause: redactError(cause, secret, depth + 1),
  };
  if (shown.message === message && shown.stack === stack && shown.cause === cause) return error;
  const copy = new Error(shown.message, shown.cause === undefined ? undefined : { cause: shown.cause });
  Object.assign(copy, { name, stack: shown.stack }, code === undefined ? {} : { code });
  return copy;
}
