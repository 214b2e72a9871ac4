/**
 * JSON with object keys sorted at every depth, so two bodies that differ only in key order count as the same
 * request (clients serialize objects in whatever order they built them). Walks with its own stack, not recursion,
 * so no nesting depth overflows the call stack.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  // Pending work, last first: a value still to write, or literal text (brackets, commas, keys).
  const stack: ({ value: unknown } | string)[] = [{ value }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    const current = item.value;
    if (Array.isArray(current)) {
      stack.push("]");
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i] });
        if (i > 0) stack.push(",");
      }
      stack.push("[");
    } else if (current !== null && typeof current === "object") {
      const entries = Object.entries(current as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      stack.push("}");
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, entry] = entries[i]!;
        stack.push({ value: entry });
        stack.push(`${i > 0 ? "," : ""}${JSON.stringify(key)}:`);
      }
      stack.push("{");
    } else {
      out.push(JSON.stringify(current) ?? "null");
    }
  }
  return out.join("");
}
