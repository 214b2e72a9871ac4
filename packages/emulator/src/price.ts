/** A variant's price rule, as written in `x-runapi-variant.price`. */
export interface PriceRule {
  unit: string;
  cents: number;
  /** field → (value → cents): the request's value for the field (or the field's default) picks the price. */
  by?: Record<string, Record<string, number>>;
}

/**
 * The cents a request reserves. When `by` names several fields, the first one whose value has an entry wins;
 * a value with no entry falls back to the flat `cents`. A field sent as null counts as left out (its default
 * applies), exactly as in core's offline `estimateCost`, so a quote and an estimate never disagree.
 */
export function priceOf(
  rule: PriceRule,
  body: Record<string, unknown>,
  properties: Record<string, { default?: unknown }>,
): number {
  for (const [field, table] of Object.entries(rule.by ?? {})) {
    const value = body[field] ?? properties[field]?.default;
    if (value === undefined || value === null) continue;
    const cents = table[String(value)];
    if (typeof cents === "number") return cents;
  }
  return rule.cents;
}

/** The fields a request names its output's duration by, looked at in this order. */
const DURATION_FIELDS = ["duration_seconds", "extension_duration_seconds"] as const;

/** The duration of a request that names none. */
export const DEFAULT_OUTPUT_SECONDS = 5;

/**
 * The seconds of output a request asks for: its `duration_seconds` or `extension_duration_seconds`, else that
 * field's default, else 5. A field sent as null counts as left out, as in `priceOf`; a numeric string counts as
 * its number.
 */
export function outputSeconds(
  body: Record<string, unknown>,
  properties: Record<string, { default?: unknown }>,
): number {
  for (const field of DURATION_FIELDS) {
    const value = body[field] ?? properties[field]?.default;
    const seconds = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof seconds === "number" && Number.isFinite(seconds)) return seconds;
  }
  return DEFAULT_OUTPUT_SECONDS;
}
