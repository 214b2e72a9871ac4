/**
 * The error ladder. Every error the SDK throws is a `RunAPIError`; HTTP errors carry `status`, `code` (only
 * ever the body's `error.code`), `requestId` and `headers`. The errors of particular HTTP answers are in
 * http-errors.ts, loaded with the code that reads an error answer.
 *
 * `instanceof` works across duplicated copies of this package (ESM next to CJS, two versions in one
 * bundle) because it checks a brand, not the prototype chain.
 */

const BRAND = Symbol.for("@runapi.ai/core/error-kinds");

/**
 * Whether `value` is an error of this kind (its class or a subclass), by the brand: what `instanceof` checks,
 * for code that names a kind without loading its class.
 */
export function isKind(value: unknown, kind: string): boolean {
  const kinds = (value as { [BRAND]?: unknown } | null | undefined)?.[BRAND];
  return Array.isArray(kinds) && kinds.includes(kind);
}

export interface ErrorDetails {
  status?: number;
  code?: string;
  requestId?: string;
  headers?: Headers;
  /** The task the error concerns, when one exists. */
  taskId?: string;
  /** For a RateLimitError: how long the API asked to wait, in milliseconds. */
  retryAfterMs?: number;
  /** For a FileExpiredError: the expired URL, without its query string. */
  url?: string;
  cause?: unknown;
}

export class RunAPIError extends Error {
  static readonly kind: string = "RunAPIError";
  /** HTTP status of the answer, when the error came from one. */
  declare readonly status: number | undefined;
  /** Machine code from the answer's `error.code`; never invented from the status. */
  declare readonly code: string | undefined;
  /** The answer's `x-request-id`; quote it when contacting support. */
  declare readonly requestId: string | undefined;
  /** The answer's headers, when the error came from one. */
  declare readonly headers: Headers | undefined;
  /** The task this error concerns, when one was created: pass it to `wait`/`get` to resume. */
  declare readonly taskId: string | undefined;
  declare readonly [BRAND]: readonly string[];

  constructor(message: string, { cause, headers, ...fields }: ErrorDetails = {}) {
    super(message, cause === undefined ? undefined : { cause });
    const kinds: string[] = [];
    for (let type = new.target as { kind?: string }; type; type = Object.getPrototypeOf(type)) {
      if (type.kind && !kinds.includes(type.kind)) kinds.push(type.kind);
    }
    // Headers are kept but not enumerated, so logging an error stays short.
    Object.defineProperties(this, {
      [BRAND]: { value: kinds },
      name: { value: kinds[0], configurable: true, writable: true },
      headers: { value: headers },
    });
    Object.assign(this, fields);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof, a subclass included.
    return isKind(value, this.kind);
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (value !== undefined) json[key] = value;
    return json;
  }
}

export interface ValidationIssue {
  /** Where the problem is: `prompt`, `source_image_urls[0]`, `""` for the whole request. */
  path: string;
  /** What is wrong, worded as the API words it. */
  message: string;
}

/** The parameters were refused, by the SDK before sending (no `status`) or by the API (400/422). */
export class ValidationError extends RunAPIError {
  static override readonly kind: string = "ValidationError";
  /** Every problem found, in order; the first one's message is the error's message. */
  declare readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[], details: ErrorDetails = {}) {
    super(issues[0]?.message ?? "The request is invalid.", details);
    this.issues = issues;
  }
}

export class AuthenticationError extends RunAPIError {
  static override readonly kind: string = "AuthenticationError";
}
/** The request never got an answer: DNS, refused or reset connection, a body cut short. */
export class ConnectionError extends RunAPIError {
  static override readonly kind: string = "ConnectionError";
}
/** A single request took longer than its `timeout`. */
export class TimeoutError extends ConnectionError {
  static override readonly kind: string = "TimeoutError";
}
/** The caller's `signal` aborted the call. Never retried. */
export class AbortError extends RunAPIError {
  static override readonly kind: string = "AbortError";
}
/** The API answered with something the SDK cannot read (not JSON, an unknown task status). */
export class UnexpectedResponseError extends RunAPIError {
  static override readonly kind: string = "UnexpectedResponseError";
}

export interface TaskLike {
  id: string;
  status: string;
  error?: unknown;
  billing?: { refund?: unknown } | null;
}

/**
 * A task ended `failed`. Failed generations are not charged: `refund` says when the hold was released. Built,
 * with its fields, by code loaded when the first task fails (failures.ts).
 */
export class TaskFailedError extends RunAPIError {
  static override readonly kind: string = "TaskFailedError";
  declare readonly taskId: string;
  /** The task's own error text. */
  declare readonly taskError: string;
  /** The last state of the task, as read from the API. */
  declare readonly task: TaskLike;
  /** The billing refund, when the API reported one. */
  declare readonly refund: unknown;
}

/** `wait` gave up before the task ended. The task goes on: wait on `taskId` again to resume. */
export class WaitTimeoutError extends RunAPIError {
  static override readonly kind: string = "WaitTimeoutError";
  declare readonly taskId: string;
  /** The last state observed. */
  declare readonly lastTask: TaskLike;
  constructor(task: TaskLike, waitedMs: number) {
    // The words of failures.ts's waitTimeout, which wait() throws; a helper shared with it would load up front.
    super(
      `Task ${task.id} was still ${task.status} after ${waitedMs < 9_950 ? Math.round(waitedMs / 100) / 10 : Math.round(waitedMs / 1000)} s; ` +
        `call wait() again with the task to keep waiting.`,
      { taskId: task.id },
    );
    this.lastTask = task;
  }
}

/** Marks an error with the task it interrupted, so a caller of `wait`, `watch` or `run` can resume with the id. */
export function withTaskId<E>(error: E, taskId: string): E {
  if (error instanceof RunAPIError && error.taskId === undefined) {
    Object.defineProperty(error, "taskId", { value: taskId, enumerable: true });
  }
  return error;
}
