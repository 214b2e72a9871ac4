/**
 * The error ladder: every error the SDK throws is a `RunAPIError`, each kind defined once, here. HTTP errors
 * carry `status`, `code` (only ever the body's `error.code`), `requestId` and `headers`; errorFromResponse
 * picks the class of an HTTP answer.
 *
 * `instanceof` works across duplicated copies of this package (ESM next to CJS, two versions in one bundle):
 * every error records the kinds of its class and its superclasses under a `Symbol.for` key, which all copies
 * share, and `instanceof` asks for the kind of the class on its right.
 */

const KINDS = Symbol.for("@runapi.ai/core/error-kinds");

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
  /** For a ResponseTooLargeError: the bound the answer passed, in bytes. */
  maxBytes?: number;
  /** For a RedirectError: where the redirect pointed, without its query string. */
  location?: string;
  cause?: unknown;
}

export class RunAPIError extends Error {
  /** The kind `instanceof` checks, the same in every copy of this package; also the error's `name`. */
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
  declare readonly [KINDS]: readonly string[];

  constructor(message: string, { cause, headers, ...fields }: ErrorDetails = {}) {
    super(message, cause === undefined ? undefined : { cause });
    const kinds: string[] = [];
    for (let type = new.target as { kind?: string }; type; type = Object.getPrototypeOf(type)) {
      if (type.kind && !kinds.includes(type.kind)) kinds.push(type.kind);
    }
    // Headers are kept but not enumerated, so logging an error stays short.
    Object.defineProperties(this, {
      [KINDS]: { value: kinds },
      name: { value: kinds[0], configurable: true, writable: true },
      headers: { value: headers },
    });
    Object.assign(this, fields);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    const kinds = (value as { [KINDS]?: unknown } | null | undefined)?.[KINDS];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof, a subclass included.
    return Array.isArray(kinds) && kinds.includes(this.kind);
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

/** How many problems a ValidationError's message lists; `issues` holds them all. */
const LISTED_ISSUES = 5;

/**
 * The parameters were refused, by the SDK before sending (no `status`) or by the API (400/422). The message
 * says every problem, first first: one is its own message; several are `3 problems: a; b; c`, and past five
 * the first five and `and N more (see error.issues)`.
 */
export class ValidationError extends RunAPIError {
  static override readonly kind: string = "ValidationError";
  /** Every problem found, in order: the first is the one the API answers first. */
  declare readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[], details: ErrorDetails = {}) {
    super(summaryOf(issues), details);
    this.issues = issues;
  }
}

/** A message that says every problem, first first, within `LISTED_ISSUES`. */
function summaryOf(issues: readonly ValidationIssue[]): string {
  if (issues.length <= 1) return issues[0]?.message ?? "The request is invalid.";
  const listed = issues.slice(0, LISTED_ISSUES).map((issue) => issue.message);
  const more = issues.length - listed.length;
  if (more > 0) listed.push(`and ${more} more (see error.issues)`);
  return `${issues.length} problems: ${listed.join("; ")}`;
}

/** 401, or no API key at all. */
export class AuthenticationError extends RunAPIError {
  static override readonly kind: string = "AuthenticationError";
}
/** 402: the balance does not cover the task's price. */
export class InsufficientCreditsError extends RunAPIError {
  static override readonly kind: string = "InsufficientCreditsError";
}
/** 403 */
export class PermissionDeniedError extends RunAPIError {
  static override readonly kind: string = "PermissionDeniedError";
}
/** 404 */
export class NotFoundError extends RunAPIError {
  static override readonly kind: string = "NotFoundError";
}
/** 409 */
export class ConflictError extends RunAPIError {
  static override readonly kind: string = "ConflictError";
}
/** 413 */
export class PayloadTooLargeError extends RunAPIError {
  static override readonly kind: string = "PayloadTooLargeError";
}
/** 429: retried with the API's `Retry-After` while retries last. */
export class RateLimitError extends RunAPIError {
  static override readonly kind: string = "RateLimitError";
  /** How long the API asked to wait before the next request, when it said. */
  declare readonly retryAfterMs: number | undefined;
}
/** 5xx: retried while retries last. */
export class InternalServerError extends RunAPIError {
  static override readonly kind: string = "InternalServerError";
}
/** 503 */
export class ServiceUnavailableError extends InternalServerError {
  static override readonly kind: string = "ServiceUnavailableError";
}
/**
 * A temporary URL (an uploaded file, a task's output) answered 410: it has expired. Read the task again for
 * its outputs, run it again, or upload the file again.
 */
export class FileExpiredError extends RunAPIError {
  static override readonly kind: string = "FileExpiredError";
  /** The expired URL, without its query string (which may hold a signature). */
  declare readonly url: string;
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
/**
 * An answer larger than the SDK reads: `maxResponseBytes` for API answers, `maxDownloadBytes` for downloads,
 * counted after decompression. The read stopped there; never retried, as the next answer would be as large.
 */
export class ResponseTooLargeError extends UnexpectedResponseError {
  static override readonly kind: string = "ResponseTooLargeError";
  /** The bound the answer passed, in bytes. */
  declare readonly maxBytes: number;
}
/**
 * The API answered a redirect (3xx), which is never followed: your key, headers and body are only sent to
 * `baseURL`. Never retried; if the API has moved, set `baseURL` to where it is now.
 */
export class RedirectError extends UnexpectedResponseError {
  static override readonly kind: string = "RedirectError";
  /** Where the redirect pointed, without its query string; undefined when the answer hides it (a browser does). */
  declare readonly location: string | undefined;
}

export interface TaskLike {
  id: string;
  status: string;
  error?: unknown;
  billing?: { refund?: unknown } | null;
}

/** A task ended `failed`. Failed generations are not charged: `refund` says when the hold was released. */
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
    // How long, as a person reads it: to a tenth of a second under 10 s ("0.2 s"), whole seconds above.
    const waited = waitedMs < 9_950 ? Math.round(waitedMs / 100) / 10 : Math.round(waitedMs / 1000);
    super(
      `Task ${task.id} was still ${task.status} after ${waited} s; call wait() again with the task to keep waiting.`,
      { taskId: task.id },
    );
    this.lastTask = task;
  }
}
