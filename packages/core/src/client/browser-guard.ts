import { ValidationError } from "../errors/error-ladder.js";

/**
 * Whether this runs in a web page: a `window` with a `document`. Servers, edge runtimes and workers have no
 * `window` (Deno 1 has one, without a `document`).
 */
function inBrowser(): boolean {
  const { window } = globalThis as { window?: { document?: unknown } };
  return typeof window === "object" && window !== null && window.document !== undefined;
}

/**
 * Refuses a client with an API key in a web page, unless `dangerouslyAllowBrowser`: whoever opens the page can
 * read the key from its code or its requests, and spend the account's balance with it.
 */
export function refuseKeyInBrowser(apiKey: string | undefined, dangerouslyAllowBrowser = false): void {
  if (!apiKey || dangerouslyAllowBrowser || !inBrowser()) return;
  throw new ValidationError([
    {
      path: "apiKey",
      message:
        "apiKey would be visible to anyone using this page: call RunAPI from your server instead (a route of yours that holds the key), or pass dangerouslyAllowBrowser: true if you accept that anyone using the page can read and spend it",
    },
  ]);
}
