import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FaultInjector, type FaultRule, type Faults } from "./faults.js";
import { findSpecsDir } from "./find-specs-dir.js";
import { errorAnswer, writeAnswer } from "./http-io.js";
import { IdempotencyStore } from "./idempotency.js";
import { loadSpecs } from "./load-specs.js";
import { respond } from "./respond.js";
import type { EmulatorState, RecordedRequest } from "./routes.js";
import { TaskStore } from "./task-store.js";
import { createRequestValidator } from "./validate-request.js";

export const DEFAULT_API_KEY = "rk_test_emulator";

export interface EmulatorOptions {
  /** 0 picks a free port (tests). The CLI defaults to 4010. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** Default: the repository's specs/ folder, found from this package's own file. */
  specsDir?: string;
  /** How long a task stays "processing" before it ends; default 2000. */
  taskDurationMs?: number;
  /** Accepted bearer keys; default [DEFAULT_API_KEY]. */
  apiKeys?: string[];
  /** Every Nth created task fails (0 or absent: never), on top of failNextTask(). */
  failEvery?: number;
  /** Fault rules in force from the start, as if passed to `faults.add` in order. */
  faults?: FaultRule[];
}

export interface Emulator {
  /** e.g. http://127.0.0.1:43123 */
  url: string;
  /** The first accepted key. */
  apiKey: string;
  /** Every request received, in order, including rejected ones. */
  requests: RecordedRequest[];
  /** Distinct tasks created; an idempotent replay creates none. */
  tasksCreated(): number;
  /** The next created task ends "failed" with this message (default "The generation failed."). */
  failNextTask(message?: string): void;
  /** Injected failures: error statuses, resets, slow, cut or malformed answers, by rule or at random. */
  faults: Faults;
  /** Stops listening and closes keep-alive sockets, so the process can exit. */
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? "127.0.0.1";
  const apiKeys = options.apiKeys?.length ? options.apiKeys : [DEFAULT_API_KEY];
  // Specs are loaded and compiled up front so a broken spec fails the start, not the first request.
  const actions = loadSpecs(options.specsDir ?? findSpecsDir());
  // Rules are checked before listening, so a bad one fails the start.
  const faults = new FaultInjector();
  for (const rule of options.faults ?? []) faults.add(rule);
  let url = "";
  const state: EmulatorState = {
    actions,
    validate: createRequestValidator(actions),
    store: new TaskStore(options.taskDurationMs ?? 2000, options.failEvery ?? 0),
    idempotency: new IdempotencyStore(),
    apiKeys: new Set(apiKeys),
    requests: [],
    baseUrl: () => url,
    files: new Map(),
  };

  const server = createServer((req, res) => {
    respond(state, faults, req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      writeAnswer(
        res,
        errorAnswer(500, "internal_error", error instanceof Error ? error.message : String(error)),
      );
    });
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

  return {
    url,
    apiKey: apiKeys[0]!,
    requests: state.requests,
    tasksCreated: () => state.store.count,
    failNextTask: (message) => state.store.failNext(message),
    faults: {
      add: (rule) => faults.add(rule),
      clear: () => faults.clear(),
      pending: () => faults.pending(),
      random: (random) => faults.random(random),
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // close() alone waits for idle keep-alive sockets to time out; that would hold the process open.
        server.closeAllConnections();
      }),
  };
}
