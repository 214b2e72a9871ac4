import { type Answer, errorAnswer, jsonAnswer } from "../http/answer.js";
import { isObject } from "../http/is-object.js";
import { type Action, type Variant, variantFor } from "../spec/load-specs.js";
import { billOf } from "./bill.js";
import { serviceSlug } from "./price-schedules.js";

/**
 * `POST /api/v1/price_quotes {service?, action?, model, params?}`: what a create with these params would reserve,
 * from the same bill the create uses (see `billOf`). `model` may also sit inside `params`, as in a create body.
 * Besides `reservation_amount_cents`: `unit_price_cents` (per call, or the rate per second), the seconds or token
 * counts the reservation assumes, the token rates, and for a price the spec does not publish `price_known: false`
 * with a note (the emulator then runs the task and charges 0).
 */
export function answerPriceQuote(actions: readonly Action[], body: unknown): Answer {
  if (!isObject(body)) {
    return errorAnswer(
      400,
      "invalid_json",
      "The request body must be a JSON object: {service, action, model, params}.",
    );
  }
  const params = body.params ?? {};
  if (!isObject(params)) {
    return errorAnswer(
      422,
      "validation_error",
      "params must be an object of the create request's parameters",
    );
  }
  const model = body.model ?? params.model;
  if (model !== undefined && (typeof model !== "string" || model === "")) {
    return errorAnswer(422, "validation_error", "model is required");
  }
  const found = findVariant(actions, body.service, body.action, model);
  if ("error" in found) return found.error;
  const { action, variant } = found;
  const properties = (variant.schema.properties ?? {}) as Record<string, { default?: unknown }>;
  const { price } = variant;
  const bill = billOf(price, params, properties);
  return jsonAnswer(200, {
    price_quote: {
      service: action.service,
      action: action.action,
      model: variant.model,
      currency: "USD",
      billing_unit: price.unit,
      price_known: price.unit !== "unknown",
      unit_price_cents: bill.unitCents,
      reservation_amount_cents: bill.reserveCents,
      ...(bill.seconds === undefined ? {} : { output_seconds: bill.seconds }),
      ...(price.unit === "million_tokens"
        ? {
            input_price_per_1m_cents: price.input_cents,
            output_price_per_1m_cents: price.output_cents,
            input_tokens: bill.tokens?.input,
            output_tokens: bill.tokens?.output,
          }
        : {}),
      ...(price.unit === "unknown"
        ? {
            note: `The price of ${variant.model} is not published in the spec; the emulator runs the task and charges 0.`,
          }
        : {}),
    },
  });
}

function findVariant(
  actions: readonly Action[],
  service: unknown,
  actionName: unknown,
  model: string | undefined,
): { action: Action; variant: Variant } | { error: Answer } {
  for (const [field, value] of [
    ["service", service],
    ["action", actionName],
  ] as const) {
    if (value !== undefined && typeof value !== "string") {
      return { error: errorAnswer(422, "validation_error", `${field} must be a string`) };
    }
  }
  const wanted = actions.filter(
    (action) =>
      (service === undefined || action.service === serviceSlug(service as string)) &&
      (actionName === undefined || action.action === actionName),
  );
  if (wanted.length === 0) {
    const known = actions.map((action) => `${action.service}/${action.action}`).sort();
    const asked = [service, actionName].filter((part) => part !== undefined).join("/");
    return {
      error: errorAnswer(404, "not_found", `No action ${asked}; known actions: ${known.join(", ")}`),
    };
  }
  if (model === undefined) {
    // An action that takes no model is quoted by its service and action alone.
    const only = wanted.length === 1 && !wanted[0]!.takesModel ? wanted[0]! : undefined;
    const variant = only && variantFor(only, {});
    if (only && variant) return { action: only, variant };
    return { error: errorAnswer(422, "validation_error", "model is required") };
  }
  for (const action of wanted) {
    const variant = action.variants.get(model);
    if (variant) return { action, variant };
  }
  const ids = [...new Set(wanted.flatMap((action) => [...action.variants.keys()]))].sort();
  return { error: errorAnswer(422, "validation_error", `model must be one of: ${ids.join(", ")}`) };
}
