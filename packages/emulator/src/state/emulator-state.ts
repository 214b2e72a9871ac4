import type { Schedules } from "../billing/price-schedules.js";
import type { Callbacks } from "../callbacks/callbacks.js";
import type { RateLimiter } from "../faults/rate-limiter.js";
import type { RequestLog } from "../http/request-log.js";
import type { RenderCache } from "../outputs/render-cache.js";
import type { Action } from "../spec/load-specs.js";
import type { Accounts } from "./accounts.js";
import type { FileStore } from "./file-store.js";
import type { IdempotencyStore, IdempotentAnswer } from "./idempotency-store.js";
import type { PersistentFileStore } from "./persistent-file-store.js";
import type { TaskStore } from "./task-store.js";
import type { UploadStore } from "./upload-store.js";

/** Limits and lifetimes fixed at start. */
export interface Settings {
  fileTtlMs: number;
  outputTtlMs: number;
  maxUploadBytes: number;
  /** How long a multipart upload may stay pending before it expires. */
  uploadTtlMs: number;
  /** How long fetching a file from a source URL may take, body included. */
  sourceTimeoutMs: number;
  /** Whether reads of unfinished tasks say when the task is expected to end. */
  pollHints: boolean;
  /** How an action that may answer 202 answers its create (see `EmulatorOptions.hybridAnswer`). */
  hybridAnswer: HybridAnswer;
}

/**
 * How the create of an action that may answer 202 is answered: `auto` (the default) answers a hybrid action
 * 202 + Location when its work takes time and the result when it takes none, and a sync action its result;
 * `accepted` answers both 202 + Location, as the API may; `result` answers both the result at once.
 */
export type HybridAnswer = "auto" | "accepted" | "result";

export const HYBRID_ANSWERS: readonly HybridAnswer[] = ["auto", "accepted", "result"];

/** Everything a request handler needs; one per running emulator. */
export interface EmulatorState {
  actions: readonly Action[];
  store: TaskStore;
  idempotency: IdempotencyStore;
  accounts: Accounts;
  /** Absent when rate limiting is off (the default). */
  rateLimiter: RateLimiter | undefined;
  callbacks: Callbacks;
  /** Temporary files (`/api/v1/files`). */
  files: FileStore;
  /** Files kept until deleted (`/v1/files`) and multipart uploads (`/v1/uploads`). */
  persistentFiles: PersistentFileStore;
  uploads: UploadStore;
  /** Idempotency-Keys of `/v1` POSTs, with the answer a retry gets again. */
  fileIdempotency: IdempotencyStore<IdempotentAnswer>;
  prices: Schedules;
  settings: Settings;
  /** The last requests received, bounded. */
  log: RequestLog;
  baseUrl: () => string;
  /** Rendered output files, so a file is drawn once however often it is downloaded. */
  renders: RenderCache;
}
