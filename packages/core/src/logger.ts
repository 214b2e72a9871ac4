import { LOG_LEVELS, redact } from "./runtime.js";

/** Where log lines go; `console` fits. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

export type LogWriter = (
  level: Exclude<LogLevel, "off">,
  message: string,
  details?: Record<string, unknown>,
) => void;

/**
 * A log writer at `level` that prefixes `[runapi]` and removes the API key from every line and detail,
 * whatever carries it (a header, a URL, an echoed body). Loaded only by a client that logs (`logLevel` other
 * than "off"), so an app that does not log never loads it.
 */
export function createLogWriter(level: LogLevel, sink: Logger, secret: string | undefined): LogWriter {
  const threshold = LOG_LEVELS.indexOf(level);
  return (at, message, details) => {
    if (LOG_LEVELS.indexOf(at) > threshold) return;
    const line = redact(`[runapi] ${message}`, secret);
    if (details === undefined) sink[at](line);
    else sink[at](line, JSON.parse(redact(JSON.stringify(details), secret)));
  };
}
