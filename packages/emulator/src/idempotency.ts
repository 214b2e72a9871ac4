/** Longest `Idempotency-Key` RunAPI accepts. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 512;

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

/** What a key was first used for, and the answer its first use got. */
export interface IdempotentCreate {
  fingerprint: string;
  taskId: string;
  /** The create answer's body as first sent; a replay repeats it. */
  answer: Record<string, unknown>;
  /** The create answer's HTTP status (200, or 202 for a hybrid action) and headers, repeated too. */
  httpStatus: number;
  headers: Record<string, string>;
}

/**
 * Keys already used for a created task. Scoped per API key, as on RunAPI: two accounts may pick the same key.
 * Only creations are remembered: a request refused (validation, auth, an injected status) left nothing to replay.
 */
export class IdempotencyStore {
  private readonly used = new Map<string, IdempotentCreate>();

  /** The request's identity: where it went and its canonical body. */
  static fingerprint(path: string, body: unknown): string {
    return `${path}\n${canonicalJson(body)}`;
  }

  get(apiKey: string, key: string): IdempotentCreate | undefined {
    return this.used.get(IdempotencyStore.scope(apiKey, key));
  }

  remember(apiKey: string, key: string, create: IdempotentCreate): void {
    this.used.set(IdempotencyStore.scope(apiKey, key), create);
  }

  // A NUL cannot occur in a header value, so the pair cannot collide with another pair.
  private static scope(apiKey: string, key: string): string {
    return `${apiKey}\0${key}`;
  }
}
