import { errorFromResponse } from "../errors/error-from-response.js";
import { UnexpectedResponseError } from "../errors/error-ladder.js";

/** The answer a hybrid task stores once completed: what the create would have answered at once. */
export interface StoredAnswer {
  status: number;
  content_type?: string;
  headers?: Record<string, string>;
  /** Text: JSON when `content_type` says so, else plain text, SRT or VTT. */
  body: unknown;
}

/**
 * The result a completed hybrid task carries in `response`, decoded: JSON when its content type says so,
 * otherwise the text itself (plain text, SRT, VTT). A stored non-2xx status becomes the typed error that
 * status gives, as if the create had answered it; `secret` (the API key) never reaches its message.
 */
export function storedAnswer(stored: StoredAnswer, secret: string | undefined): unknown {
  const headers = new Headers(
    Object.entries(Object(stored.headers)).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
  const contentType = stored.content_type ?? headers.get("content-type") ?? "";
  const text = typeof stored.body === "string" ? stored.body : JSON.stringify(stored.body ?? null);
  if (!(stored.status >= 200 && stored.status < 300)) {
    throw errorFromResponse(stored.status, headers, text, secret);
  }
  if (!/json/i.test(contentType)) return text;
  if (typeof stored.body !== "string") return stored.body;
  try {
    return JSON.parse(text);
  } catch {
    throw new UnexpectedResponseError(
      `The stored answer says ${contentType} but its body is not JSON; read the task with get() to see it as sent.`,
    );
  }
}

/** A completed task's stored answer, when it carries one. */
export function storedAnswerOf(task: unknown): StoredAnswer | undefined {
  const response = (task as { response?: unknown } | null)?.response;
  return typeof response === "object" &&
    response !== null &&
    typeof (response as StoredAnswer).status === "number"
    ? (response as StoredAnswer)
    : undefined;
}
