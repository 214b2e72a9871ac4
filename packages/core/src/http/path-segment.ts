import { ValidationError } from "../errors/error-ladder.js";

/**
 * An id as one segment of a request path: a non-empty string, percent-encoded so it can never reach another
 * path. Anything else is refused before sending, naming where such an id comes from.
 */
export function pathSegment(id: unknown, name: string, from: string): string {
  if (typeof id !== "string" || id.trim() === "") {
    throw new ValidationError([{ path: name, message: `${name} is required: pass the id ${from}` }]);
  }
  return encodeURIComponent(id);
}
