import type { Variant } from "../catalog/catalog.js";
import type { ModelId, ModelMap, ParamsOf } from "../catalog/model-map.js";
import type { ApiPromise } from "../client/api-promise.js";
import { type RequestOptions, sendRequest } from "../http/send-request.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";
import type { ValidateInputOptions } from "../validation/validate-input.js";

/** One entry of `GET /api/v1/price_schedules`: a variant's live price. Fields the API adds later are kept. */
export interface PriceSchedule {
  /** The family's path form, e.g. `flux_2`. */
  service: string;
  action: string;
  model: string;
  currency: string;
  /** What one unit is, e.g. `call`. */
  billing_unit: string;
  /** US cents per unit when no parameter picks another price. */
  unit_price_cents: number;
  /** Parameter → its value → cents, when a parameter picks the price. */
  price_by?: Record<string, Record<string, number>>;
  status?: string;
  [field: string]: unknown;
}

export interface PriceSchedules {
  /** When these prices were published. */
  as_of: string;
  price_schedules: PriceSchedule[];
}

/** `POST /api/v1/price_quotes`: what a create with these parameters would hold from the balance. */
export interface PriceQuote {
  service: string;
  action: string;
  model: string;
  currency: string;
  billing_unit: string;
  /** US cents a create with these parameters reserves (and charges when the task completes). */
  reservation_amount_cents: number;
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
  });
  return { ...answer, data: answer.data.price_quote };
}
