import { errorClass } from "./error-from-response.js";
import type { ErrorDetails, TaskLike } from "./errors.js";
import { type RunAPIError, UnexpectedResponseError } from "./runtime.js";

// The exported classes' kinds (errors.ts), as error-from-response.ts defines the errors of HTTP answers.
const TaskFailedError = errorClass("TaskFailedError");
const AuthenticationError = errorClass("AuthenticationError");

/**
 * Errors whose words take code to build, loaded when the first one happens: waiting code and requests that
 * succeed never load them.
 */

/** A task that did not complete: `TaskFailedError` when it failed, else the status this SDK does not know. */
export function taskError(task: TaskLike): RunAPIError {
  if (task.status !== "failed") {
    return new UnexpectedResponseError(
      `Task ${task.id} has the unknown status ${JSON.stringify(task.status)}; upgrade the SDK or read the task with get().`,
      { taskId: task.id },
    );
  }
  // The API sends `error` as text or as `{ code, message }`.
  const { message, code } = Object(task.error) as { message?: unknown; code?: unknown };
  const text = typeof task.error === "string" ? task.error : typeof message === "string" ? message : "";
  const taskError = text.trim() || "the task reported no reason";
  return new TaskFailedError(`Task ${task.id} failed: ${taskError}`, {
    code: typeof code === "string" ? code : undefined,
    taskId: task.id,
    taskError,
    task,
    refund: task.billing?.refund ?? undefined,
  } as ErrorDetails);
}

/** A request without an API key. */
export const missingKey = (): RunAPIError =>
  new AuthenticationError(
    "No RunAPI API key: pass it as new RunAPI({ apiKey }) or set RUNAPI_API_KEY (or RUNAPI_KEY) in the environment.",
  );
