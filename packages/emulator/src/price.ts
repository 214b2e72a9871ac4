/** Price tables as the spec writes them: value → cents, or value → the next level of a matrix. */
export interface PriceMatrix {
  [value: string]: number | PriceMatrix;
}

/**
 * A variant's price rule, as written in `x-runapi-variant.price` (US cents, fractions allowed): per call or per
 * second of output with `cents` and optional `by` / `keys` + `matrix` tables, per million tokens, or unknown.
 */
export type PriceRule =
  | {
      unit: "call" | "second";
      cents: number;
      /** field → (value → cents): the request's value for the field (or the field's default) picks the price. */
      by?: Record<string, Record<string, number>>;
      /** Several deciding fields, in the order `matrix` nests them; a level may be `any`. */
      keys?: string[];
      matrix?: PriceMatrix;
      /** `unit: second` only: the output whose duration is billed, e.g. `videos[0].url`. */
      duration_source?: string;
    }
  | { unit: "million_tokens"; input_cents: number; output_cents: number }
  | { unit: "unknown" };
