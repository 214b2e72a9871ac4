import type { Variant } from "../catalog/catalog.js";
import type { ModelId, ModelMap, ParamsOf } from "../catalog/model-map.js";
import type { ApiPromise } from "../client/api-promise.js";
import { type RequestOptions, sendRequest } from "../http/send-request.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";
import type { ValidateInputOptions } from "../validation/validate-input.js";
import type { PriceMatrix } from "./price-rule.js";

/** How a schedule's parameters pick the price: `billing_config` of a price schedule. Fields the API adds are kept. */
export interface BillingConfig {
  /** One parameter picks the price: its name, and its value → cents (a value not listed costs `unit_price_cents`). */
  key?: string;
  overrides?: Record<string, number>;
  /** Several parameters pick the price, nested in this order in `matrix`; a level's `any` matches every value. */
  keys?: string[];
  matrix?: PriceMatrix;
  /** Priced per second of output: where the completed task holds the output whose duration is billed. */
  duration_source?: { kind: "response_body" | (string & {}); path: string };
  [field: string]: unknown;
}

/** One entry of `GET /api/v1/price_schedules`: a variant's live price, as the API answers it. */
export interface PriceSchedule {
  /** The family's path form, e.g. `flux_2`. */
  service: string;
  /** The action's snake_case name; a task's status read appears as `<action>_query` at 0 cents. */
  action: string;
  /** The model id; null for an action that takes no model. */
  model: string | null;
  /** `pending` while the price is not yet published: then `unit_price_cents` is null. */
  pricing_status: "available" | "pending" | (string & {});
  catalog_status: "active" | "maintenance" | "disabled" | (string & {});
  currency: string;
  /** What one unit is: `call`, `second` (of output) or `million_tokens`. */
  billing_unit: string;
  /** How the price is found: `fixed`, `parameter`, `matrix`, `duration` or `tokens`. */
  billing_strategy: string;
  /** US cents per unit when no parameter picks another price; null when tokens or nothing is priced. */
  unit_price_cents: number | null;
  input_price_per_1m_cents: number | null;
  output_price_per_1m_cents: number | null;
  cache_read_price_per_1m_cents: number | null;
  cache_write_price_per_1m_cents: number | null;
  cache_write_5m_price_per_1m_cents: number | null;
  cache_write_1h_price_per_1m_cents: number | null;
  /** How parameters pick the price, or null for one fixed price. */
  billing_config: BillingConfig | null;
  [field: string]: unknown;
}

export interface PriceSchedules {
  /** When these prices were published (ISO 8601). */
  as_of: string;
  price_schedules: PriceSchedule[];
}

/** `POST /api/v1/price_quotes`: what a create with these parameters would hold from the balance. */
export interface PriceQuote {
  service: string;
  action: string;
  /** The model id; null for an action that takes no model. */
  model: string | null;
  /** `pending` while the price is not yet published: then nothing is reserved and the amount is null. */
  pricing_status: "available" | "pending" | (string & {});
  currency: string;
  /** US cents a create with these parameters reserves (and charges when the task completes). */
  reservation_amount_cents: number | null;
  /** What the amount rests on, e.g. `fixed`, `parameters`, `requested_duration`, `default_duration`, `tokens`. */
  estimate_basis: string;
  /** When the prices behind the quote were published (ISO 8601). */
  as_of: string;
  [field: string]: unknown;
}

/** What `prices.list` filters on; each is optional. */
export interface PriceQuery {
  /** The family slug (`flux-2`); defaults to the client's own family, `""` lists every family. */
  family?: string;
  /** The action's snake_case name, e.g. `image_to_image`. */
  action?: string;
  model?: string;
}

/** `client.prices`: live prices from the API, next to the offline `client.estimateCost(params)`. */
export interface Prices<M extends ModelMap> {
  /**
   * The live price schedules. The client keeps the last answer and its ETag per query and revalidates with
   * `If-None-Match`: an unchanged list answers 304 and the kept answer is returned.
   * @example const { price_schedules } = await client.prices.list({ action: "text_to_image" });
   */
  list(query?: PriceQuery, options?: RequestOptions): ApiPromise<PriceSchedules>;
  /**
   * What a create with these parameters would reserve, priced by the API. The parameters are validated first,
   * like `create` does (`strict` as there), so a bad one never reaches the network.
   * @example const { reservation_amount_cents } = await client.prices.quote({ model: "flux-2-pro-text-to-image", prompt });
   */
  quote<K extends ModelId<M>>(
    params: ParamsOf<M, K>,
    options?: RequestOptions & ValidateInputOptions,
    action?: string,
  ): ApiPromise<PriceQuote>;
}

/** What `client.prices` works with: the transport, the family, `create`'s validation, and the ETag cache. */
export interface PricesContext {
  transport: Transport;
  family: string;
  /** Validates parameters as `create` does and answers their variant. */
  check: (params: unknown, action?: string, strict?: boolean) => Variant;
  /** Query path → [ETag, answer]: one entry per distinct query. Made on first use. */
  cache?: Map<string, [string, PriceSchedules]>;
}

// Loaded on first use of `client.prices`.
export function list(
  context: PricesContext,
  { family: slug = context.family, action, model }: PriceQuery = {},
  options: RequestOptions = {},
): Promise<WithResponse<PriceSchedules>> {
  context.cache ??= new Map();
  const { cache } = context;
  const query = Object.entries({ service: slug.replace(/-/g, "_"), action, model }).filter(
    (entry): entry is [string, string] => !!entry[1],
  );
  const path = `/api/v1/price_schedules?${new URLSearchParams(query)}`;
  const kept = cache.get(path);
  return sendRequest<PriceSchedules>(context.transport, {
    ...options,
    method: "GET",
    path,
    headers: { ...options.headers, ...(kept && { "if-none-match": kept[0] }) },
    notModified: !!kept,
    keyOptional: true,
  }).then(({ data, response }) => {
    if (response.status === 304) data = kept![1];
    const etag = response.headers.get("etag");
    if (etag) cache.set(path, [etag, data]);
    return { data, response };
  });
}

export async function quote(
  context: PricesContext,
  params: unknown,
  { strict, ...options }: RequestOptions & ValidateInputOptions = {},
  within?: string,
): Promise<WithResponse<PriceQuote>> {
  // The variant decides the service (its path's, e.g. `flux_2`), the action and the model.
  const { path, action, model } = context.check(params, within, strict);
  const answer = await sendRequest<{ price_quote: PriceQuote }>(context.transport, {
    ...options,
    method: "POST",
    path: "/api/v1/price_quotes",
    body: { service: path.split("/")[3], action, model, params },
    // A key is needed only when the parameters name one of the account's tasks; the API says so then.
    keyOptional: true,
  });
  return { ...answer, data: answer.data.price_quote };
}
