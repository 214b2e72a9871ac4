/** Where log lines go; `console` fits. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

const RANKS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export type LogWriter = (
  level: Exclude<LogLevel, "off">,
  message: string,
  details?: Record<string, unknown>,
) => void;

/**
 * A log writer at `level` that prefixes `[runapi]` and removes the API key from every line and detail,
 * whatever carries it (a header, a URL, an echoed body).
 */
export function createLogWriter(level: LogLevel, sink: Logger, secret: string | undefined): LogWriter {
  const threshold = RANKS[level] ?? 0;
  return (at, message, details) => {
    if (RANKS[at] > threshold) return;
    const line = redact(`[runapi] ${message}`, secret);
    if (details === undefined) sink[at](line);
    else sink[at](line, JSON.parse(redact(JSON.stringify(details), secret)));
  };
}

/** Replaces the secret (and any bearer token) with `***`. */
export function redact(text: string, secret: string | undefined): string {
  const withoutBearer = text.replace(/(Bearer\s+)[^\s"',]+/gi, "$1***");
  return secret ? withoutBearer.split(secret).join("***") : withoutBearer;
}

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && value in RANKS;
}
