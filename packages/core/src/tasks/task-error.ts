import {
  type ErrorDetails,
  type RunAPIError,
  TaskFailedError,
  type TaskLike,
  UnexpectedResponseError,
} from "../errors/error-ladder.js";

/** A task that ended without completing: `TaskFailedError` when it failed, else the status this SDK does not know. */
export function taskError(task: TaskLike, requestId?: string): RunAPIError {
  if (task.status !== "failed") {
    return new UnexpectedResponseError(
      `Task ${task.id} has the unknown status ${JSON.stringify(task.status)}; upgrade the SDK or read the task with get().`,
      { taskId: task.id, requestId },
    );
  }
  // The API sends `error` as text; an older form is `{ code, message }`. Either way the text is the message,
  // as RunAPI's own SDKs make it; the task id is on the error's `taskId`.
  const { message, code } = Object(task.error) as { message?: unknown; code?: unknown };
  const text = typeof task.error === "string" ? task.error : typeof message === "string" ? message : "";
  const taskError = text.trim() || `Task ${task.id} failed and reported no reason`;
  return new TaskFailedError(taskError, {
    code: typeof code === "string" ? code : undefined,
    requestId,
    taskId: task.id,
    taskError,
    task,
    refund: task.billing?.refund ?? undefined,
  } as ErrorDetails);
}
