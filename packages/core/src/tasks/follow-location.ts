import { UnexpectedResponseError } from "../errors/error-ladder.js";
import { pathSegment } from "../http/path-segment.js";

/** Where the API's tasks are read whatever their action: a 202's `Location` points here. */
export const TASKS_PATH = "/api/v1/tasks";

/** A task id as one path segment: refused before sending unless it can be one (see `pathSegment`). */
export const taskIdSegment = (id: unknown): string =>
  pathSegment(id, "id", "of a task, as create() returned it");

/** Where any task is read by its id: `/api/v1/tasks/{id}`. */
export const taskPath = (id: unknown): string => `${TASKS_PATH}/${taskIdSegment(id)}`;

/**
 * The path to read a 202 answer's task at: its `Location` when that stays on the client's origin (a
 * proxy's base path, if any, goes before it as before every path), else `/api/v1/tasks/{id}`. A Location on
 * another origin is refused rather than followed: only `baseURL` receives the API key.
 */
export function followLocation(location: string | null, id: string, baseURL: string): string {
  const fallback = taskPath(id);
  if (!location) return fallback;
  const base = new URL(baseURL);
  let url: URL;
  try {
    url = new URL(location, `${base.origin}/`);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) {
    throw new UnexpectedResponseError(
      `The API answered 202 with Location on ${url.origin}, another origin: not followed, as only ${base.origin} receives your API key.`,
      { taskId: id },
    );
  }
  return `${url.pathname}${url.search}`;
}
