/**
 * A request value → US cents. Keys are `String(value)`: "2k", "true", "6". A key `a-b` on a numeric field
 * (e.g. "1-10") matches every number from a to b inclusive.
 */
export type PriceTable = Readonly<Record<string, number>>;

/** Price tables nested one level per key of `keys`, cents at the leaves; a level's key `any` matches every value. */
export interface PriceMatrix {
  readonly [value: string]: number | PriceMatrix;
}

/**
 * A price in US cents (fractions allowed) per call or per second of output. `cents` applies when no entry
 * matches. A parameter left out counts as its schema default.
 */
export interface TablePriceRule<Unit extends "call" | "second" = "call" | "second"> {
  unit: Unit;
  cents: number;
  /** One deciding parameter: its name → its value → cents. With several names, the first that matches wins. */
  by?: Readonly<Record<string, PriceTable>>;
  /** Several deciding parameters, in the order `matrix` nests them. */
  keys?: readonly string[];
  matrix?: PriceMatrix;
}

/** Per second of generated output: `cents` (or the matching entry) times the output's duration. */
export interface PerSecondPriceRule extends TablePriceRule<"second"> {
  /** Where the measured output is in the completed task, e.g. `videos[0].url`. */
  duration_source: string;
}

/** Per million tokens of input and of output. */
export interface TokenPriceRule {
  unit: "million_tokens";
  input_cents: number;
  output_cents: number;
  /** No single price: declared so that `price.cents` reads as undefined on any rule. */
  cents?: undefined;
}

/** The spec publishes no price for this variant. */
export interface UnknownPriceRule {
  unit: "unknown";
  /** No price: declared so that `price.cents` reads as undefined on any rule. */
  cents?: undefined;
}

/** How a variant is priced: `x-runapi-variant.price` in the spec. */
export type PriceRule = TablePriceRule<"call"> | PerSecondPriceRule | TokenPriceRule | UnknownPriceRule;
