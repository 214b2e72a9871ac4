/**
 * The shape of a generated variant table. A family package holds only data of these types;
 * every behaviour lives in core.
 */

/** A JSON Schema subset: what the validator enforces and what the emulator's validator enforces too. */
export interface InputSchema {
  type?: "string" | "integer" | "number" | "boolean" | "array" | "object";
  enum?: readonly unknown[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  items?: InputSchema;
  properties?: Readonly<Record<string, InputSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  /** Takes file URLs (`x-runapi-file` in the spec): `create`/`run` also accept local files here and upload them. */
  file?: true;
  /** Cross-field rules of an object (the request's own fields), checked after the keywords above, in order. */
  rules?: readonly Rule[];
}

/**
 * A cross-field rule: while every `when` entry holds (a field equals the value, or `{ present }` says whether
 * it is set), the `required` fields must be set, the `forbidden` ones must not be, at least one of
 * `requiredAny` must be, and each `enum` field, when set, must be one of its values. No `when`: always.
 */
export interface Rule {
  when?: Readonly<Record<string, string | number | boolean | { present: boolean }>>;
  required?: readonly string[];
  forbidden?: readonly string[];
  requiredAny?: readonly string[];
  enum?: Readonly<Record<string, readonly unknown[]>>;
}

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

export type VariantStatus = "active" | "maintenance" | "deprecated";
/** How a create answers: a task to read (async), 202 with a Location to read it at (hybrid), or the result (sync). */
export type TaskKind = "async" | "sync" | "hybrid";

/** One row of a family's variant table. */
export interface Variant {
  /** The model id, the value of `model` in the request; absent for an action that takes no model. */
  model?: string;
  /** The action's snake_case name, e.g. `image_to_image`. */
  action: string;
  method: "POST";
  /** The create endpoint; a task is read back at `${path}/${id}` (a hybrid action's at `/api/v1/tasks/${id}`). */
  path: string;
  status: VariantStatus;
  task: TaskKind;
  price: PriceRule;
  /** The request body's schema, model included. */
  input: InputSchema;
}

/** What a generated package hands to core. */
export interface Catalog {
  family: string;
  /** The spec's `servers[0].url`: the origin when neither the `baseURL` option nor `RUNAPI_BASE_URL` names one. */
  baseURL?: string;
  variants: readonly Variant[];
}

/**
 * Per model id: the request parameters and the task types, from the spec's generated types; `sync` marks a
 * synchronous variant, whose create answers the result and leaves no task to read.
 */
export type ModelMap = Record<string, { params: object; created: TaskShape; task: TaskShape; sync?: true }>;

/** One action: its parameters (any of its variants'), what create answers and what get reads back. */
export interface ActionShape {
  params: object;
  created: TaskShape;
  task: TaskShape;
  /** Every variant of the action is synchronous: create answers the result, and there is no task to read. */
  sync?: true;
}

/** What every task answer has. */
export interface TaskShape {
  id: string;
  status: string;
}
