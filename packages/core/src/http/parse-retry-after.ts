/**
 * Reads `retry-after-ms`, then `Retry-After` (seconds or an HTTP date), in milliseconds. A negative or
 * unreadable value is no hint at all; a date already past means "now".
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const milliseconds = Number(headers.get("retry-after-ms") ?? Number.NaN);
  if (milliseconds >= 0 && milliseconds < Infinity) return milliseconds;
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (!Number.isNaN(seconds)) return seconds >= 0 && seconds < Infinity ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
