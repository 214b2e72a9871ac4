import { RunAPIError } from "../errors/error-ladder.js";

/** Marks an error with the task it interrupted, so a caller of `wait`, `watch` or `run` can resume with the id. */
export function withTaskId<E>(error: E, taskId: string): E {
  if (error instanceof RunAPIError && error.taskId === undefined) {
    Object.defineProperty(error, "taskId", { value: taskId, enumerable: true });
  }
  return error;
}
