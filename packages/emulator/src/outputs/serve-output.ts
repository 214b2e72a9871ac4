import { type Answer, errorAnswer } from "../http/answer.js";
import { formatDuration } from "../http/format-units.js";
import type { EmulatorState } from "../state/emulator-state.js";
import type { Task } from "../state/task-store.js";
import { contentTypeOf, isPlannedFile, parseOutputPath, renderOutput } from "./output-files.js";

export const isOutputPath = (pathname: string): boolean => parseOutputPath(pathname) !== undefined;

/**
 * `GET /files/<task id>/<n>.png|avi|wav`: output n of a completed task (a picture, a video or a sound, as its
 * spec says), until the output URL expires.
 */
export function serveOutput(state: EmulatorState, pathname: string, method: string): Answer {
  const { taskId = "", index = -1, extension = "" } = parseOutputPath(pathname) ?? {};
  const task: Task | undefined = state.store.get(taskId);
  const served =
    task?.output !== undefined &&
    isPlannedFile(task.output, index, extension) &&
    state.store.statusOf(task) === "completed";
  if (!served) return errorAnswer(404, "not_found", `File ${pathname} was not found.`);
  const plan = task.output!;
  const expiresAt = state.store.endsAt(task) + state.settings.outputTtlMs;
  if (Date.now() >= expiresAt) {
    const expired = errorAnswer(
      410,
      "file_expired",
      `The output ${pathname} expired at ${new Date(expiresAt).toISOString()}; output URLs live ${formatDuration(state.settings.outputTtlMs)} after the task ends. Download outputs before then.`,
    );
    expired.headers["x-runapi-task-id"] = task.id;
    return expired;
  }
  const bytes = state.renders.get(`${task.id}/${index}`, () => renderOutput(plan, task.prompt, index));
  return {
    status: 200,
    headers: {
      "x-runapi-task-id": task.id,
      "content-type": contentTypeOf(plan),
      "content-length": bytes.length,
    },
    body: method === "HEAD" ? Buffer.alloc(0) : bytes,
  };
}
