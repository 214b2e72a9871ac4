import { lowerCased } from "../http/lower-cased.js";
import { DEFAULT_MAX_RETRIES } from "../http/retry-policy.js";
import type { ResolvedOptions } from "../http/transport.js";
import { LOG_LEVELS, type Logger, type LogLevel } from "../logging/logger.js";
import type { ValidateInputOptions } from "../validation/validate-input.js";
import { readEnv } from "./read-env.js";

/** Options every family client accepts; `strict` (default true) is every call's unless the call gives its own. */
export interface ClientOptions extends ValidateInputOptions {
  /** Your RunAPI key. Defaults to `RUNAPI_API_KEY`, then `RUNAPI_KEY`, from the environment. */
  apiKey?: string;
  /** API origin. Defaults to `RUNAPI_BASE_URL`, then the spec's `servers[0]` (`https://runapi.ai`). The key is only ever sent here. */
  baseURL?: string;
  /** Milliseconds one attempt may take, until its body is read. Default 10 minutes: generation can be slow. */
  timeout?: number;
  /** Retries after a 408, 429, 5xx, network error or timeout. Default 2. Creates are retried with one idempotency key. */
  maxRetries?: number;
  /**
   * The most bytes an API answer may have, counted after decompression: past it the read stops and the call
   * fails with `ResponseTooLargeError`. Default 16 MiB (the largest answer, every family's prices, is well under
   * 1 MiB); also a per-call option.
   */
  maxResponseBytes?: number;
  /**
   * The most bytes a download may have (`files.download`, an output's `download()`, `downloadToPath`), counted
   * as received: past it the download stops with `ResponseTooLargeError`. Default 2 GiB; also per download.
   */
  maxDownloadBytes?: number;
  /** A `fetch` to use instead of the global one (a proxy agent, a test server). */
  fetch?: typeof fetch;
  /**
   * Headers sent with every API request (a gateway's, a tracing id), under each call's own `headers`; never sent
   * to file URLs. They cannot replace the key's `authorization`, and may not hold an `Idempotency-Key`, which
   * belongs to one create.
   */
  headers?: Record<string, string>;
  /**
   * Lets a client with an API key be made in a browser, where anyone using the page can read the key and spend
   * it. Default false: such a client throws `ValidationError`; call RunAPI from your server instead.
   */
  dangerouslyAllowBrowser?: boolean;
  /** How much to log: "off" (default, or `RUNAPI_LOG`), "error", "warn", "info", "debug". The key is always redacted. */
  logLevel?: LogLevel;
  /** Where log lines go. Default `console`. */
  logger?: Logger;
}

const isLogLevel = (value: unknown): value is LogLevel => LOG_LEVELS.includes(value as LogLevel);

export const DEFAULT_BASE_URL = "https://runapi.ai";
export const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_DOWNLOAD_BYTES = 2 * 1024 * 1024 * 1024;

/** Merges explicit options with the environment; a key given as a plain string is the `apiKey`. */
export function resolveOptions(
  input: string | ClientOptions | undefined,
  defaultBaseURL = DEFAULT_BASE_URL,
): ResolvedOptions {
  const options: ClientOptions = typeof input === "string" ? { apiKey: input } : (input ?? {});
  const baseURL = options.baseURL?.trim() || readEnv("RUNAPI_BASE_URL") || defaultBaseURL;
  const envLevel = readEnv("RUNAPI_LOG");
  return {
    apiKey: options.apiKey?.trim() || readEnv("RUNAPI_API_KEY") || readEnv("RUNAPI_KEY"),
    baseURL: baseURL.replace(/\/+$/, ""),
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: Math.max(0, Math.floor(options.maxRetries ?? DEFAULT_MAX_RETRIES)),
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxDownloadBytes: options.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES,
    // Called as a plain function, as a browser's own fetch must be (not as a method of these options).
    fetch: (...args) => (options.fetch ?? globalThis.fetch)(...args),
    headers: lowerCased(options.headers),
    logLevel: options.logLevel ?? (isLogLevel(envLevel) ? envLevel : "off"),
    logger: options.logger ?? console,
  };
}
