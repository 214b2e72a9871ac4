import type { InputSchema } from "../validation/input-schema.js";
import type { CostEstimate } from "./cost-estimate.js";
import { pick } from "./pick.js";
import type { PriceRule } from "./price-rule.js";

/**
 * Applies a price rule to request parameters, as the emulator prices a request: a parameter left out (or null)
 * counts as its default; a matrix is walked in `keys` order and a `by` table read, each level with `pick`; a
 * matrix entry wins, then the first `by` field whose value has an entry; nothing matching leaves `cents`.
 */
export function priceFor(rule: PriceRule, input: InputSchema, params: Record<string, unknown>): CostEstimate {
  const { unit } = rule;
  const currency = "USD";
  if (unit === "unknown") {
    return {
      kind: unit,
      reason: "price not published in the spec: see client.prices.quote or the pricing page",
    };
  }
  if (unit === "million_tokens") {
    return {
      kind: "tokens",
      inputCentsPerMillion: rule.input_cents,
      outputCentsPerMillion: rule.output_cents,
      currency,
    };
  }
  const value = (field: string) => params[field] ?? input.properties?.[field]?.default;
  let cents: unknown;
  // The first deciding field whose value has an entry wins.
  for (const field in rule.by) cents ??= pick(rule.by[field]!, value(field));
  let node: unknown = rule.matrix;
  for (const key of rule.keys ?? []) node &&= pick(node as Record<string, unknown>, value(key));
  return {
    kind: unit === "call" ? "exact" : "rate",
    cents: typeof node === "number" ? node : (cents ?? rule.cents),
    currency,
    unit,
    ...(unit === "second" && { note: "cents per second of output" }),
  } as CostEstimate;
}
