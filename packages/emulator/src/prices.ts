import { createHash } from "node:crypto";
import { type Answer, errorAnswer, jsonAnswer } from "./http-io.js";
import { type Action, type Variant, variantFor } from "./load-specs.js";
import { priceOf } from "./price.js";

/** One entry of `GET /api/v1/price_schedules`. */
export interface PriceSchedule {
  service: string;
  action: string;
  model: string;
  currency: "USD";
  billing_unit: string;
  unit_price_cents: number;
  /** The spec's `by` table (field → value → cents), when the price depends on a parameter. */
  price_by?: Record<string, Record<string, number>>;
  status: string;
}

type Schedules = { as_of: string; price_schedules: PriceSchedule[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** A service may be asked for by its family slug too (`flux-2`); the path form (`flux_2`) is what is stored. */
const serviceSlug = (service: string): string => service.trim().replaceAll("-", "_");

/** Every variant's price as the specs say; `asOf` is when the emulator loaded them. */
export function priceSchedules(actions: readonly Action[], asOf: string): Schedules {
  const price_schedules = actions.flatMap((action) =>
    [...action.variants.values()].map((variant) => {
      const schedule: PriceSchedule = {
        service: action.service,
        action: action.action,
        model: variant.model,
        currency: "USD",
        billing_unit: variant.price.unit,
        unit_price_cents: variant.price.cents,
        ...(variant.price.by ? { price_by: variant.price.by } : {}),
        status: variant.status,
      };
      return schedule;
    }),
  );
  return { as_of: asOf, price_schedules };
}

/** A strong validator: the hash of the exact bytes answered, so it changes exactly when the body does. */
const etagOf = (body: Buffer): string => `"${createHash("sha256").update(body).digest("hex").slice(0, 32)}"`;

/**
 * RFC 9110 §13.1.2: If-None-Match uses the weak comparison (a `W/` prefix is ignored) and `*` matches any
 * current representation.
 */
function matchesAny(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

/** `GET /api/v1/price_schedules?service&action&model`; each filter is optional, an empty one is no filter. */
export function answerPriceSchedules(
  all: Schedules,
  query: URLSearchParams,
  ifNoneMatch: string | undefined,
): Answer {
  const service = query.get("service") ? serviceSlug(query.get("service")!) : undefined;
  const action = query.get("action") || undefined;
  const model = query.get("model") || undefined;
  const price_schedules = all.price_schedules.filter(
    (entry) =>
      (service === undefined || entry.service === service) &&
      (action === undefined || entry.action === action) &&
      (model === undefined || entry.model === model),
  );
  const answer = jsonAnswer(200, { as_of: all.as_of, price_schedules });
  const etag = etagOf(answer.body);
  // The validator depends on the filters too: each filtered list is its own representation.
  if (matchesAny(ifNoneMatch, etag)) return { status: 304, headers: { etag }, body: Buffer.alloc(0) };
  answer.headers.etag = etag;
  return answer;
}

/**
 * `POST /api/v1/price_quotes {service?, action?, model, params?}`: what a create with these params would reserve,
 * from the same price rule the create uses. `model` may also sit inside `params`, as in a create body.
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
  return jsonAnswer(200, {
    price_quote: {
      service: action.service,
      action: action.action,
      model: variant.model,
      currency: "USD",
      billing_unit: variant.price.unit,
      reservation_amount_cents: priceOf(variant.price, params, properties),
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
