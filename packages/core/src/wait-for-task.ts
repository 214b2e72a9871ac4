import { sleep } from "./abort.js";
import { TaskFailedError, type TaskLike, UnexpectedResponseError, WaitTimeoutError } from "./errors.js";

/** How `wait` and `run` wait for a task. */
export interface WaitOptions {
  /** Stops waiting (and any request in flight); rejects with `AbortError`. The task itself goes on. */
  signal?: AbortSignal;
  /** Milliseconds to wait in all before a `WaitTimeoutError` (which keeps the task id). Default 30 minutes. */
  timeout?: number;
  /** Called after every read of the task, with what was read. */
  onProgress?: (task: TaskLike, progress: WaitProgress) => void;
  /** Delay before the first read, doubling up to `maxPollInterval`. Default 1000 ms. */
  pollInterval?: number;
  /** The longest delay between two reads. Default 5000 ms. */
  maxPollInterval?: number;
}

export interface WaitProgress {
  /** Milliseconds since `wait` started. */
  elapsedMs: number;
  /** How many times the task was read. */
  polls: number;
}

export const DEFAULT_WAIT_TIMEOUT_MS = 30 * 60 * 1000;
const ACTIVE = new Set(["pending", "processing"]);

/**
 * Reads a task until it completes. Delays grow by half each time with jitter (so many waiting clients
 * spread out), never past the deadline. A failed task throws `TaskFailedError`; an unknown status is
 * surfaced at once rather than waited on forever.
 */
export async function waitForTask<T extends TaskLike>(
  start: T,
  read: (timeoutMs: number, signal: AbortSignal | undefined) => Promise<T>,
  options: WaitOptions = {},
): Promise<T> {
  const began = Date.now();
  const deadline = began + (options.timeout ?? DEFAULT_WAIT_TIMEOUT_MS);
  const maxDelay = options.maxPollInterval ?? 5000;
  let delay = Math.min(options.pollInterval ?? 1000, maxDelay);
  let task = start;
  let polls = 0;
  for (;;) {
    if (settled(task)) return task;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new WaitTimeoutError(task, Date.now() - began);
    await sleep(Math.min(jitter(delay), remaining), options.signal);
    delay = Math.min(delay * 1.5, maxDelay);
    task = await read(Math.max(1, deadline - Date.now()), options.signal).catch((error: unknown) => {
      if (Date.now() >= deadline) throw new WaitTimeoutError(task, Date.now() - began);
      throw error;
    });
    polls++;
    options.onProgress?.(task, { elapsedMs: Date.now() - began, polls });
  }
}

/** True when the task has completed; throws when it failed or reports a status this SDK does not know. */
function settled(task: TaskLike): boolean {
  if (task.status === "completed") return true;
  if (task.status === "failed") throw new TaskFailedError(task);
  if (ACTIVE.has(task.status)) return false;
  throw new UnexpectedResponseError(
    `Task ${task.id} has the unknown status ${JSON.stringify(task.status)}; upgrade the SDK or read the task with get().`,
  );
}

function jitter(ms: number): number {
  return ms * (0.8 + Math.random() * 0.4);
}
