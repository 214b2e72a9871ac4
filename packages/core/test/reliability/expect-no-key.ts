import { inspect } from "node:util";
import { expect } from "vitest";

/** `text` as written and decoded: JSON `\u` escapes (however many backslashes) and URL encoding undone. */
function decodings(text: string): string[] {
  const unescaped = text.replace(/\\+u([0-9a-fA-F]{4})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  const decoded = unescaped.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return [text, unescaped, decoded];
}

/** Asserts that no form of `key` (as sent, JSON-escaped, URL-encoded) shows in any of `texts`. */
export function expectNoKeyIn(texts: readonly string[], key: string): void {
  for (const text of texts) {
    for (const form of decodings(text))
      expect(form, `the key shows in ${text.slice(0, 200)}`).not.toContain(key);
  }
}

/**
 * Asserts that the key shows nowhere a user could see an error: its message, `String`, `JSON.stringify`,
 * `util.inspect` with hidden properties, `requestId`, every kept header and every error of its `cause` chain,
 * in any form (as sent, JSON-escaped, URL-encoded).
 */
export function expectNoKey(error: unknown, key: string): void {
  expect(error).toBeInstanceOf(Error);
  const { message, requestId, headers } = error as Error & { requestId?: string; headers?: Headers };
  const texts = [
    message,
    String(error),
    JSON.stringify(error),
    inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
    String(requestId),
  ];
  for (const [name, value] of headers ?? []) texts.push(`${name}: ${value}`);
  let cause = (error as Error).cause;
  for (let depth = 0; cause !== undefined && depth < 16; depth++) {
    const { message: causeMessage, stack } = Object(cause) as Error;
    texts.push(String(cause), String(causeMessage), String(stack), inspect(cause, { showHidden: true }));
    cause = (cause as Error).cause;
  }
  expectNoKeyIn(texts, key);
}
