import type { InputSchema, PriceRule } from "./variant.js";

/** A price known exactly: US cents for one call. */
export interface ExactCost {
  kind: "exact";
  cents: number;
  currency: "USD";
  unit: "call";
}

/** US cents per second of output: the charge is this rate times the generated output's duration. */
export interface RateCost {
  kind: "rate";
  cents: number;
  currency: "USD";
  unit: "second";
  note: string;
}

/** US cents per million tokens of input and of output. */
export interface TokenCost {
  kind: "tokens";
  inputCentsPerMillion: number;
  outputCentsPerMillion: number;
  currency: "USD";
  cents?: undefined;
}

/** The spec publishes no price for the variant. */
export interface UnknownCost {
  kind: "unknown";
  reason: string;
  cents?: undefined;
}

/** What a call is expected to cost, computed offline from the spec's price rule; `kind` says which form. */
export type CostEstimate = ExactCost | RateCost | TokenCost | UnknownCost;

/**
 * Applies a price rule to request parameters. Values are looked up as `String(value)`; a parameter left out
 * counts as its default; nothing matching leaves the rule's `cents`.
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

/**
 * A table's entry for a value: its own key, else a range key `a-b` holding the number (the linter allows
 * ranges on numeric fields only), else `any`. The generated READMEs' price tables read cells with it too.
 */
export function pick<T>(table: Readonly<Record<string, T>>, value: unknown): T | undefined {
  for (const key in table) {
    const [low, high] = key.split("-");
    if (key === String(value) || (low && (value as number) >= +low && (value as number) <= +high!)) {
      return table[key];
    }
  }
  return table.any;
}
