import { ValidationError } from "../errors/error-ladder.js";

/** What can never be part of an id: a path separator, a control character, or half of a surrogate pair. */
const NOT_IN_AN_ID =
  /[/\\\0-\x1f\x7f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * An id as one segment of a request path: a non-empty string, percent-encoded so it can never reach another
 * path. Anything else — empty, `.` or `..`, a slash, a control character, a lone surrogate — is refused before
 * sending, naming the field and where such an id comes from.
 */
export function pathSegment(id: unknown, name: string, from: string): string {
  if (typeof id !== "string" || id.trim() === "") {
    throw new ValidationError([{ path: name, message: `${name} is required: pass the id ${from}` }]);
  }
  if (id === "." || id === ".." || NOT_IN_AN_ID.test(id)) {
    throw new ValidationError([
      {
        path: name,
        message: `${name} ${JSON.stringify(id)} cannot be an id (no slashes, dots alone, control characters or broken Unicode): pass the id ${from}`,
      },
    ]);
  }
  return encodeURIComponent(id);
}
