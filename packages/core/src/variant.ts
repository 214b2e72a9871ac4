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

/** How a variant is priced: `cents` per unit, or the cents that a parameter's value picks. */
export interface PriceRule {
  unit: "call";
  cents: number;
  /** Parameter name → its value → cents. A missing parameter counts as its default. */
  by?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export type VariantStatus = "active" | "maintenance" | "deprecated";
export type TaskKind = "async" | "sync" | "hybrid";

/** One row of a family's variant table. */
export interface Variant {
  /** The model id, the value of `model` in the request. */
  model: string;
  /** The action's snake_case name, e.g. `image_to_image`. */
  action: string;
  method: "POST";
  /** The create endpoint; a task is read back at `${path}/${id}`. */
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
  variants: readonly Variant[];
}

/** Per model id: the request parameters and the task types, from the spec's generated types. */
export type ModelMap = Record<string, { params: object; created: TaskShape; task: TaskShape }>;

/** What every task answer has. */
export interface TaskShape {
  id: string;
  status: string;
}
