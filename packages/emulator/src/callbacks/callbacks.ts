import { isLoopbackUrl } from "../http/loopback.js";
import type { Task, TaskStore } from "../state/task-store.js";

export interface CallbackOptions {
  /** Tries per task, the first included. */
  attempts: number;
  /** Wait before the second try; it doubles for each further one. */
  retryDelayMs: number;
  /** How long one try may take before it counts as failed. */
  timeoutMs: number;
}

/** One try at delivering a task's callback, as `emulator.callbacks()` lists it. */
export interface CallbackDelivery {
  taskId: string;
  url: string;
  /** 1 for the first try. */
  attempt: number;
  /** False when the URL is not on loopback: recorded, never called. */
  sent: boolean;
  /** Whether the receiver answered 2xx; no further try follows one that did. */
  ok: boolean;
  /** The receiver's status, when it answered. */
  status?: number;
  /** Why there was no answer (connection refused, timeout) or why nothing was sent. */
  error?: string;
  /** When the try ended. */
  at: string;
}

export const DEFAULT_CALLBACK_OPTIONS: CallbackOptions = {
  attempts: 3,
  retryDelayMs: 1000,
  timeoutMs: 10_000,
};

/** Undici reports "fetch failed" and keeps the reason (ECONNREFUSED, …) in `cause`. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  const detail = cause?.code ?? cause?.message;
  return detail ? `${error.message} (${detail})` : error.message;
}

/**
 * Delivers the task JSON to `callback_url` when a task ends. Tasks end by the clock, not by an event, so each task
 * with a callback gets a timer set to its end time; the timer reads the task (which settles it) and POSTs what a
 * GET would answer. Failed tries (no answer, or not 2xx) are retried with doubling delays. Every timer is unref'd
 * and `close()` clears them and aborts tries in flight, so callbacks never keep a process alive.
 */
export class Callbacks {
  private readonly log: CallbackDelivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private closed = false;

  constructor(
    private readonly options: CallbackOptions,
    private readonly store: TaskStore,
    private readonly view: (task: Task) => Record<string, unknown>,
  ) {
    const { attempts, retryDelayMs, timeoutMs } = options;
    if (!(Number.isInteger(attempts) && attempts >= 1)) {
      throw new Error(`callbackAttempts must be a positive integer, got ${attempts}`);
    }
    if (!(Number.isFinite(retryDelayMs) && retryDelayMs >= 0)) {
      throw new Error(`callbackRetryDelayMs must be a non-negative number, got ${retryDelayMs}`);
    }
    if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
      throw new Error(`callback timeout must be a positive number, got ${timeoutMs}`);
    }
  }

  /** Arranges the delivery of a task's callback at its end time; nothing for a task without one. */
  schedule(task: Task): void {
    if (task.callbackUrl === undefined) return;
    this.later(() => this.fire(task), this.store.endsAt(task) - Date.now());
  }

  deliveries(): CallbackDelivery[] {
    return this.log.map((delivery) => ({ ...delivery }));
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort(new Error("The emulator closed."));
  }

  private later(run: () => void, delayMs: number): void {
    if (this.closed) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        run();
      },
      Math.max(0, delayMs),
    );
    timer.unref();
    this.timers.add(timer);
  }

  private fire(task: Task): void {
    // Timers and Date.now() tick on different clocks: a timer may fire a hair before the task has ended.
    if (this.store.statusOf(task) === "processing") {
      this.later(() => this.fire(task), this.store.endsAt(task) - Date.now() + 1);
      return;
    }
    const url = task.callbackUrl!;
    const body = JSON.stringify(this.view(task));
    if (!isLoopbackUrl(url)) {
      this.log.push({
        taskId: task.id,
        url,
        attempt: 1,
        sent: false,
        ok: false,
        error: "Not sent: the emulator only calls loopback URLs (127.0.0.1, localhost, ::1).",
        at: new Date().toISOString(),
      });
      return;
    }
    void this.attempt(task.id, url, body, 1);
  }

  private async attempt(taskId: string, url: string, body: string, attempt: number): Promise<void> {
    const controller = new AbortController();
    const { timeoutMs } = this.options;
    const timeout = setTimeout(
      () => controller.abort(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    timeout.unref();
    this.inFlight.add(controller);
    const delivery: CallbackDelivery = { taskId, url, attempt, sent: true, ok: false, at: "" };
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "runapi-emulator",
          "x-runapi-task-id": taskId,
          "x-runapi-callback-attempt": String(attempt),
        },
        body,
        signal: controller.signal,
        // A redirect is not a delivery; the receiver must answer the URL it gave.
        redirect: "manual",
      });
      // Read to the end, so the connection is released rather than left half-used.
      await response.arrayBuffer().catch(() => undefined);
      delivery.status = response.status;
      delivery.ok = response.status >= 200 && response.status < 300;
    } catch (error) {
      delivery.error = reasonOf(controller.signal.aborted ? controller.signal.reason : error);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
    delivery.at = new Date().toISOString();
    this.log.push(delivery);
    if (!delivery.ok && attempt < this.options.attempts) {
      const delay = this.options.retryDelayMs * 2 ** (attempt - 1);
      this.later(() => void this.attempt(taskId, url, body, attempt + 1), delay);
    }
  }
}
