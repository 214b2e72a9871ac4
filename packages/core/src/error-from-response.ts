import type { ValidationIssue } from "./errors.js";
import { parseRetryAfter, RunAPIError, redact, ValidationError } from "./runtime.js";

/**
 * A class of the error ladder as a second copy of this package defines it. `instanceof` checks the kinds an
 * error carries, not its prototype (errors.ts), so an error of this class is an instance of the class of the
 * same kind that index.ts exports (http-errors.ts), with its `name`; defining them here, loaded with the
 * first error answer, keeps the exported ones out of what an app loads up front unless it names them.
 * test/error-from-response.test.ts checks every status against the exported classes.
 */
export const errorClass = (kind: string, base = RunAPIError): typeof RunAPIError =>
  // Named like the exported class, for loggers that label an error by its constructor's name.
  Object.defineProperty(
    class extends base {
      static override readonly kind: string = kind;
    },
    "name",
    { value: kind },
  );

const InternalServerError = errorClass("InternalServerError");
/** The exported UnexpectedResponseError's kind (errors.ts), loaded with the first answer that is not readable. */
export const UnexpectedResponseError = errorClass("UnexpectedResponseError");
const ERROR_BY_STATUS: Record<number, typeof RunAPIError> = {
  401: errorClass("AuthenticationError"),
  402: errorClass("InsufficientCreditsError"),
  403: errorClass("PermissionDeniedError"),
  404: errorClass("NotFoundError"),
  409: errorClass("ConflictError"),
  413: errorClass("PayloadTooLargeError"),
  429: errorClass("RateLimitError"),
  503: errorClass("ServiceUnavailableError", InternalServerError),
};

/** An error answer as the API (or an older or foreign server) may word it. */
interface ErrorBody {
  error?: string | { code?: unknown; message?: unknown; details?: unknown };
  message?: unknown;
  detail?: unknown;
}

/**
 * Builds the typed error for a non-2xx answer, or for a 2xx one whose body is not JSON, from its status,
 * headers and body text, with `secret` (the API key) removed from the text: a proxy may echo the request back.
 * Loaded the first time a request fails.
 */
export function errorFromResponse(
  status: number,
  headers: Headers,
  text: string,
  secret: string | undefined,
): RunAPIError {
  const bodyText = redact(text, secret);
  const requestId = headers.get("x-request-id") ?? undefined;
  if (status >= 200 && status < 300) {
    return new UnexpectedResponseError(
      `RunAPI answered ${status} with a body that is not JSON (${headers.get("content-type") ?? "no content type"}).`,
      { status, requestId, headers },
    );
  }
  let body: ErrorBody | undefined;
  try {
    body = JSON.parse(bodyText);
  } catch {
    // an HTML error page or an empty body: never a message
  }
  const error = typeof body?.error === "object" ? body.error : undefined;
  const message =
    [error?.message, body?.error, body?.message, body?.detail].find(nonEmpty) ??
    `RunAPI answered ${status} without an explanation.`;
  const details = {
    status,
    code: nonEmpty(error?.code) ? error.code : undefined,
    requestId,
    headers,
  };
  if (status === 400 || status === 422)
    return new ValidationError(issuesOf(error?.details, message), details);
  const ErrorType = ERROR_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : RunAPIError);
  // A RateLimitError says how long the API asked to wait.
  return new ErrorType(
    message,
    status === 429 ? { ...details, retryAfterMs: parseRetryAfter(headers) } : details,
  );
}

/** The API's per-field problems, when it sent them and they agree with its message. */
function issuesOf(details: unknown, message: string): ValidationIssue[] {
  const issues = Array.isArray(details)
    ? details.filter((item) => nonEmpty(item?.message) && typeof item.path === "string")
    : [];
  return issues[0]?.message === message ? issues : [{ path: "", message }];
}

function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}
