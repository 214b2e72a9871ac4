import type { PriceQuote, PriceRule } from "@runapi.ai/core";
import { type Answer, errorAnswer, jsonAnswer } from "../http/answer.js";
import { isObject } from "../http/is-object.js";
import { type Action, type Variant, variantFor } from "../spec/load-specs.js";
import { billOf, DURATION_FIELDS } from "./bill.js";
import { serviceSlug } from "./price-schedules.js";

/**
 * `POST /api/v1/price_quotes {service?, action?, model, params?}`: what a create with these params would reserve,
 * from the same bill the create uses (see `billOf`), in the API's `price_quote` shape. `model` may also sit inside
 * `params`, as in a create body. `estimate_basis` says what the amount rests on; a price the spec does not
 * publish is `pricing_status: pending` with no amount (the emulator then runs the task and charges 0).
 */
export function answerPriceQuote(actions: readonly Action[], asOf: string, body: unknown): Answer {
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
  const pending = price.unit === "unknown";
  return jsonAnswer(200, {
    price_quote: {
      service: action.service,
      action: action.action,
      model: action.takesModel ? variant.model : null,
      pricing_status: pending ? "pending" : "available",
      currency: "USD",
      reservation_amount_cents: pending ? null : bill.reserveCents,
      estimate_basis: estimateBasis(price, params, properties),
      as_of: asOf,
    } satisfies PriceQuote,
  });
}

/**
 * What a quote's amount rests on: one fixed price, a price the parameters pick, a per-second rate times the
 * requested (or the default) duration, or the emulator's token counts; `pending` when nothing is priced.
 */
function estimateBasis(
  price: PriceRule,
  params: Record<string, unknown>,
  properties: Record<string, { default?: unknown }>,
): string {
  if (price.unit === "unknown") return "pending";
  if (price.unit === "million_tokens") return "tokens";
  if (price.unit === "second") {
    const asked = DURATION_FIELDS.some(
      (field) => params[field] != null || properties[field]?.default != null,
    );
    return asked ? "requested_duration" : "default_duration";
  }
  return price.by || price.keys ? "parameters" : "fixed";
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
