import { createServer, STATUS_CODES } from "node:http";
import type { AddressInfo } from "node:net";
import { priceSchedules } from "../billing/price-schedules.js";
import { type CallbackDelivery, Callbacks, DEFAULT_CALLBACK_OPTIONS } from "../callbacks/callbacks.js";
import { FaultInjector } from "../faults/fault-injector.js";
import type { FaultRule, Faults } from "../faults/fault-rule.js";
import { RateLimiter, type RateLimitOptions } from "../faults/rate-limiter.js";
import { DEFAULT_SOURCE_TIMEOUT_MS } from "../files/create-file.js";
import { RenderCache } from "../outputs/render-cache.js";
import { findSpecsDir } from "../spec/find-specs-dir.js";
import { loadSpecs } from "../spec/load-specs.js";
import {
  type AccountOptions,
  Accounts,
  type BalanceView,
  DEFAULT_BALANCE_CENTS,
  type LedgerEntry,
} from "../state/accounts.js";
import { type EmulatorState, HYBRID_ANSWERS, type HybridAnswer } from "../state/emulator-state.js";
import {
  DEFAULT_FILE_TTL_MS,
  DEFAULT_MAX_UPLOAD_BYTES,
  type FileInfo,
  FileStore,
} from "../state/file-store.js";
import { IdempotencyStore, type IdempotentAnswer } from "../state/idempotency-store.js";
import { PersistentFileStore } from "../state/persistent-file-store.js";
import { TaskStore } from "../state/task-store.js";
import { DEFAULT_UPLOAD_TTL_MS, UploadStore } from "../state/upload-store.js";
import { taskView } from "../tasks/task-view.js";
import { errorAnswer, writeAnswer } from "./answer.js";
import { answerHeaders, newRequestId } from "./answer-headers.js";
import { closeSoon } from "./close-after-answer.js";
import type { RecordedRequest } from "./request.js";
import { DEFAULT_MAX_RECORDED_REQUESTS, RequestLog } from "./request-log.js";
import { respond } from "./respond.js";

export const DEFAULT_API_KEY = "rk_test_emulator";
export const DEFAULT_OUTPUT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** How long a client may take to send a request's headers before 408 and a closed connection. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
/** How long a client may take to send a whole request, body included, before 408 and a closed connection. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** How long a kept-alive connection may sit idle between requests before it is closed. */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 5_000;

export interface EmulatorOptions {
  /** 0 picks a free port (tests). The CLI defaults to 4010. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** Default: the specs this package carries (from its sources in the repository: the repository's specs/). */
  specsDir?: string;
  /** How long a task stays "processing" before it ends; default 2000. */
  taskDurationMs?: number;
  /**
   * Whether a read of an unfinished task carries `Retry-After` and `retry-after-ms` saying when it is expected
   * to end, a hint clients may use to read less often without learning later. Default false, as the contract
   * promises `Retry-After` only on 429 and 503; true shows what a client does with such a hint.
   */
  pollHints?: boolean;
  /**
   * How an action that may answer 202 answers its create: `auto` (default) answers a hybrid action 202 +
   * Location when its work takes time (taskDurationMs > 0) and the result at once otherwise, a sync action its
   * result; `accepted` answers both 202 + Location, as the API may even for a sync action; `result` answers both
   * the result at once.
   */
  hybridAnswer?: HybridAnswer;
  /**
   * The accounts, each an API key with a balance. Default: one for DEFAULT_API_KEY with 1,000,000 cents.
   * The first one's key is `emulator.apiKey`.
   */
  accounts?: AccountOptions[];
  /** Accepted bearer keys, each an account with the default balance (after `accounts`, skipping repeats). */
  apiKeys?: string[];
  /** Every Nth created task fails (0 or absent: never), on top of failNextTask(). */
  failEvery?: number;
  /** Fault rules in force from the start, as if passed to `faults.add` in order. */
  faults?: FaultRule[];
  /** Requests per second each API key may send; over it, 429 rate_limited with Retry-After. Default: no limit. */
  rateLimit?: RateLimitOptions;
  /** How long the URL of an uploaded file lives; default 1 hour. After it: 410 file_expired. */
  fileTtlMs?: number;
  /** How long a task's output URLs live after the task ends; default 7 days. After it: 410 file_expired. */
  outputTtlMs?: number;
  /**
   * The largest file `POST /api/v1/files`, a direct upload, `POST /v1/files` or a multipart upload (its declared
   * `bytes`) accepts; default 20 MiB. Over it: 413, and a file fetched from a source URL stops being read.
   */
  maxUploadBytes?: number;
  /** How long a multipart upload (`POST /v1/uploads`) may stay pending; default 1 hour. After it: `expired`. */
  uploadTtlMs?: number;
  /**
   * How long `POST /api/v1/files` may take to fetch a loopback source URL, body included; default 10,000. Past it:
   * 422 file_fetch_failed.
   */
  sourceTimeoutMs?: number;
  /** Tries per callback, the first included; default 3. */
  callbackAttempts?: number;
  /** Wait before a callback's second try, doubling for each further one; default 1000. */
  callbackRetryDelayMs?: number;
  /**
   * How many of the last requests `requests` keeps; default 10,000, 0 keeps none. However many, the log holds at
   * most 16 MiB (each body cut to its first 64 KiB), dropping the oldest first.
   */
  maxRecordedRequests?: number;
  /** How long a client may take to send a request's headers; default 10,000. Past it: 408, connection closed. */
  headersTimeoutMs?: number;
  /**
   * How long a client may take to send a whole request, body included; default 60,000, at least
   * `headersTimeoutMs`. Past it: 408, connection closed.
   */
  requestTimeoutMs?: number;
  /** How long a kept-alive connection may sit idle between requests before it is closed; default 5,000. */
  keepAliveTimeoutMs?: number;
}

