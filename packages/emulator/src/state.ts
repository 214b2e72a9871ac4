import type { IncomingHttpHeaders } from "node:http";
import type { Accounts } from "./accounts.js";
import type { Callbacks } from "./callbacks.js";
import type { FileStore } from "./files.js";
import type { IdempotencyStore } from "./idempotency.js";
import type { Action } from "./load-specs.js";
import type { RenderCache } from "./outputs.js";
import type { PriceSchedule } from "./prices.js";
import type { RateLimiter } from "./rate-limit.js";
import type { TaskStore } from "./task-store.js";
import type { ValidationResult } from "./validate-request.js";

export interface RecordedRequest {
  method: string;
  /** The request target as sent: path plus query string. */
  path: string;
  headers: Record<string, string>;
  /**
   * Parsed JSON; the raw text when it is not JSON; undefined when there was no body. The bytes PUT to a direct
   * upload URL are kept as a Buffer, since they are rarely text.
   */
  body: unknown;
  /** The kind of the fault injected into this request's answer, when one was. */
  fault?: string;
}

/** A request whose body has been read; what a handler sees. */
export interface ReceivedRequest {
  method: string;
  /** The path without the query string. */
  pathname: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The body as UTF-8 text (JSON routes). */
  text: string;
  /** The body as sent (direct uploads). */
  bytes: Buffer;
  /** Whether the body was over `bodyLimit`, in which case `text` and `bytes` are cut short. */
  tooLarge: boolean;
  bodyLimit: number;
}

/** Limits and lifetimes fixed at start. */
export interface Settings {
  fileTtlMs: number;
  outputTtlMs: number;
  maxUploadBytes: number;
  /** Whether reads of unfinished tasks say when the task is expected to end. */
  pollHints: boolean;
}

/** Everything a request handler needs; one per running emulator. */
export interface EmulatorState {
  actions: readonly Action[];
  validate: (action: Action, body: unknown) => ValidationResult;
  store: TaskStore;
  idempotency: IdempotencyStore;
  accounts: Accounts;
  /** Absent when rate limiting is off (the default). */
  rateLimiter: RateLimiter | undefined;
  callbacks: Callbacks;
  files: FileStore;
  prices: { as_of: string; price_schedules: PriceSchedule[] };
  settings: Settings;
  requests: RecordedRequest[];
  baseUrl: () => string;
  /** Rendered output files, so a file is drawn once however often it is downloaded. */
  renders: RenderCache;
}
