import type { InputSchema, PriceRule } from "./variant.js";

/** What a call is expected to cost, computed offline from the spec's price rule. */
export interface CostEstimate {
  /** US cents for one call. */
  cents: number;
  currency: "USD";
  unit: PriceRule["unit"];
}

/** Applies a price rule to request parameters; a parameter left out counts as its default. */
export function priceFor(rule: PriceRule, input: InputSchema, params: Record<string, unknown>): CostEstimate {
  let cents = rule.cents;
  for (const [field, prices] of Object.entries(rule.by ?? {})) {
    const value = params[field] ?? input.properties?.[field]?.default;
    const match = value === undefined ? undefined : prices[String(value)];
    if (match !== undefined) {
      cents = match;
      break;
    }
  }
  return { cents, currency: "USD", unit: rule.unit };
}