export interface Emulator {
  /** e.g. http://127.0.0.1:43123 */
  url: string;
  /** The first account's key. */
  apiKey: string;
  /**
   * The last requests received (`maxRecordedRequests`, default 10,000), oldest first, including rejected ones;
   * one array kept up to date in place. Each body is kept up to 64 KiB (longer ones are cut, `bodyTruncated`).
   */
  requests: RecordedRequest[];
  /** Every request received since the start, including those `requests` no longer holds. */
  requestsReceived(): number;
  /** Distinct tasks created; an idempotent replay creates none. */
  tasksCreated(): number;
  /** The next created task ends "failed" with this message (default "The generation failed."). */
  failNextTask(message?: string): void;
  /** Injected failures: error statuses, resets, slow, cut or malformed answers, by rule or at random. */
  faults: Faults;
  /** The balance of an account (default: the first), as `GET /api/v1/me/balance` answers it, ended tasks settled. */
  account(apiKey?: string): BalanceView;
  /** The money of every task, in creation order, ended tasks settled: reserved, charged, refunded, movements. */
  ledger(): LedgerEntry[];
  /** Every callback try, in the order they ended. */
  callbacks(): CallbackDelivery[];
  /** Every stored file (uploaded, from base64 or from a URL), with where it came from. */
  files(): FileInfo[];
  /** Stops listening, closes keep-alive sockets and stops callbacks, so the process can exit. */
  close(): Promise<void>;
}

function accountsOf(options: EmulatorOptions): AccountOptions[] {
  const accounts = [...(options.accounts ?? [])];
  for (const apiKey of options.apiKeys ?? []) {
    if (!accounts.some((account) => account.apiKey === apiKey)) {
      accounts.push({ apiKey, balanceCents: DEFAULT_BALANCE_CENTS });
    }
  }
  return accounts.length > 0 ? accounts : [{ apiKey: DEFAULT_API_KEY, balanceCents: DEFAULT_BALANCE_CENTS }];
}

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value >= 0))
    throw new Error(`${name} must be a non-negative number, got ${value}`);
  return value;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0))
    throw new Error(`${name} must be a positive number, got ${value}`);
  return value;
}

/** The server's timeouts, checked so a mistake fails the start with the option's name rather than Node's. */
function timeoutsOf(options: EmulatorOptions) {
  const headersTimeout = positive("headersTimeoutMs", options.headersTimeoutMs, DEFAULT_HEADERS_TIMEOUT_MS);
  const requestTimeout = positive(
    "requestTimeoutMs",
    options.requestTimeoutMs,
    Math.max(DEFAULT_REQUEST_TIMEOUT_MS, headersTimeout),
  );
  if (headersTimeout > requestTimeout) {
    throw new Error(
      `headersTimeoutMs (${headersTimeout}) must not be longer than requestTimeoutMs (${requestTimeout})`,
    );
  }
  const keepAliveTimeout = positive(
    "keepAliveTimeoutMs",
    options.keepAliveTimeoutMs,
    DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  );
  // Node looks for late connections this often: often enough that none outlives its timeout by much.
  const connectionsCheckingInterval = Math.max(10, Math.min(1000, Math.floor(headersTimeout / 2)));
  return { headersTimeout, requestTimeout, keepAliveTimeout, connectionsCheckingInterval };
}

