import { createHash } from "node:crypto";
import type { PriceMatrix } from "@runapi.ai/core";
import { type Answer, jsonAnswer } from "../http/answer.js";
import type { Action } from "../spec/load-specs.js";

/** One entry of `GET /api/v1/price_schedules`. */
export interface PriceSchedule {
  service: string;
  action: string;
  model: string;
  currency: "USD";
  /** `call`, `second` (of generated output), `million_tokens`, or `unknown` when the spec publishes no price. */
  billing_unit: string;
  /** Cents per call or per second when no table entry matches; null for token and unknown prices. */
  unit_price_cents: number | null;
  /** The spec's `by` table (field → value → cents), when the price depends on a parameter. */
  price_by?: Record<string, Record<string, number>>;
  /** The deciding fields of `price_matrix`, in the order it nests them. */
  price_keys?: readonly string[];
  /** value of the first key → ... → cents; a level `any` matches every value. */
  price_matrix?: PriceMatrix;
  /** `billing_unit: second`: the output whose duration is billed, e.g. `videos[0].url`. */
  duration_source?: string;
  /** `billing_unit: million_tokens`: cents per million input and output tokens. */
  input_price_per_1m_cents?: number;
  output_price_per_1m_cents?: number;
  status: string;
}

export type Schedules = { as_of: string; price_schedules: PriceSchedule[] };

/** A service may be asked for by its family slug too (`flux-2`); the path form (`flux_2`) is what is stored. */
export const serviceSlug = (service: string): string => service.trim().replaceAll("-", "_");

/** Every variant's price as the specs say; `asOf` is when the emulator loaded them. */
export function priceSchedules(actions: readonly Action[], asOf: string): Schedules {
  const price_schedules = actions.flatMap((action) =>
    [...action.variants.values()].map((variant) => {
      const { price } = variant;
      const schedule: PriceSchedule = {
        service: action.service,
        action: action.action,
        model: variant.model,
        currency: "USD",
        billing_unit: price.unit,
        unit_price_cents: price.cents ?? null,
        ...("by" in price && price.by ? { price_by: price.by } : {}),
        ...("keys" in price && price.keys ? { price_keys: price.keys, price_matrix: price.matrix } : {}),
        ...("duration_source" in price ? { duration_source: price.duration_source } : {}),
        ...(price.unit === "million_tokens"
          ? { input_price_per_1m_cents: price.input_cents, output_price_per_1m_cents: price.output_cents }
          : {}),
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
