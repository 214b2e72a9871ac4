/** Where log lines go; `console` fits. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

const LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

export type LogWriter = (
  level: Exclude<LogLevel, "off">,
  message: string,
  details?: Record<string, unknown>,
) => void;

/**
 * A log writer at `level` that prefixes `[runapi]` and removes the API key from every line and detail,
 * whatever carries it (a header, a URL, an echoed body). None when logging is off, so callers that write
 * `log?.(...)` do not even build their lines.
 */
export function createLogWriter(
  level: LogLevel,
  sink: Logger,
  secret: string | undefined,
): LogWriter | undefined {
  const threshold = LEVELS.indexOf(level);
  if (threshold < 1) return undefined;
  return (at, message, details) => {
    if (LEVELS.indexOf(at) > threshold) return;
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
  return LEVELS.includes(value as LogLevel);
}
