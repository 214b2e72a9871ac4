import type { Logger, LogLevel } from "../logging/logger.js";
import type { RequestLogger } from "../logging/request-logger.js";

/** A client's options with the environment and the defaults applied. */
export interface ResolvedOptions {
  apiKey: string | undefined;
  baseURL: string;
  timeout: number;
  maxRetries: number;
  maxResponseBytes: number;
  maxDownloadBytes: number;
  fetch: typeof fetch;
  /** The client's `headers`, their names lower-cased. */
  headers: Record<string, string>;
  logLevel: LogLevel;
  logger: Logger;
}

/** What the transport needs from a client: its options and its (redacting) log writer. */
export interface Transport {
  options: ResolvedOptions;
  /** The log writer, loading; absent when logging is off, and undefined when its module failed to load. */
  log: Promise<RequestLogger | undefined> | undefined;
}
