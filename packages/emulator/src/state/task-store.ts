import { randomUUID } from "node:crypto";
import type { OutputPlan } from "../outputs/output-plan.js";
import type { Action } from "../spec/load-specs.js";

export const DEFAULT_FAILURE_MESSAGE = "The generation failed.";

export interface Task {
  id: string;
  action: Action;
  model: string;
  /** The account that created the task, pays for it, and alone may read it. */
  apiKey: string;
  /** What the create reserved. */
  priceCents: number;
  /** What completion charges when it differs from the reservation (see billing/bill.ts `billOf`). */
  chargeCents?: number;
  /** What the outputs are drawn from: the request's `prompt`, else the whole request as JSON. */
  prompt: string;
  /** What the task carries once completed; absent when the spec names no output kind. */
  output?: OutputPlan;
  createdAt: number;
  /** How long it stays "processing"; 0 for a sync variant, which has ended by the time it is answered. */
  durationMs: number;
  /** Where the task JSON is POSTed when it ends. */
  callbackUrl?: string;
  /** Set when the task is to end `failed`, with this message. */
  failure?: string;
  /** Set, once and for good, when the end was first observed and its money moved. */
  settled: boolean;
  /**
   * Set when the create answered 202 + Location: the task is read at /api/v1/tasks/{id}, and once completed it
   * carries the answer the create would have given as `response`.
   */
  deferred?: boolean;
}

export type TaskStatus = "processing" | "completed" | "failed";
export type EndedStatus = Exclude<TaskStatus, "processing">;

export type NewTask = Pick<Task, "action" | "model" | "apiKey" | "priceCents" | "prompt"> &
  Partial<Pick<Task, "chargeCents" | "durationMs" | "callbackUrl" | "output" | "deferred">>;

/**
 * Tasks and their lifecycle. Status is computed from the clock when read, so no timer is needed to end a task.
 * Reading the status is also what settles it: the first read at or after the end calls `onEnded` exactly once,
 * whoever reads first (a GET, a balance read, a callback timer), so the money is right whichever path observes it.
 */
export class TaskStore {
  private readonly tasks = new Map<string, Task>();
  /** Tasks whose end has not been observed yet; what `settleDue` walks, so settled tasks cost nothing. */
  private readonly unsettled = new Set<Task>();
  private readonly pendingFailures: string[] = [];
  private created = 0;

  constructor(
    readonly durationMs: number,
    private readonly failEvery = 0,
    private readonly onEnded: (task: Task, status: EndedStatus) => void = () => {},
  ) {}

  get count(): number {
    return this.created;
  }

  /** The next created task will end `failed` with this message (queued: two calls fail two tasks). */
  failNext(message = DEFAULT_FAILURE_MESSAGE): void {
    this.pendingFailures.push(message);
  }

  create(input: NewTask): Task {
    this.created += 1;
    let failure = this.pendingFailures.shift();
    if (failure === undefined && this.failEvery > 0 && this.created % this.failEvery === 0) {
      failure = DEFAULT_FAILURE_MESSAGE;
    }
    const task: Task = {
      durationMs: this.durationMs,
      ...input,
      // Canonical UUIDs, as the API issues them.
      id: randomUUID(),
      createdAt: Date.now(),
      settled: false,
    };
    if (failure !== undefined) task.failure = failure;
    this.tasks.set(task.id, task);
    this.unsettled.add(task);
    return task;
  }

  get(id: string): Task | undefined {
    return this.tasks.get(id);
  }

  /** The status now; the first call that sees the task ended settles it (see the class comment). */
  statusOf(task: Task, now = Date.now()): TaskStatus {
    if (now - task.createdAt < task.durationMs) return "processing";
    const status: EndedStatus = task.failure === undefined ? "completed" : "failed";
    if (!task.settled) {
      // Flagged before the hook runs, so even a hook that throws can never settle the task twice.
      task.settled = true;
      this.unsettled.delete(task);
      this.onEnded(task, status);
    }
    return status;
  }

  /** Settles every task (of one account, or all) whose end time has passed. */
  settleDue(apiKey?: string, now = Date.now()): void {
    for (const task of this.unsettled) {
      if (apiKey === undefined || task.apiKey === apiKey) this.statusOf(task, now);
    }
  }

  endsAt(task: Task): number {
    return task.createdAt + task.durationMs;
  }

  endedAt(task: Task): string {
    return new Date(this.endsAt(task)).toISOString();
  }
}
