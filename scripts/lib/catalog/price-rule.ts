import type { Catalog, ContractAction, PriceEntry } from "./catalog-data.ts";

/** `x-runapi-variant.price` as the spec format writes it. */
export type Price = Record<string, unknown>;

/**
 * Actions without a model are priced under `_/<endpoint>`, one key for every service: when several services
 * have such an action with the same endpoint, the price belongs to one of them (the others are unknown).
 * `_/extend_video` is Grok Imagine's extend (480p/720p), not Veo 3.1's.
 */
export const NO_MODEL_PRICE_OWNERS: Readonly<Record<string, string>> = {
  extend_video: "grok-imagine",
};

export const UNKNOWN_PRICE: Price = { unit: "unknown" };

/** Which family each `_/<endpoint>` price belongs to; an unresolved collision is an error. */
export function noModelPriceOwners(catalog: Catalog): Map<string, string> {
  const families = new Map<string, Set<string>>();
  for (const action of catalog.actions)
    if (action.models.length === 0)
      families.set(action.endpoint, (families.get(action.endpoint) ?? new Set()).add(action.family));
  const owners = new Map<string, string>();
  for (const [endpoint, names] of families) {
    const owner = names.size === 1 ? [...names][0] : NO_MODEL_PRICE_OWNERS[endpoint];
    if (!owner || !names.has(owner))
      throw new Error(
        `the price _/${endpoint} could belong to ${[...names].join(" or ")}; name its family in NO_MODEL_PRICE_OWNERS (scripts/lib/catalog/price-rule.ts)`,
      );
    owners.set(endpoint, owner);
  }
  return owners;
}

/** The price of one variant from runapi-pricing.json; no entry, an empty entry or no amount → unknown. */
export function priceOf(
  catalog: Catalog,
  owners: Map<string, string>,
  action: ContractAction,
  model: string | undefined,
): Price {
  if (model === undefined && owners.get(action.endpoint) !== action.family) return UNKNOWN_PRICE;
  const entry = catalog.prices[`${model ?? "_"}/${action.endpoint}`];
  return entry ? translate(entry) : UNKNOWN_PRICE;
}

function translate(entry: PriceEntry): Price {
  if (entry.input_price_per_1m_cents !== undefined || entry.output_price_per_1m_cents !== undefined) {
    if (entry.input_price_per_1m_cents === undefined || entry.output_price_per_1m_cents === undefined)
      return UNKNOWN_PRICE;
    return {
      unit: "million_tokens",
      input_cents: entry.input_price_per_1m_cents,
      output_cents: entry.output_price_per_1m_cents,
    };
  }
  // A billing form without a base amount (kling-v2.6 motion control: per second, at no stated rate) is unknown.
  if (entry.unit_price_cents === undefined) return UNKNOWN_PRICE;
  const config = entry.billing_config ?? {};
  const price: Price = { unit: config.duration_source ? "second" : "call", cents: entry.unit_price_cents };
  if (config.key !== undefined) price.by = { [config.key]: config.overrides };
  if (config.keys !== undefined) {
    price.keys = config.keys;
    price.matrix = config.matrix;
  }
  if (config.duration_source) price.duration_source = config.duration_source.path;
  return price;
}
