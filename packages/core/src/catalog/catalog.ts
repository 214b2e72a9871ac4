import type { PriceRule } from "../pricing/price-rule.js";
import type { InputSchema } from "../validation/input-schema.js";

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

/**
 * What a generated package hands to core: its variant table. A family package holds only data of these types;
 * every behaviour lives in core.
 */
export interface Catalog {
  family: string;
  /** The spec's `servers[0].url`: the origin when neither the `baseURL` option nor `RUNAPI_BASE_URL` names one. */
  baseURL?: string;
  variants: readonly Variant[];
}
