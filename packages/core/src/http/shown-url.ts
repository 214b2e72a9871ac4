/**
 * A URL as errors show it: without credentials, query or fragment, which may hold a signature or a token. A
 * relative one (a Location header's) keeps its path.
 */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = parsed.password = parsed.search = parsed.hash = "";
    return parsed.href;
  } catch {
    return url.split(/[?#]/)[0] as string;
  }
}
