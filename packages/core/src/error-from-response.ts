import {
  AuthenticationError,
  ConflictError,
  type ErrorDetails,
  InsufficientCreditsError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RunAPIError,
  ServiceUnavailableError,
  ValidationError,
  type ValidationIssue,
} from "./errors.js";
import { redact } from "./logger.js";
import { parseRetryAfter } from "./parse-retry-after.js";

/** Builds the typed error for a non-2xx answer from its status, headers and body text. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  bodyText: string,
  secret?: string,
): RunAPIError {
  // A proxy may echo the request back; the key never reaches an error message.
  const body = parseJson(redact(bodyText, secret));
  const message = messageOf(body) ?? `RunAPI answered ${status} without an explanation.`;
  const details: ErrorDetails = {
    status,
    code: codeOf(body),
    requestId: headers.get("x-request-id") ?? undefined,
    headers,
  };
  if (status === 400 || status === 422) return new ValidationError(issuesOf(body, message), details);
  if (status === 401) return new AuthenticationError(message, details);
  if (status === 402) return new InsufficientCreditsError(message, details);
  if (status === 403) return new PermissionDeniedError(message, details);
  if (status === 404) return new NotFoundError(message, details);
  if (status === 409) return new ConflictError(message, details);
  if (status === 413) return new PayloadTooLargeError(message, details);
  if (status === 429)
    return new RateLimitError(message, { ...details, retryAfterMs: parseRetryAfter(headers) });
  if (status === 503) return new ServiceUnavailableError(message, details);
  if (status >= 500) return new InternalServerError(message, details);
  return new RunAPIError(message, details);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // an HTML error page or an empty body: never a message
  }
}

function messageOf(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const { error } = body;
  if (isRecord(error) && nonEmpty(error.message)) return error.message;
  if (nonEmpty(error)) return error;
  if (nonEmpty(body.message)) return body.message;
  if (nonEmpty(body.detail)) return body.detail;
  return undefined;
}

function codeOf(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  return nonEmpty(body.error.code) ? body.error.code : undefined;
}

function issuesOf(body: unknown, message: string): ValidationIssue[] {
  const details = isRecord(body) && isRecord(body.error) ? body.error.details : undefined;
  if (Array.isArray(details)) {
    const issues = details.filter(
      (item): item is ValidationIssue =>
        isRecord(item) && nonEmpty(item.message) && typeof item.path === "string",
    );
    if (issues.length > 0 && issues[0]?.message === message) return issues;
  }
  return [{ path: "", message }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}
