import { APICallError, InvalidArgumentError } from "@ai-sdk/provider";
import { ConnectionError, RunAPIError, ValidationError } from "@runapi.ai/core";

/** What a failed call was asked to do, for the error the AI SDK reports. */
export interface FailedCall {
  url: string;
  body: unknown;
}

/**
 * Core's error as the AI SDK's class: a check made before anything was sent is an `InvalidArgumentError` with
 * core's message; an answer of the API (or no answer) is an `APICallError` with its status, code, request id and
 * task id. Retryable only when no task was created yet and the status is one core retries: a task already
 * created is resumed by its id, never created (and charged) a second time. An abort goes through as it is.
 */
export function toAISDKError(error: unknown, call: FailedCall): unknown {
  if (!(error instanceof RunAPIError) || error.name === "AbortError") return error;
  if (error instanceof ValidationError && error.status === undefined) {
    const path = error.issues[0]?.path ?? "";
    return new InvalidArgumentError({ argument: path, message: error.message, cause: error });
  }
  const { status, code, requestId, taskId } = error;
  const retryable =
    status === 408 || status === 429 || (status ?? 0) >= 500 || error instanceof ConnectionError;
  return new APICallError({
    message: error.message,
    url: call.url,
    requestBodyValues: call.body,
    ...(status === undefined ? {} : { statusCode: status }),
    ...(error.headers ? { responseHeaders: Object.fromEntries(error.headers) } : {}),
    isRetryable: retryable && taskId === undefined,
    data: { code: code ?? null, requestId: requestId ?? null, taskId: taskId ?? null },
    cause: error,
  });
}
