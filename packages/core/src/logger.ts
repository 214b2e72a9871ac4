import { LOG_LEVELS, redact } from "./runtime.js";

/** Where log lines go; `console` fits. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

type LogWriter = (
  level: Exclude<LogLevel, "off">,
  message: string,
  details?: Record<string, unknown>,
) => void;

/**
 * A log writer at `level` that prefixes `[runapi]` and removes the API key from every line and detail,
 * whatever carries it (a header, a URL, an echoed body). Loaded only by a client that logs (`logLevel` other
 * than "off"), so an app that does not log never loads it.
 */
function createLogWriter(level: LogLevel, sink: Logger, secret: string | undefined): LogWriter {
  const threshold = LOG_LEVELS.indexOf(level);
  return (at, message, details) => {
    if (LOG_LEVELS.indexOf(at) > threshold) return;
    const line = redact(`[runapi] ${message}`, secret);
    if (details === undefined) sink[at](line);
    else sink[at](line, JSON.parse(redact(JSON.stringify(details), secret)));
  };
}

/**
 * The log lines of one logical request. Their words live here, in the module a client that logs loads, so an
 * app that does not log bundles none of them.
 */
export interface RequestLog {
  /** Debug: attempt number `attempt` (from 0) is sent, with its headers, the key redacted. */
  sent(attempt: number): void;
  /** Info: the answer, and how long its attempt took. */
  answered(response: Response, startedAt: number): void;
  /** Warn with the retry to come (its number, from 1) and its delay; error when none comes. */
  failed(error: Error, retry: number | false, delayMs: number): void;
}

/** Opens the log of a request: what a client that logs hands its transport. */
export type RequestLogger = (
  method: string,
  url: string,
  path: string,
  headers: Record<string, string>,
  maxRetries: number,
) => RequestLog;

export function createRequestLogger(
  level: LogLevel,
  sink: Logger,
  secret: string | undefined,
): RequestLogger {
  const write = createLogWriter(level, sink, secret);
  return (method, url, path, headers, maxRetries) => ({
    sent: (attempt) => write("debug", `${method} ${url} (attempt ${attempt + 1})`, { headers }),
    answered: (response, startedAt) =>
      write("info", `${method} ${path} → ${response.status} in ${Date.now() - startedAt} ms`, {
        requestId: response.headers.get("x-request-id"),
      }),
    failed: (error, retry, delayMs) =>
      write(
        retry ? "warn" : "error",
        `${method} ${path} failed (${error.message})${retry ? `; retry ${retry} of ${maxRetries} in ${Math.round(delayMs)} ms` : ""}`,
      ),
  });
}
