import { createHash } from "node:crypto";
import type { BillingConfig, PriceSchedule } from "@runapi.ai/core";
import { type Answer, jsonAnswer } from "../http/answer.js";
import type { Action, Variant } from "../spec/load-specs.js";

export type Schedules = { as_of: string; price_schedules: PriceSchedule[] };

/** A service may be asked for by its family slug too (`flux-2`); the path form (`flux_2`) is what is stored. */
export const serviceSlug = (service: string): string => service.trim().replaceAll("-", "_");

/** The API's catalog status of a variant: a deprecated variant is still served, so it is active. */
const CATALOG_STATUS: Record<string, PriceSchedule["catalog_status"]> = {
  active: "active",
  maintenance: "maintenance",
  deprecated: "active",
};

/** Every per-million-token price the API lists, null unless the rule sets it. */
const NO_TOKEN_PRICES = {
  input_price_per_1m_cents: null,
  output_price_per_1m_cents: null,
  cache_read_price_per_1m_cents: null,
  cache_write_price_per_1m_cents: null,
  cache_write_5m_price_per_1m_cents: null,
  cache_write_1h_price_per_1m_cents: null,
};

/**
 * A variant's price rule in the API's schedule shape: `billing_config` is `{key, overrides}` for one deciding
 * parameter, `{keys, matrix}` for several, plus `duration_source` when priced per second of output; a price
 * the spec does not publish is `pricing_status: pending` with no cents.
 */
export function scheduleOf(
  action: Pick<Action, "service" | "action" | "takesModel">,
  variant: Pick<Variant, "model" | "price" | "status">,
): PriceSchedule {
  const { price } = variant;
  const config: BillingConfig = {};
  if ("by" in price && price.by) {
    // The spec's linter keeps `by` to one parameter, as the API's `{key, overrides}` is.
    const [key, overrides] = Object.entries(price.by)[0]!;
    Object.assign(config, { key, overrides });
  }
  if ("keys" in price && price.keys) Object.assign(config, { keys: price.keys, matrix: price.matrix });
  if ("duration_source" in price) {
    config.duration_source = { kind: "response_body", path: price.duration_source };
  }
  const strategy =
    price.unit === "million_tokens"
      ? "tokens"
      : price.unit === "second"
        ? "duration"
        : config.keys
          ? "matrix"
          : config.key
            ? "parameter"
            : "fixed";
  return {
    service: action.service,
    action: action.action,
    model: action.takesModel ? variant.model : null,
    pricing_status: price.unit === "unknown" ? "pending" : "available",
    catalog_status: CATALOG_STATUS[variant.status] ?? "active",
    currency: "USD",
    billing_unit: price.unit === "unknown" ? "call" : price.unit,
    billing_strategy: price.unit === "unknown" ? "fixed" : strategy,
    unit_price_cents: price.cents ?? null,
    ...NO_TOKEN_PRICES,
    ...(price.unit === "million_tokens" && {
      input_price_per_1m_cents: price.input_cents,
      output_price_per_1m_cents: price.output_cents,
    }),
    billing_config: Object.keys(config).length > 0 ? config : null,
  };
}

/**
 * Every variant's price as the specs say, and for each action whose tasks are read, its status read as
 * `<action>_query` at 0 cents, as the API lists them; `asOf` is when the emulator loaded them.
 */
export function priceSchedules(actions: readonly Action[], asOf: string): Schedules {
  const price_schedules = actions.flatMap((action) =>
    [...action.variants.values()].flatMap((variant) => {
      const schedule = scheduleOf(action, variant);
      if (!action.readable) return [schedule];
      const query: PriceSchedule = {
        ...schedule,
        action: `${action.action}_query`,
        pricing_status: "available",
        billing_unit: "call",
        billing_strategy: "fixed",
        unit_price_cents: 0,
        ...NO_TOKEN_PRICES,
        billing_config: null,
      };
      return [schedule, query];
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
