import { type TaskLike, WaitTimeoutError } from "../errors/error-ladder.js";
import { linkAbort } from "../http/link-abort.js";
import { parseRetryAfter } from "../http/parse-retry-after.js";
import { isRetryable } from "../http/retry-policy.js";
import { sleep } from "../http/sleep.js";
import type { WithResponse } from "../http/with-response.js";
import { pollDelay } from "./poll-delay.js";
import { taskError } from "./task-error.js";
import { waitAgainAfter } from "./wait-again-after.js";

/** How `wait`, `watch` and `run` wait for a task. */
export interface WaitOptions {
  /** Stops waiting (and any request in flight, and any sleep); rejects with `AbortError`. The task itself goes on. */
  signal?: AbortSignal;
  /** Milliseconds to wait in all before a `WaitTimeoutError`, which keeps the task id. Default 30 minutes. */
  timeout?: number;
  /**
   * Called with the task after every read, with how long the wait has run, how many reads it made, when the next
   * one comes and whether this one changed the status. With `statusChangesOnly`, only when the status changes
   * (the first read included).
   * @example client.wait(task, { onProgress: (t, p) => console.log(t.status, `next read in ${p.nextPollInMs} ms`) })
   */
  onProgress?: (task: TaskLike, progress: WaitProgress) => void;
  /**
   * Report (`onProgress`) and yield (`watch`) only the reads that change the task's status, the first included,
   * rather than every read. Default false.
   */
  statusChangesOnly?: boolean;
  /** The shortest delay between two reads, and the first one. Default 2000 ms, the official SDKs' fixed poll. */
  minDelay?: number;
  /** The longest delay between two reads without a server hint. Default 5000 ms. */
  maxDelay?: number;
}

/** Where a wait stands at one read of the task. */
export interface WaitProgress {
  /** Milliseconds since waiting started. */
  elapsedMs: number;
  /** How many times the task was read, this read included. */
  polls: number;
  /**
   * Milliseconds until the next read (a server's `Retry-After` included, never past the deadline); undefined once
   * the task has ended, or the deadline has come.
   */
  nextPollInMs: number | undefined;
  /** Whether this read changed the task's status; true on the first read. */
  statusChanged: boolean;
}

export const DEFAULT_WAIT_TIMEOUT_MS = 30 * 60 * 1000;
/** `minDelay` when left out: the official SDKs' fixed poll. */
export const DEFAULT_MIN_DELAY_MS = 2000;
/** `maxDelay` when left out. */
export const DEFAULT_MAX_DELAY_MS = 5000;

/** Reads the task once; `signal` fires at the wait's deadline, so no read or retry outlives it. */
export type ReadTask<T> = (signal: AbortSignal) => Promise<WithResponse<T>>;

/**
 * Yields the task after every read (with `statusChangesOnly`, each time its status changes), until it completes
 * (the completed task is the last value yielded, and also the return value); `onProgress` is called with each
 * value before it is yielded. A failed task is yielded too, then `TaskFailedError` is thrown.
 * Without a hint, a task that has been waited on for t is read again after t / 5, within `minDelay`…`maxDelay`
 * (see `pollDelay`); a `Retry-After` on a read (the server saying when to look again) wins within
 * `minDelay / 10`…`maxDelay`, and no sleep passes the deadline. A failed task throws `TaskFailedError`; an
 * unknown status is surfaced at once rather than polled forever; the deadline throws `WaitTimeoutError` with the
 * task id. A read that fails with what is worth trying again (429, 5xx, a timeout, a network failure) once its
 * own retries are spent does not end the wait: the task is read again after a backoff until the deadline; only
 * the deadline, an abort or a permanent error (401, 403, 404, …) ends it.
 */
export async function* watchTask<T extends TaskLike>(
  start: T,
  read: ReadTask<T>,
  options: WaitOptions = {},
): AsyncGenerator<T, T> {
  const { signal } = options;
  const began = Date.now();
  const deadline = began + (options.timeout ?? DEFAULT_WAIT_TIMEOUT_MS);
  const maxDelay = options.maxDelay ?? DEFAULT_MAX_DELAY_MS;
  const minDelay = Math.min(options.minDelay ?? DEFAULT_MIN_DELAY_MS, maxDelay);
  // Only the first sleep has jitter (up to a tenth more): tasks created together are read out of step from then on.
  let next = minDelay * (1 + Math.random() / 10);
  let task = start;
  let lastStatus: string | undefined;
  let polls = 0;
  let requestId: string | undefined;
  /** Reads in a row that failed with an error worth reading again after. */
  let failures = 0;
  for (;;) {
    const { status } = task;
    if (status === "completed") {
      if (status !== lastStatus) yield task;
      return task;
    }
    // A failed task throws TaskFailedError; a status this SDK does not know is surfaced at once rather than
    // polled forever.
    if (status !== "pending" && status !== "processing") throw taskError(task, requestId);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new WaitTimeoutError(task, Date.now() - began);
    await sleep(Math.min(next, remaining), signal);
    // The read, its retries and their sleeps all stop at the deadline.
    const bounded = linkAbort(signal, deadline - Date.now());
    const answer = await read(bounded.signal)
      .catch((error: unknown) => {
        if (bounded.timedOut() && !signal?.aborted) throw new WaitTimeoutError(task, Date.now() - began);
        // A rate limit, an outage or a network failure outlasts the read's own retries, not the wait: the
        // task goes on, so it is read again after a backoff (the server's Retry-After first) until the deadline.
        if (!isRetryable(error)) throw error;
        next = waitAgainAfter(error, failures++, minDelay, maxDelay);
        return undefined;
      })
      .finally(bounded.release);
    if (answer === undefined) continue;
    failures = 0;
    const { data, response } = answer;
    task = data;
    polls++;
    requestId = response.headers.get("x-request-id") ?? undefined;
    const retryAfter = parseRetryAfter(response.headers);
    // A server's hint wins over the schedule: it may shorten a delay to a tenth of minDelay (a task about to
    // end), never lengthen one past maxDelay.
    next =
      retryAfter === undefined
        ? pollDelay(Date.now() - began, minDelay, maxDelay)
        : Math.min(Math.max(retryAfter, minDelay / 10), maxDelay);
    const statusChanged = task.status !== lastStatus;
    lastStatus = task.status;
    if (statusChanged || !options.statusChangesOnly) {
      const now = Date.now();
      // No read follows a task that has ended, nor the deadline.
      const last = (task.status !== "pending" && task.status !== "processing") || now >= deadline;
      options.onProgress?.(task, {
        elapsedMs: now - began,
        polls,
        nextPollInMs: last ? undefined : Math.min(next, deadline - now),
        statusChanged,
      });
      yield task;
    }
  }
}
