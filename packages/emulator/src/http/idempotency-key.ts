import type { IncomingHttpHeaders } from "node:http";
import { MAX_IDEMPOTENCY_KEY_LENGTH } from "../state/idempotency-store.js";
import { type Answer, errorAnswer } from "./answer.js";

/** The request's `Idempotency-Key` (undefined when it has none), or the 400 a key of the wrong length gets. */
export function readIdempotencyKey(
  headers: IncomingHttpHeaders,
): { ok: true; key: string | undefined } | { ok: false; answer: Answer } {
  const raw = headers["idempotency-key"];
  // Node joins a repeated header with ", "; that joined value is the key as far as this server can tell.
  const key = Array.isArray(raw) ? raw.join(", ") : raw;
  if (key !== undefined && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
    const message = `Idempotency-Key must be between 1 and ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`;
    return { ok: false, answer: errorAnswer(400, "invalid_idempotency_key", message) };
  }
  return { ok: true, key };
}
