/**
 * The errors of particular HTTP answers, for `instanceof` and `catch`. The code that reads an error answer
 * (error-from-response.ts, loaded when the first one arrives) builds them from classes of the same kinds,
 * which `instanceof` takes as these (errors.ts): an app that never names these does not load them.
 */
import { RunAPIError } from "./errors.js";

export class InsufficientCreditsError extends RunAPIError {
  static override readonly kind: string = "InsufficientCreditsError";
}
export class PermissionDeniedError extends RunAPIError {
  static override readonly kind: string = "PermissionDeniedError";
}
export class NotFoundError extends RunAPIError {
  static override readonly kind: string = "NotFoundError";
}
export class ConflictError extends RunAPIError {
  static override readonly kind: string = "ConflictError";
}
export class PayloadTooLargeError extends RunAPIError {
  static override readonly kind: string = "PayloadTooLargeError";
}
export class RateLimitError extends RunAPIError {
  static override readonly kind: string = "RateLimitError";
  /** How long the API asked to wait before the next request, when it said. */
  declare readonly retryAfterMs: number | undefined;
}
export class InternalServerError extends RunAPIError {
  static override readonly kind: string = "InternalServerError";
}
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
