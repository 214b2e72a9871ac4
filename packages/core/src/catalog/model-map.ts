import type { CostEstimate } from "../pricing/cost-estimate.js";

/**
 * Per model id: the request parameters and the task types, from the spec's generated types; `sync` marks a
 * synchronous variant, whose create answers the result and leaves no task to read; `cost` is the kind of
 * estimate its price gives (`estimateCost` answers that form: an exact price's `cents` is a number).
 */
export type ModelMap = Record<
  string,
  { params: object; created: TaskShape; task: TaskShape; sync?: true; cost?: CostEstimate["kind"] }
>;

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

/** The model ids of a family. */
export type ModelId<M extends ModelMap> = keyof M & string;
/** The parameters of one variant, `model` included. */
export type ParamsOf<M extends ModelMap, K extends ModelId<M>> = M[K]["params"] & { model: K };
/** A task as `create` returns it; `model` is kept so `get`/`wait` know the endpoint. */
export type CreatedTaskOf<M extends ModelMap, K extends ModelId<M>> = M[K]["created"] & { model: K };
/** The model ids whose create answers a task to read: every one but those of synchronous variants. */
export type TaskModelId<M extends ModelMap> = {
  [K in ModelId<M>]: M[K] extends { sync: true } ? never : K;
}[ModelId<M>];
/**
 * What `estimateCost` answers for a variant: the form of its price's kind (`ExactCost`, whose `cents` is a
 * number, for a price per call), or any form when the map does not say.
 */
export type CostOf<M extends ModelMap, K extends ModelId<M>> = M[K] extends { cost: infer Kind }
  ? Extract<CostEstimate, { kind: Kind }>
  : CostEstimate;
