import { type Answer, errorAnswer, jsonAnswer } from "../http/answer.js";
import type { Action } from "../spec/load-specs.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { taskView } from "./task-view.js";

/** Where a hybrid action's tasks are read, and where `GET` reads a task of any action. */
export const TASKS_PATH = "/api/v1/tasks";

/** A canonical UUID, the only form a task id takes. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET <action path>/<id>`, or with `action` undefined `GET /api/v1/tasks/<id>` (any action). A task of another
 * account, or read through another action's path, is as unknown as a made-up id.
 */
export function readTask(
  state: EmulatorState,
  action: Action | undefined,
  rawId: string,
  apiKey: string,
): Answer {
  let id = rawId;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    // A malformed escape cannot name a task; report the id as sent.
  }
  if (!UUID.test(id)) {
    return errorAnswer(
      404,
      "invalid_resource_id",
      `${JSON.stringify(id)} is not a task id: task ids are UUIDs, as create answered them.`,
    );
  }
  const task = state.store.get(id.toLowerCase());
  if (!task || task.apiKey !== apiKey || (action !== undefined && task.action !== action)) {
    return errorAnswer(404, "not_found", `Task ${id} was not found.`);
  }
  const headers: Record<string, string> = { "x-runapi-task-id": task.id };
  const remainingMs = state.store.endsAt(task) - Date.now();
  if (state.settings.pollHints && remainingMs > 0) {
    // When the task is expected to end, plus a little so a read sent on time finds it ended.
    const hintMs = Math.ceil(remainingMs) + 2;
    headers["retry-after"] = String(Math.ceil(hintMs / 1000));
    headers["retry-after-ms"] = String(hintMs);
  }
  return jsonAnswer(200, taskView(state.store, task, state.baseUrl()), headers);
}
