import { linkAbort, sleep } from "./abort.js";
import type { WithResponse } from "./api-promise.js";
import { type TaskLike, WaitTimeoutError } from "./errors.js";
import { parseRetryAfter } from "./parse-retry-after.js";

/** How `wait`, `watch` and `run` wait for a task. */
export interface WaitOptions {
  /** Stops waiting (and any request in flight, and any sleep); rejects with `AbortError`. The task itself goes on. */
  signal?: AbortSignal;
  /** Milliseconds to wait in all before a `WaitTimeoutError`, which keeps the task id. Default 30 minutes. */
  timeout?: number;
  /** Called with the task each time its status changes (the first read included). */
  onProgress?: (task: TaskLike, progress: WaitProgress) => void;
  /** The shortest delay between two reads, and the first one. Default 1000 ms. */
  minDelay?: number;
  /** The longest delay between two reads. Default 5000 ms. */
  maxDelay?: number;
}

export interface WaitProgress {
  /** Milliseconds since waiting started. */
  elapsedMs: number;
  /** How many times the task was read. */
  polls: number;
}

export const DEFAULT_WAIT_TIMEOUT_MS = 30 * 60 * 1000;

/** Reads the task once; `signal` fires at the wait's deadline, so no read or retry outlives it. */
export type ReadTask<T> = (signal: AbortSignal) => Promise<WithResponse<T>>;

/**
 * Yields the task each time its status changes, until it completes (the completed task is the last value
 * yielded, and also the return value). A failed task is yielded too, then `TaskFailedError` is thrown.
 * Delays start at `minDelay` and grow by half with jitter up to `maxDelay`; a `Retry-After` on a read (the
 * server saying when to look again) wins within `minDelay / 10`…`maxDelay`, and no sleep passes the deadline. A failed task throws `TaskFailedError`; an unknown status is surfaced
 * at once rather than polled forever; the deadline throws `WaitTimeoutError` with the task id.
 */
export async function* watchTask<T extends TaskLike>(
  start: T,
  read: ReadTask<T>,
  options: WaitOptions = {},
): AsyncGenerator<T, T> {
  const { signal } = options;
  const began = Date.now();
  const deadline = began + (options.timeout ?? DEFAULT_WAIT_TIMEOUT_MS);
  const maxDelay = options.maxDelay ?? 5000;
  const minDelay = Math.min(options.minDelay ?? 1000, maxDelay);
  let delay = minDelay;
  let hint: number | undefined;
  let task = start;
  let lastStatus: string | undefined;
  let polls = 0;
  for (;;) {
    const { status } = task;
    if (status === "completed") {
      if (status !== lastStatus) yield task;
      return task;
    }
    // A failed task throws TaskFailedError; a status this SDK does not know is surfaced at once rather than
    // polled forever. Their errors are built by code loaded when the first task ends so.
    if (status !== "pending" && status !== "processing") {
      throw (await import("./failures.js")).taskError(task);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new WaitTimeoutError(task, Date.now() - began);
    // Jitter of ±20% keeps many waiting clients from polling in step.
    await sleep(Math.min(hint ?? delay * (0.8 + Math.random() * 0.4), remaining), signal);
    delay = Math.min(delay * 1.5, maxDelay);
    // The read, its retries and their sleeps all stop at the deadline.
    const bounded = linkAbort(signal, deadline - Date.now());
    const { data, response } = await read(bounded.signal)
      .catch((error: unknown) => {
        throw bounded.timedOut() && !signal?.aborted ? new WaitTimeoutError(task, Date.now() - began) : error;
      })
      .finally(bounded.release);
    task = data;
    polls++;
    const retryAfter = parseRetryAfter(response.headers);
    // A server's hint wins over the backoff: it may shorten a delay to a tenth of minDelay (a task about to
    // end), never lengthen one past maxDelay.
    hint = retryAfter === undefined ? undefined : Math.min(Math.max(retryAfter, minDelay / 10), maxDelay);
    if (task.status !== lastStatus) {
      lastStatus = task.status;
      options.onProgress?.(task, { elapsedMs: Date.now() - began, polls });
      yield task;
    }
  }
}
