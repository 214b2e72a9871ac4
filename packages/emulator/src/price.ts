// The spec loader reads price rules as core's type: one price rule, one evaluator (core's `priceFor`).
export type { PriceMatrix, PriceRule } from "@runapi.ai/core";
