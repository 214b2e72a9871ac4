import { type ExactCost, type PriceRule, priceFor, type RateCost } from "@runapi.ai/core";
import { roundCents } from "./round-cents.js";

type Properties = Record<string, { default?: unknown }>;

/** A request with no duration of its own (no field, no default, or a sentinel such as -1) makes this long an output. */
export const DEFAULT_OUTPUT_SECONDS = 5;
/** The emulator's token count of text: one token per 4 characters, rounded up. */
export const CHARS_PER_TOKEN = 4;
/** The emulator's token count of a generated sound or video: 32 tokens per second of it. */
export const OUTPUT_TOKENS_PER_SECOND = 32;

/** The fields a request names its output's duration by, looked at in this order. */
export const DURATION_FIELDS = ["duration_seconds", "extension_duration_seconds"] as const;

/**
 * The seconds of output a request asks for: its `duration_seconds` or `extension_duration_seconds`, else that
 * field's default, else 5. A field sent as null counts as left out; a numeric string counts as its number; a value
 * that is not a positive number (e.g. -1 for "automatic") is no duration. Per-second prices bill this, and the
 * emulator's media renderers make their files exactly this long (up to 10 minutes, `MAX_RENDERED_SECONDS`), so a
 * settlement is rate × the produced output's duration.
 */
export function outputSeconds(body: Record<string, unknown>, properties: Properties): number {
  for (const field of DURATION_FIELDS) {
    const value = body[field] ?? properties[field]?.default;
    const seconds = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0) return seconds;
  }
  return DEFAULT_OUTPUT_SECONDS;
}

/**
 * The emulator's token counts for a token-priced request. Input: the characters of every string in the request
 * (nested ones included) except `model`, `callback_url` and URLs, one token per 4 characters, rounded up.
 * Output: 32 tokens per second of output (`outputSeconds`). A documented rule, not the provider's tokenizer.
 */
export function tokenCounts(
  body: Record<string, unknown>,
  properties: Properties,
): { input: number; output: number } {
  // Walks with its own stack, not recursion, so no nesting depth overflows the call stack.
  let characters = 0;
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (!/^https?:\/\//.test(value)) characters += value.length;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === "object") {
      for (const [name, item] of Object.entries(value)) {
        if (name !== "model" && name !== "callback_url") stack.push(item);
      }
    }
  }
  return {
    input: Math.ceil(characters / CHARS_PER_TOKEN),
    output: OUTPUT_TOKENS_PER_SECOND * outputSeconds(body, properties),
  };
}

/** What a request of a variant costs, as the create, the quote and the task's billing facts state it. */
export interface Bill {
  unit: PriceRule["unit"];
  /** The price the rule picks per unit: per call, or per second of output; null for tokens and unknown prices. */
  unitCents: number | null;
  /** What the create holds from the balance. */
  reserveCents: number;
  /** What completion charges; never more than the reservation. */
  chargeCents: number;
  /** `second`: the seconds billed. */
  seconds?: number;
  /** `million_tokens`: the token counts billed. */
  tokens?: { input: number; output: number };
}

/**
 * The bill of a request. Per call: the picked price, reserved and charged. Per second: the picked rate times the
 * requested duration is reserved, and the rate times the produced output's duration charged (the same
 * `outputSeconds`, which the renderers honour up to their 10-minute cap; past it the requested seconds are still
 * charged, as the API charges them). Per million tokens: the `tokenCounts` rule, reserved and charged.
 * Unknown: 0 — the emulator still runs the task, and its quote says the price is not published.
 */
export function billOf(rule: PriceRule, body: Record<string, unknown>, properties: Properties): Bill {
  if (rule.unit === "unknown") return { unit: rule.unit, unitCents: null, reserveCents: 0, chargeCents: 0 };
  if (rule.unit === "million_tokens") {
    const tokens = tokenCounts(body, properties);
    const cents = roundCents((tokens.input * rule.input_cents + tokens.output * rule.output_cents) / 1e6);
    return { unit: rule.unit, unitCents: null, reserveCents: cents, chargeCents: cents, tokens };
  }
  // Core's evaluator, the one the SDK's `estimateCost` runs, so a quote and an estimate never disagree.
  const { cents: unitCents } = priceFor(rule, { properties }, body) as ExactCost | RateCost;
  if (rule.unit === "call")
    return { unit: rule.unit, unitCents, reserveCents: unitCents, chargeCents: unitCents };
  const seconds = outputSeconds(body, properties);
  const cents = roundCents(unitCents * seconds);
  return { unit: rule.unit, unitCents, reserveCents: cents, chargeCents: cents, seconds };
}
