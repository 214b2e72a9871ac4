import { outputFields } from "../outputs/output-fields.js";
import type { Task, TaskStore } from "../state/task-store.js";

/**
 * The task as `GET /api/v1/<service>/<action>/<id>` answers it (and as its callback delivers it). A task whose
 * create answered 202 carries, once completed, the answer the create would have given, stored as the API
 * stores it: `response: {status, content_type, headers, body}` with the body as text.
 */
export function taskView(store: TaskStore, task: Task, baseUrl: string): Record<string, unknown> {
  const view = resultView(store, task, baseUrl);
  if (!task.deferred || view.status !== "completed") return view;
  const contentType = "application/json; charset=utf-8";
  const { id, status, model, created_at, completed_at, billing } = view;
  return {
    id,
    status,
    ...(model === undefined ? {} : { model }),
    created_at,
    completed_at,
    billing,
    response: {
      status: 200,
      content_type: contentType,
      headers: { "content-type": contentType, "x-runapi-task-id": task.id },
      body: JSON.stringify(view),
    },
  };
}

/** The task with its outputs and billing facts: what a sync create answers, and what async reads answer. */
function resultView(store: TaskStore, task: Task, baseUrl: string): Record<string, unknown> {
  const status = store.statusOf(task);
  const view: Record<string, unknown> = { id: task.id, status };
  // An action that takes no model answers none either.
  if (task.action.takesModel) view.model = task.model;
  view.created_at = new Date(task.createdAt).toISOString();
  const billing = {
    reservation: { amount_cents: task.priceCents },
    settlement: null as null | { charged_amount_cents: number },
    refund: null as null | { refunded_at: string },
  };
  if (status !== "processing") view.completed_at = store.endedAt(task);
  if (status === "completed") {
    Object.assign(view, outputFields(task.output, task, baseUrl));
    billing.settlement = { charged_amount_cents: task.chargeCents ?? task.priceCents };
  }
  if (status === "failed") {
    // The API sends a failed task's error as its text.
    view.error = task.failure;
    billing.refund = { refunded_at: store.endedAt(task) };
  }
  view.billing = billing;
  return view;
}
