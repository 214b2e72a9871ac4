import { ValidationError } from "../errors/error-ladder.js";

/** Whether `id` holds what can never be part of one: a path separator, a control character, half a surrogate pair. */
function holdsNoIdCharacter(id: string): boolean {
  // By code point: a well-formed pair is one code point above U+FFFF, a lone half is one in D800–DFFF.
  for (const character of id) {
    const code = character.codePointAt(0) as number;
    if (code < 0x20 || code === 0x7f || character === "/" || character === "\\") return true;
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

/**
 * An id as one segment of a request path: a non-empty string, percent-encoded so it can never reach another
 * path. Anything else — empty, `.` or `..`, a slash, a control character, a lone surrogate — is refused before
 * sending, naming the field and where such an id comes from.
 */
export function pathSegment(id: unknown, name: string, from: string): string {
  if (typeof id !== "string" || id.trim() === "") {
    throw new ValidationError([{ path: name, message: `${name} is required: pass the id ${from}` }]);
  }
  if (id === "." || id === ".." || holdsNoIdCharacter(id)) {
    throw new ValidationError([
      {
        path: name,
        message: `${name} ${JSON.stringify(id)} cannot be an id (no slashes, dots alone, control characters or broken Unicode): pass the id ${from}`,
      },
    ]);
  }
  return encodeURIComponent(id);
}
