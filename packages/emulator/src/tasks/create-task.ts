import { billOf } from "../billing/bill.js";
import { type Answer, errorAnswer, jsonAnswer } from "../http/answer.js";
import { readIdempotencyKey } from "../http/idempotency-key.js";
import { parseJson } from "../http/parse-json.js";
import type { ReceivedRequest } from "../http/request.js";
import { planOutputs } from "../outputs/output-plan.js";
import type { Action } from "../spec/load-specs.js";
import type { EmulatorState, HybridAnswer } from "../state/emulator-state.js";
import { IdempotencyStore } from "../state/idempotency-store.js";
import { TASKS_PATH } from "./read-task.js";
import { taskView } from "./task-view.js";
import { validateCreate } from "./validate-create.js";

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
  const idempotency = readIdempotencyKey(request.headers);
  if (!idempotency.ok) return idempotency.answer;
  const { key } = idempotency;
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

  const result = validateCreate(action, body);
  if (!result.ok) {
    return errorAnswer(422, "validation_error", result.problems[0]!.message, { details: result.problems });
  }
  // Validation passed, so the body is an object (with a known model, when the action takes one).
  const params = body as Record<string, unknown>;
  const { variant } = result;
  const properties = (variant.schema.properties ?? {}) as Record<string, { default?: unknown }>;
  const bill = billOf(variant.price, params, properties);
  const priceCents = bill.reserveCents;
  const answersNow = answersAtOnce(variant.task, state.settings.hybridAnswer, state.store.durationMs);
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
    ...(answersNow ? { durationMs: 0 } : { deferred: variant.task !== "async" }),
    // A blank callback_url is one left out, as the API counts it.
    ...(typeof params.callback_url === "string" && params.callback_url.trim() !== ""
      ? { callbackUrl: params.callback_url }
      : {}),
  });
  // Checked just above, in the same tick, so the reservation cannot fail.
  state.accounts.reserve(apiKey, task.id, task.model, priceCents, bill.chargeCents);
  state.callbacks.schedule(task);

  const answer: Record<string, unknown> = answersNow
    ? taskView(state.store, task, state.baseUrl())
    : {
        id: task.id,
        status: "processing",
        billing: { reservation: { amount_cents: priceCents }, settlement: null, refund: null },
      };
  const headers: Record<string, string> = task.deferred ? { location: `${TASKS_PATH}/${task.id}` } : {};
  const httpStatus = task.deferred ? 202 : 200;
  if (key !== undefined) {
    state.idempotency.remember(apiKey, key, { fingerprint, taskId: task.id, answer, httpStatus, headers });
  }
  return jsonAnswer(httpStatus, answer, { ...headers, "x-runapi-task-id": task.id });
}

/**
 * Whether a create answers the result itself (200) rather than a task: a sync action unless 202 is asked for,
 * a hybrid one when asked to or, by default, when its work takes no time; an async action never.
 */
function answersAtOnce(kind: string, mode: HybridAnswer, durationMs: number): boolean {
  if (kind === "async") return false;
  if (mode !== "auto") return mode === "result";
  return kind === "sync" || durationMs === 0;
}
