import type { JSONObject } from "@ai-sdk/provider";

/** What a finished RunAPI task says about itself and its price, as `providerMetadata.runapi` carries it. */
export interface TaskFacts extends JSONObject {
  /** The task's id, to read it again (`client.get`) or to quote to support. */
  taskId: string | null;
  /** The model id the task ran. */
  model: string;
  /** Cents charged for the task (`billing.settlement.charged_amount_cents`), null until settled. */
  chargedCents: number | null;
  /** The task's billing facts as the API answered them: reservation, settlement, refund. */
  billing: JSONObject | null;
}

interface TaskLike {
  id?: string;
  billing?: { settlement?: { charged_amount_cents?: number } | null } | null;
}

/** The facts of a finished task, for `providerMetadata.runapi`. */
export function taskFacts(task: TaskLike, model: string): TaskFacts {
  return {
    taskId: task.id ?? null,
    model,
    chargedCents: task.billing?.settlement?.charged_amount_cents ?? null,
    billing: (task.billing ?? null) as JSONObject | null,
  };
}

/**
 * The task's facts with one entry per output under `key` (`images`, `videos`), each the facts again with the
 * output's URL, for `providerMetadata.runapi`.
 */
export function factsWithOutputs(
  facts: TaskFacts,
  key: string,
  outputs: readonly { url?: string }[],
): JSONObject {
  return { ...facts, [key]: outputs.map((output) => ({ ...facts, url: output.url ?? null })) };
}
