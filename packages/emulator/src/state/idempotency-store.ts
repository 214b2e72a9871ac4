import type { Answer } from "../http/answer.js";
import { canonicalJson } from "./canonical-json.js";

/** Longest `Idempotency-Key` RunAPI accepts. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 512;

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

/** A `/v1` POST's answer as first sent, which a retry with the same key and body gets again. */
export interface IdempotentAnswer extends Answer {
  fingerprint: string;
}

/**
 * Keys already used for a request that did something (a created task by default), with what it is replayed as.
 * Scoped per API key, as on RunAPI: two accounts may pick the same key. Only what was done is remembered: a
 * request refused (validation, auth, an injected status) left nothing to replay.
 */
export class IdempotencyStore<T extends { fingerprint: string } = IdempotentCreate> {
  private readonly used = new Map<string, T>();

  /** The request's identity: where it went and its canonical body. */
  static fingerprint(path: string, body: unknown): string {
    return `${path}\n${canonicalJson(body)}`;
  }

  get(apiKey: string, key: string): T | undefined {
    return this.used.get(IdempotencyStore.scope(apiKey, key));
  }

  remember(apiKey: string, key: string, done: T): void {
    this.used.set(IdempotencyStore.scope(apiKey, key), done);
  }

  // A NUL cannot occur in a header value, so the pair cannot collide with another pair.
  private static scope(apiKey: string, key: string): string {
    return `${apiKey}\0${key}`;
  }
}
