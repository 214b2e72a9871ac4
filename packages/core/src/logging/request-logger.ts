import { redact } from "../errors/redact.js";
import { LOG_LEVELS, type Logger, type LogLevel } from "./logger.js";

/**
 * The log lines of one logical request. Their words live here, in the module a client that logs loads
 * (`logLevel` other than "off"), so an app that does not log bundles none of them.
 */
export interface RequestLog {
  /** Debug: attempt number `attempt` (from 0) is sent, with its headers, the key redacted. */
  sent(attempt: number): void;
  /** Info: the answer, and how long its attempt took. */
  answered(response: Response, startedAt: number): void;
  /** Warn with the retry to come (its number, from 1, of `maxRetries`) and its delay; error when none comes. */
  failed(error: Error, retry: number | false, maxRetries: number, delayMs: number): void;
}

/** Opens the log of a request: what a client that logs hands its transport. */
export type RequestLogger = (
  method: string,
  url: string,
  path: string,
  headers: Record<string, string>,
) => RequestLog;

/**
 * A request logger writing at `level` and above to `sink`: every line is prefixed `[runapi]`, and the API key
 * is removed from every line and detail, whatever carries it (a header, a URL, an echoed body).
 */
export function createRequestLogger(
  level: LogLevel,
  sink: Logger,
  secret: string | undefined,
): RequestLogger {
  const threshold = LOG_LEVELS.indexOf(level);
  const write = (at: Exclude<LogLevel, "off">, message: string, details?: Record<string, unknown>) => {
    if (LOG_LEVELS.indexOf(at) > threshold) return;
    const line = redact(`[runapi] ${message}`, secret);
    if (details === undefined) sink[at](line);
    else sink[at](line, JSON.parse(redact(JSON.stringify(details), secret)));
  };
  return (method, url, path, headers) => ({
    sent: (attempt) => write("debug", `${method} ${url} (attempt ${attempt + 1})`, { headers }),
    answered: (response, startedAt) =>
      write("info", `${method} ${path} → ${response.status} in ${Date.now() - startedAt} ms`, {
        requestId: response.headers.get("x-request-id"),
      }),
    failed: (error, retry, maxRetries, delayMs) =>
      write(
        retry ? "warn" : "error",
        `${method} ${path} failed (${error.message})${retry ? `; retry ${retry} of ${maxRetries} in ${Math.round(delayMs)} ms` : ""}`,
      ),
  });
}
