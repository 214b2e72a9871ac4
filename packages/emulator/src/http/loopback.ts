const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/**
 * Whether the emulator may call this URL. It stays off the network (tests must not reach the internet), so only
 * HTTP(S) URLs on this machine's loopback are fetched or called back; others are recorded instead.
 */
export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
    return LOOPBACK_HOSTS.has(parsed.hostname) || /^127(\.\d{1,3}){3}$/.test(parsed.hostname);
  } catch {
    return false;
  }
}
