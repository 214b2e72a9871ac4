import type { Catalog, ContractAction, PriceEntry } from "./catalog-data.ts";
import type { Schema } from "./field-schema.ts";

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
        `the price _/${endpoint} could belong to ${[...names].join(" or ")}; name its family in NO_MODEL_PRICE_OWNERS (scripts/catalog-import/price-rule.ts)`,
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

const RANGE = /^\d+(\.\d+)?-\d+(\.\d+)?$/;
const isNumeric = (schema: Schema | undefined) => schema?.type === "integer" || schema?.type === "number";

/**
 * A price as it reads against the variant's fields. `duration_band` (`1-10`, `11-20`…) is a range of
 * `duration_seconds`; an entry for a value the field does not accept can never apply and is dropped. Each
 * change is told in `notes`. A price decided by a key that is not a request field (the API derives it) cannot
 * be computed from the parameters: it is written as unknown, and told too.
 */
export function fitPrice(price: Price, properties: Record<string, Schema>, notes: string[]): Price {
  const rename = (field: string) =>
    field === "duration_band" && isNumeric(properties.duration_seconds) ? "duration_seconds" : field;
  const keep = (field: string, option: string) => {
    const property = properties[field];
    if (!property || option === "any" || (RANGE.test(option) && isNumeric(property))) return true;
    const accepted = property.enum as unknown[] | undefined;
    if (accepted && !accepted.map(String).includes(option)) {
      notes.push(`dropped the price for ${field} ${option}: the field accepts ${accepted.join(", ")}`);
      return false;
    }
    return true;
  };
  const fitted: Price = { ...price };
  const fields: string[] = [];
  if (price.by) {
    fitted.by = Object.fromEntries(
      Object.entries(price.by as Record<string, Record<string, number>>).map(([field, table]) => {
        fields.push(rename(field));
        const kept = Object.entries(table).filter(([option]) => keep(rename(field), option));
        return [rename(field), Object.fromEntries(kept)];
      }),
    );
  }
  if (price.keys) {
    const keys = (price.keys as string[]).map(rename);
    fields.push(...keys);
    const level = (node: Record<string, unknown>, depth: number): Record<string, unknown> =>
      Object.fromEntries(
        Object.entries(node)
          .filter(([option]) => keep(keys[depth] as string, option))
          .map(([option, child]) => [
            option,
            typeof child === "object" && child !== null
              ? level(child as Record<string, unknown>, depth + 1)
              : child,
          ]),
      );
    fitted.keys = keys;
    fitted.matrix = level(price.matrix as Record<string, unknown>, 0);
  }
  const derived = fields.filter((field) => !properties[field]);
  if (derived.length > 0) {
    // The API derives these from the request (which inputs it holds); no price can be read off the parameters
    // alone, so the spec says the price is not known offline and quotes come from the API.
    notes.push(
      `the price depends on ${derived.join(", ")}, which ${derived.length > 1 ? "are not request fields" : "is not a request field"}: written as unknown (ask the API for a quote)`,
    );
    return { unit: "unknown" };
  }
  return fitted;
}
