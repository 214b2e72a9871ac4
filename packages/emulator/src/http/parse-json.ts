/**
 * Deepest nesting of arrays and objects a JSON body may have. Request bodies nest a few levels; the limit keeps
 * recursive walks of a parsed body (fingerprints, token counts, `JSON.stringify`) far from the stack's limit.
 */
export const MAX_JSON_DEPTH = 64;

/** A parsed JSON body, or why it was refused: not JSON, or nested deeper than `MAX_JSON_DEPTH`. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "The request body is not valid JSON." };
  }
  if (jsonDepthExceeds(value, MAX_JSON_DEPTH)) {
    return {
      ok: false,
      message: `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
    };
  }
  return { ok: true, value };
}

/** Whether arrays and objects nest deeper than `limit` levels; walks with its own stack, not recursion. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