function oneOf<T extends string>(name: string, value: T | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value))
    throw new Error(`${name} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
  return value;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? "127.0.0.1";
  // Everything is checked up front, so a broken spec or option fails the start, not a request.
  const accounts = new Accounts(accountsOf(options));
  const actions = loadSpecs(options.specsDir ?? findSpecsDir());
  const faults = new FaultInjector();
  for (const rule of options.faults ?? []) faults.add(rule);
  const timeouts = timeoutsOf(options);
  const settings = {
    fileTtlMs: nonNegative("fileTtlMs", options.fileTtlMs, DEFAULT_FILE_TTL_MS),
    outputTtlMs: nonNegative("outputTtlMs", options.outputTtlMs, DEFAULT_OUTPUT_TTL_MS),
    maxUploadBytes: nonNegative("maxUploadBytes", options.maxUploadBytes, DEFAULT_MAX_UPLOAD_BYTES),
    uploadTtlMs: nonNegative("uploadTtlMs", options.uploadTtlMs, DEFAULT_UPLOAD_TTL_MS),
    sourceTimeoutMs: nonNegative("sourceTimeoutMs", options.sourceTimeoutMs, DEFAULT_SOURCE_TIMEOUT_MS),
    pollHints: options.pollHints ?? false,
    hybridAnswer: oneOf("hybridAnswer", options.hybridAnswer, HYBRID_ANSWERS, "auto"),
  };
  let url = "";
  const store = new TaskStore(options.taskDurationMs ?? 2000, options.failEvery ?? 0, (task, status) => {
    if (status === "completed") accounts.charge(task.id, store.endsAt(task));
    else accounts.refund(task.id);
  });
  const callbacks = new Callbacks(
    {
      ...DEFAULT_CALLBACK_OPTIONS,
      ...(options.callbackAttempts !== undefined ? { attempts: options.callbackAttempts } : {}),
      ...(options.callbackRetryDelayMs !== undefined ? { retryDelayMs: options.callbackRetryDelayMs } : {}),
    },
    store,
    (task) => taskView(store, task, url),
  );
  const persistentFiles = new PersistentFileStore();
  const state: EmulatorState = {
    actions,
    store,
    idempotency: new IdempotencyStore(),
    accounts,
    rateLimiter: options.rateLimit ? new RateLimiter(options.rateLimit) : undefined,
    callbacks,
    files: new FileStore(settings.fileTtlMs),
    persistentFiles,
    uploads: new UploadStore(settings.uploadTtlMs, persistentFiles),
    fileIdempotency: new IdempotencyStore<IdempotentAnswer>(),
    prices: priceSchedules(actions, new Date().toISOString()),
    settings,
    log: new RequestLog(
      nonNegative("maxRecordedRequests", options.maxRecordedRequests, DEFAULT_MAX_RECORDED_REQUESTS),
    ),
    baseUrl: () => url,
    renders: new RenderCache(),
  };

  const server = createServer(timeouts, (req, res) => {
    respond(state, faults, req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const answer = errorAnswer(
        500,
        "internal_error",
        error instanceof Error ? error.message : String(error),
      );
      writeAnswer(res, { ...answer, headers: { ...answerHeaders(req.headers), ...answer.headers } });
    });
  });
  // What Node's HTTP parser refuses (headers too large, a malformed request line, a timeout) is answered in
  // the API's error shape with a request id, like every other answer, rather than as a bare status line.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy();
    const [status, code, message] =
      error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "headers_too_large", "The request's headers are too large."]
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? [408, "request_timeout", "The request was not received in time."]
          : [400, "bad_request", `The request is not valid HTTP (${error.code ?? error.message}).`];
    const body = JSON.stringify({ error: { code, message } });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${newRequestId()}\r\nconnection: close\r\n\r\n${body}`,
    );
    // Half closed, the connection would stay open for as long as the client keeps its side open.
    closeSoon(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const firstKey = accounts.keys()[0]!;

  return {
    url,
    apiKey: firstKey,
    requests: state.log.requests,
    requestsReceived: () => state.log.received,
    tasksCreated: () => store.count,
    failNextTask: (message) => store.failNext(message),
    faults: {
      add: (rule) => faults.add(rule),
      clear: () => faults.clear(),
      pending: () => faults.pending(),
      random: (random) => faults.random(random),
    },
    account: (apiKey = firstKey) => {
      store.settleDue(apiKey);
      return accounts.balance(apiKey);
    },
    ledger: () => {
      store.settleDue();
      return accounts.ledger();
    },
    callbacks: () => callbacks.deliveries(),
    files: () => state.files.list(url),
    close: () =>
      new Promise<void>((resolve, reject) => {
        callbacks.close();
        server.close((error) => (error ? reject(error) : resolve()));
        // close() alone waits for idle keep-alive sockets to time out; that would hold the process open.
        server.closeAllConnections();
      }),
  };
}
