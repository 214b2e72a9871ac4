import { ConnectionError } from "../errors/error-ladder.js";

/** Joins a path to the origin and refuses anything that would leave it, so the key never travels elsewhere. */
export function urlOnOrigin(baseURL: string, path: string): string {
  // A path with one leading slash cannot leave the origin, so it is joined as text (the common, fast case).
  if (/^\/(?![/\\])/.test(path)) return baseURL + path;
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
