import { type Answer, errorAnswer, formatDuration, jsonAnswer, parseJson } from "./http-io.js";
import { IdempotencyStore, MAX_IDEMPOTENCY_KEY_LENGTH } from "./idempotency.js";
import type { Action } from "./load-specs.js";
import { contentTypeOf, isPlannedFile, parseOutputPath, planOutputs, renderOutput } from "./outputs.js";
import { billOf } from "./price.js";
import type { EmulatorState, ReceivedRequest } from "./state.js";
import { type Task, taskView } from "./task-store.js";

/** Where a hybrid action's tasks are read, and where `GET` reads a task of any action. */
export const TASKS_PATH = "/api/v1/tasks";

/**
 * `POST <action path>`. An async variant answers 200 with the task processing; a hybrid one 202 with a Location to
 * poll; a sync one 200 with the ended task itself. Each reserves the price first, or answers 402 and creates nothing.
 */
export function createTask(
  state: EmulatorState,
  action: Action,
  request: ReceivedRequest,
  apiKey: string,
): Answer {
  const rawKey = request.headers["idempotency-key"];
  // Node joins a repeated header with ", "; that joined value is the key as far as this server can tell.
  const key = Array.isArray(rawKey) ? rawKey.join(", ") : rawKey;
  if (key !== undefined && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
    return errorAnswer(
      400,
      "invalid_idempotency_key",
      `Idempotency-Key must be between 1 and ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
    );
  }
  const json = parseJson(request.text);
  if (!json.ok) return errorAnswer(400, "invalid_json", json.message);
  const body = json.value;

  // The key is checked before validation: a reused key is a conflict whatever the new body holds.
  const fingerprint = IdempotencyStore.fingerprint(action.path, body);
  if (key !== undefined) {
    const earlier = state.idempotency.get(apiKey, key);
    if (earlier && earlier.fingerprint !== fingerprint) {
      return errorAnswer(
        409,
        "request_conflict",
        `Idempotency-Key ${key} was already used with a different request body.`,
      );
    }
    if (earlier) {
      const { id, status, ...rest } = earlier.answer;
      return jsonAnswer(
        earlier.httpStatus,
        { id, status, task_replayed: true, ...rest },
        { ...earlier.headers, "x-runapi-task-id": earlier.taskId },
      );
    }
  }

  const result = state.validate(action, body);
  if (!result.ok) {
    return errorAnswer(422, "validation_error", result.problems[0]!.message, { details: result.problems });
  }
  // Validation passed, so the body is an object (with a known model, when the action takes one).
  const params = body as Record<string, unknown>;
  const { variant } = result;
  const properties = (variant.schema.properties ?? {}) as Record<string, { default?: unknown }>;
  const bill = billOf(variant.price, params, properties);
  const priceCents = bill.reserveCents;
  const available = state.accounts.available(apiKey);
  if (available < priceCents) {
    return errorAnswer(
      402,
      "insufficient_credits",
      `This request reserves ${priceCents} cents but the balance is ${available} cents; add credits or pick a cheaper model or output.`,
    );
  }
  const task = state.store.create({
    action,
    model: variant.model,
    apiKey,
    priceCents,
    chargeCents: bill.chargeCents,
    prompt: typeof params.prompt === "string" ? params.prompt : JSON.stringify(params),
    output: planOutputs(variant, params),
    ...(variant.task === "sync" ? { durationMs: 0 } : {}),
    ...(typeof params.callback_url === "string" ? { callbackUrl: params.callback_url } : {}),
  });
  // Checked just above, in the same tick, so the reservation cannot fail.
  state.accounts.reserve(apiKey, task.id, task.model, priceCents, bill.chargeCents);
  state.callbacks.schedule(task);

  const answer: Record<string, unknown> =
    variant.task === "sync"
      ? taskView(state.store, task, state.baseUrl())
      : {
          id: task.id,
          status: "processing",
          billing: { reservation: { amount_cents: priceCents }, settlement: null, refund: null },
        };
  const hybrid = variant.task === "hybrid";
  const headers: Record<string, string> = hybrid ? { location: `${TASKS_PATH}/${task.id}` } : {};
  const httpStatus = hybrid ? 202 : 200;
  if (key !== undefined) {
    state.idempotency.remember(apiKey, key, { fingerprint, taskId: task.id, answer, httpStatus, headers });
  }
  return jsonAnswer(httpStatus, answer, { ...headers, "x-runapi-task-id": task.id });
}

/**
 * `GET <action path>/<id>`, or with `action` undefined `GET /api/v1/tasks/<id>` (any action). A task of another
 * account, or read through another action's path, is as unknown as a made-up id.
 */
export function readTask(
  state: EmulatorState,
  action: Action | undefined,
  rawId: string,
  apiKey: string,
): Answer {
  let id = rawId;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    // A malformed escape cannot name a task; report the id as sent.
  }
  const task = state.store.get(id);
  if (!task || task.apiKey !== apiKey || (action !== undefined && task.action !== action)) {
    return errorAnswer(404, "not_found", `Task ${id} was not found.`);
  }
  const headers: Record<string, string> = { "x-runapi-task-id": task.id };
  const remainingMs = state.store.endsAt(task) - Date.now();
  if (state.settings.pollHints && remainingMs > 0) {
    // When the task is expected to end, plus a little so a read sent on time finds it ended.
    const hintMs = Math.ceil(remainingMs) + 2;
    headers["retry-after"] = String(Math.ceil(hintMs / 1000));
    headers["retry-after-ms"] = String(hintMs);
  }
  return jsonAnswer(200, taskView(state.store, task, state.baseUrl()), headers);
}

export const isOutputPath = (pathname: string): boolean => parseOutputPath(pathname) !== undefined;

/**
 * `GET /files/<task id>/<n>.png|avi|wav`: output n of a completed task (a picture, a video or a sound, as its
 * spec says), until the output URL expires.
 */
export function serveOutput(state: EmulatorState, pathname: string, method: string): Answer {
  const { taskId = "", index = -1, extension = "" } = parseOutputPath(pathname) ?? {};
  const task: Task | undefined = state.store.get(taskId);
  const served =
    task?.output !== undefined &&
    isPlannedFile(task.output, index, extension) &&
    state.store.statusOf(task) === "completed";
  if (!served) return errorAnswer(404, "not_found", `File ${pathname} was not found.`);
  const plan = task.output!;
  const expiresAt = state.store.endsAt(task) + state.settings.outputTtlMs;
  if (Date.now() >= expiresAt) {
    const expired = errorAnswer(
      410,
      "file_expired",
      `The output ${pathname} expired at ${new Date(expiresAt).toISOString()}; output URLs live ${formatDuration(state.settings.outputTtlMs)} after the task ends. Download outputs before then.`,
    );
    expired.headers["x-runapi-task-id"] = task.id;
    return expired;
  }
  const bytes = state.renders.get(`${task.id}/${index}`, () => renderOutput(plan, task.prompt, index));
  return {
    status: 200,
    headers: {
      "x-runapi-task-id": task.id,
      "content-type": contentTypeOf(plan),
      "content-length": bytes.length,
    },
    body: method === "HEAD" ? Buffer.alloc(0) : bytes,
  };
}
