import type { JSONObject } from "@ai-sdk/provider";
import type { FileOutput } from "@runapi.ai/core";

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

/** What `taskFacts` reads of a task: its id and its billing. */
export interface TaskLike {
  id?: string;
  billing?: { settlement?: { charged_amount_cents?: number } | null } | null;
}

/** A task that lists its output files under `key`: `images`, `videos`, `audios`. */
export type TaskWithOutputs<Key extends string> = TaskLike & Partial<Record<Key, FileOutput[]>>;

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
