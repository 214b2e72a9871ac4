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
  /** Cross-field rules of the request's own fields, checked in order after its model and before its fields. */
  rules?: readonly Rule[];
}

/**
 * A cross-field rule: while every `when` entry holds (a field is there and equals the value as text, or
 * `{ present }` says whether it is there), the `required` fields must be there, the `forbidden` ones must not
 * be, at least one of `requiredAny` must be, and each `enum` field, when there, must be one of its values. No
 * `when`: always. "There" is as the API counts it: null, blank strings, empty arrays and objects are not.
 */
export interface Rule {
  when?: Readonly<Record<string, string | number | boolean | { present: boolean }>>;
  required?: readonly string[];
  forbidden?: readonly string[];
  requiredAny?: readonly string[];
  enum?: Readonly<Record<string, readonly unknown[]>>;
}
