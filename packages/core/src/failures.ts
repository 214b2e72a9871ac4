import { actionProperty } from "./action-property.js";
import { errorClass, UnexpectedResponseError } from "./error-from-response.js";
import type { ErrorDetails, TaskLike } from "./errors.js";
import { KEY_HEADER_VALUE, type RunAPIError, ValidationError } from "./runtime.js";
import type { Variant } from "./variant.js";

// The exported classes' kinds (errors.ts), as error-from-response.ts defines the errors of HTTP answers.
const TaskFailedError = errorClass("TaskFailedError");
const AuthenticationError = errorClass("AuthenticationError");
const WaitTimeoutError = errorClass("WaitTimeoutError");

/**
 * Errors whose words take code to build, loaded when the first one happens: waiting code and requests that
 * succeed never load them.
 */

/** A task that did not complete: `TaskFailedError` when it failed, else the status this SDK does not know. */
export function taskError(task: TaskLike, requestId?: string): RunAPIError {
  if (task.status !== "failed") {
    return new UnexpectedResponseError(
      `Task ${task.id} has the unknown status ${JSON.stringify(task.status)}; upgrade the SDK or read the task with get().`,
      { taskId: task.id, requestId },
    );
  }
  // The API sends `error` as text or as `{ code, message }`.
  const { message, code } = Object(task.error) as { message?: unknown; code?: unknown };
  const text = typeof task.error === "string" ? task.error : typeof message === "string" ? message : "";
  const taskError = text.trim() || "the task reported no reason";
  return new TaskFailedError(`Task ${task.id} failed: ${taskError}`, {
    code: typeof code === "string" ? code : undefined,
    requestId,
    taskId: task.id,
    taskError,
    task,
    refund: task.billing?.refund ?? undefined,
  } as ErrorDetails);
}

/** A span as a person reads it: to a tenth of a second under 10 s ("0.2 s"), whole seconds above. */
const seconds = (ms: number): string => `${ms < 9_950 ? Math.round(ms / 100) / 10 : Math.round(ms / 1000)} s`;

/** `wait` gave up before the task ended (errors.ts's WaitTimeoutError): the task goes on, resumable by its id. */
export const waitTimeout = (task: TaskLike, waitedMs: number): RunAPIError =>
  new WaitTimeoutError(
    `Task ${task.id} was still ${task.status} after ${seconds(waitedMs)}; call wait() again with the task to keep waiting.`,
    { taskId: task.id, lastTask: task } as ErrorDetails,
  );

/** A read without a task id. */
export const idRequired = (): RunAPIError =>
  new ValidationError([{ path: "id", message: "id is required: pass the task returned by create()" }]);

/**
 * A read by id alone through the client itself, which cannot tell which endpoint the task is at: the models
 * of tasks to read, and the properties of the actions without a model, whose tasks are read through them.
 */
export function modelToRead(variants: readonly Pick<Variant, "model" | "action" | "task">[]): RunAPIError {
  const reads = variants.filter((variant) => variant.task !== "sync");
  const listed = (names: (string | undefined)[]) => [...new Set(names.filter(Boolean))].sort().join(", ");
  const models = listed(reads.map((variant) => variant.model));
  const without = listed(
    reads
      .filter((variant) => variant.model === undefined)
      .map((variant) => `client.${actionProperty(variant.action)}`),
  );
  return new ValidationError([
    {
      path: "model",
      message: `model is required to read a task by its id: pass the task create() answered, or the id with { model }, one of: ${models}${
        without ? `; a task of an action without a model is read through ${without}` : ""
      }`,
    },
  ]);
}

/** A read of a task of a synchronous action, which has no endpoint to read at. */
export const nothingToRead = (action: string): RunAPIError =>
  new ValidationError([
    {
      path: "id",
      message: `${action} answers its result from create at once: there is no task to read, use what create returned`,
    },
  ]);

/** A request without an API key. */
export const missingKey = (): RunAPIError =>
  new AuthenticationError(
    "No RunAPI API key: pass it as new RunAPI({ apiKey }) or set RUNAPI_API_KEY (or RUNAPI_KEY) in the environment.",
  );

/** An `Idempotency-Key` in the client's `headers`: it belongs to one create, never to every request. */
export const clientWideKey = (): RunAPIError =>
  new ValidationError([
    {
      path: "headers.idempotency-key",
      message:
        "headers.idempotency-key must be given per call (create's `idempotencyKey`), not in the client's headers: one key for every request would answer every create with the first one's task",
    },
  ]);

/**
 * What fetch or the API would refuse of a request (its origin, a key, a header), or undefined: fetch refuses
 * them before sending anything, with an error like a network failure's, which would be retried.
 */
export function badRequest(baseURL: string, headers: Record<string, string>): RunAPIError | undefined {
  const refuse = (path: string, mustBe: string) =>
    new ValidationError([{ path, message: `${path} must be ${mustBe}` }]);
  if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/i.test(baseURL)) {
    return refuse("baseURL", `an http(s) URL such as https://runapi.ai, not ${JSON.stringify(baseURL)}`);
  }
  for (const [option, name] of [
    ["idempotencyKey", "idempotency-key"],
    ["clientRequestId", "x-client-request-id"],
  ] as const) {
    const value = headers[name];
    if (value !== undefined && !KEY_HEADER_VALUE.test(value))
      return refuse(option, "printable ASCII of 1 to 512 characters");
  }
  for (const name in headers) {
    if (!/^[\w!#$%&'*+.^`|~-]+$/.test(name)) {
      return refuse("headers", `named without spaces or separators, not ${JSON.stringify(name)}`);
    }
    // fetch takes Latin-1 without line breaks or NUL.
    if (/[\0\r\n\u0100-\uffff]/.test(String(headers[name])))
      return refuse(`headers.${name}`, "Latin-1 text without line breaks");
  }
  return undefined;
}
