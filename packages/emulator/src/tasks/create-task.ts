import { billOf } from "../billing/bill.js";
import { type Answer, errorAnswer, jsonAnswer } from "../http/answer.js";
import { parseJson } from "../http/parse-json.js";
import type { ReceivedRequest } from "../http/request.js";
import { planOutputs } from "../outputs/output-plan.js";
import type { Action } from "../spec/load-specs.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { IdempotencyStore, MAX_IDEMPOTENCY_KEY_LENGTH } from "../state/idempotency-store.js";
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
    // A blank callback_url is one left out, as the API counts it.
    ...(typeof params.callback_url === "string" && params.callback_url.trim() !== ""
      ? { callbackUrl: params.callback_url }
      : {}),
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
