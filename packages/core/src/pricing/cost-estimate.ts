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
