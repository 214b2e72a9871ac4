import { parseRetryAfter } from "../http/parse-retry-after.js";
import { shownUrl } from "../http/shown-url.js";
import { API_KEY_HELP } from "./api-key-help.js";
import {
  AuthenticationError,
  ConflictError,
  FileExpiredError,
  InsufficientCreditsError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RunAPIError,
  ServiceUnavailableError,
  UnexpectedResponseError,
  ValidationError,
  type ValidationIssue,
} from "./error-ladder.js";
import { redact, redactHeaders } from "./redact.js";

const ERROR_BY_STATUS: Record<number, typeof RunAPIError> = {
  401: AuthenticationError,
  402: InsufficientCreditsError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  429: RateLimitError,
  503: ServiceUnavailableError,
};

/** An error answer as the API (or an older or foreign server) may word it. */
interface ErrorBody {
  error?: string | { code?: unknown; message?: unknown; details?: unknown };
  message?: unknown;
  detail?: unknown;
}

/**
 * The error of an HTTP answer that is not a success the SDK can read: its class from the status (a 2xx whose
 * body is not JSON is an `UnexpectedResponseError`, a redirect a `RedirectError`), its message from the body.
 * `secret` (the API key) is removed from the headers, from the body before it is parsed and from what is taken
 * from it after, in every form a proxy may echo it in. `url` names a file URL (without its query string)
 * rather than an API request: there a 410 means the temporary URL has expired.
 */
export function errorFromResponse(
  status: number,
  answered: Headers,
  text: string,
  secret: string | undefined,
  url?: string,
): RunAPIError {
  const headers = redactHeaders(answered, secret);
  const bodyText = redact(text, secret);
  const requestId = headers.get("x-request-id") ?? undefined;
  // Status 0: a browser's answer to `redirect: "manual"`, which hides where it points.
  if (status === 0 || (status >= 300 && status < 400 && status !== 304)) {
    const location = headers.has("location") ? shownUrl(headers.get("location") as string) : undefined;
    return new RedirectError(
      `RunAPI answered ${status ? `${status}, ` : ""}a redirect${location ? ` to ${location}` : ""}: not followed, as your API key, headers and body go only to baseURL. If the API has moved${location ? " there" : ""}, set baseURL to its new address.`,
      { status, requestId, headers, location },
    );
  }
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
  // Taken from the parsed body, so redacted again: an escape the text hid may have been decoded.
  const shown = (value: unknown) => (nonEmpty(value) ? redact(value, secret) : undefined);
  const details = { status, code: shown(error?.code), requestId, headers };
  if (url !== undefined && status === 410) {
    return new FileExpiredError(
      `${url} has expired: temporary file URLs stop working after a while. Read the task again (get) or run it again for a new output URL, or upload the file again.`,
      { ...details, url },
    );
  }
  const said = shown([error?.message, body?.error, body?.message, body?.detail].find(nonEmpty));
  const message = said ?? `RunAPI answered ${status} without an explanation.`;
  if (status === 400 || status === 422)
    return new ValidationError(issuesOf(error?.details, message, shown), details);
  // The API's advice speaks of HTTP headers; an SDK user sets the key on the client.
  if (status === 401 && url === undefined) {
    const refused = secret
      ? "RunAPI refused the API key (401): check it, and"
      : "RunAPI needs an API key for this call (401):";
    return new AuthenticationError(
      `${refused} ${API_KEY_HELP}.${said === undefined ? "" : ` The API said: ${said}`}`,
      details,
    );
  }
  const ErrorType = ERROR_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : RunAPIError);
  // A RateLimitError says how long the API asked to wait.
  return new ErrorType(
    message,
    status === 429 ? { ...details, retryAfterMs: parseRetryAfter(headers) } : details,
  );
}

/** The API's per-field problems, when it sent them and they agree with its message. */
function issuesOf(
  details: unknown,
  message: string,
  shown: (value: unknown) => string | undefined,
): ValidationIssue[] {
  const issues = Array.isArray(details)
    ? details
        .filter((item) => nonEmpty(item?.message) && typeof item.path === "string")
        .map((item) => ({ ...item, path: shown(item.path) ?? "", message: shown(item.message) }))
    : [];
  return issues[0]?.message === message ? issues : [{ path: "", message }];
}

function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}
