import { randomBytes } from "node:crypto";
import type { Action } from "./load-specs.js";

export const DEFAULT_FAILURE_MESSAGE = "The generation failed.";

export interface Task {
  id: string;
  action: Action;
  model: string;
  priceCents: number;
  /** What the output picture is drawn from. */
  prompt: string;
  createdAt: number;
  /** Set when the task is to end `failed`, with this message. */
  failure?: string;
}

export type TaskStatus = "processing" | "completed" | "failed";

/**
 * Tasks and their lifecycle. Status is computed from the clock when read, so no timers exist that could keep a
 * process alive after close().
 */
export class TaskStore {
  private readonly tasks = new Map<string, Task>();
  private readonly pendingFailures: string[] = [];
  private created = 0;

  constructor(
    readonly durationMs: number,
    private readonly failEvery = 0,
  ) {}

  get count(): number {
    return this.created;
  }

  /** The next created task will end `failed` with this message (queued: two calls fail two tasks). */
  failNext(message = DEFAULT_FAILURE_MESSAGE): void {
    this.pendingFailures.push(message);
  }

  create(input: Omit<Task, "id" | "createdAt" | "failure">): Task {
    this.created += 1;
    let failure = this.pendingFailures.shift();
    if (failure === undefined && this.failEvery > 0 && this.created % this.failEvery === 0) {
      failure = DEFAULT_FAILURE_MESSAGE;
    }
    const task: Task = { ...input, id: `task_${randomBytes(12).toString("hex")}`, createdAt: Date.now() };
    if (failure !== undefined) task.failure = failure;
    this.tasks.set(task.id, task);
    return task;
  }

  get(id: string): Task | undefined {
    return this.tasks.get(id);
  }

  statusOf(task: Task, now = Date.now()): TaskStatus {
    if (now - task.createdAt < this.durationMs) return "processing";
    return task.failure === undefined ? "completed" : "failed";
  }

  endedAt(task: Task): string {
    return new Date(task.createdAt + this.durationMs).toISOString();
  }
}

/** Output files of a completed task, keyed by the modality the spec declares. */
export function outputOf(task: Task, baseUrl: string): Record<string, unknown> {
  // Only images are rendered for now; other modalities complete without output files.
  if (task.action.modality !== "image") return {};
  return { images: [{ url: `${baseUrl}/files/${task.id}/0.png` }] };
}

/** The task as `GET /api/v1/<service>/<action>/<id>` answers it. */
export function taskView(store: TaskStore, task: Task, baseUrl: string): Record<string, unknown> {
  const status = store.statusOf(task);
  const view: Record<string, unknown> = {
    id: task.id,
    status,
    created_at: new Date(task.createdAt).toISOString(),
  };
  const billing = {
    reservation: { amount_cents: task.priceCents },
    settlement: null as null | { charged_amount_cents: number },
    refund: null as null | { refunded_at: string },
  };
  if (status !== "processing") view.completed_at = store.endedAt(task);
  if (status === "completed") {
    Object.assign(view, outputOf(task, baseUrl));
    billing.settlement = { charged_amount_cents: task.priceCents };
  }
  if (status === "failed") {
    view.error = { code: "generation_failed", message: task.failure };
    billing.refund = { refunded_at: store.endedAt(task) };
  }
  view.billing = billing;
  return view;
}
