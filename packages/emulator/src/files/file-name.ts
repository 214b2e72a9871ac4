/**
 * Why a file name cannot be used, or undefined when it can. Names end up in URL paths and download dialogs, so
 * path separators and control characters are refused rather than silently rewritten.
 */
export function fileNameProblem(field: string, name: unknown): string | undefined {
  if (typeof name !== "string" || name.trim() === "") return `${field} must be a non-empty string`;
  if (name.length > 255) return `${field} must be at most 255 characters`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[/\\\x00-\x1f\x7f]/.test(name)) return `${field} must not contain slashes or control characters`;
  if (name === "." || name === "..") return `${field} must name a file, not "${name}"`;
  return undefined;
}

/** A URL path segment decoded, or as it is when it is not valid percent-encoding. */
export function decodedOrRaw(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
