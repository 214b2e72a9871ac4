import type { Variant } from "../catalog/catalog.js";
import type { ActionShape, ModelId, ModelMap } from "../catalog/model-map.js";
import type { WithDownloads } from "../files/download.js";
import type { LocalFileMode } from "../files/local-files.js";
import type { RequestOptions } from "../http/send-request.js";
import type { CostEstimate } from "../pricing/cost-estimate.js";
import type { PriceQuote } from "../pricing/live-prices.js";
import type { WaitOptions } from "../tasks/watch-task.js";
import type { ValidateInputOptions } from "../validation/validate-input.js";
import type { ApiPromise } from "./api-promise.js";

/** A task as `get`/`wait`/`run` return it. */
export type TaskOf<M extends ModelMap, K extends ModelId<M>> = WithDownloads<M[K]["task"]> & { model: K };
/** What `get`, `wait` and `watch` accept: a task returned by the client, or any object with its id and model. */
export type TaskRef<K extends string> = { id: string; model: K; action?: string; status?: string };
/** What the client adds to the tasks it returns: the variant's model, and its action when the model does not name it. */
export interface TaskMeta {
  model?: string;
  action?: string;
}

/**
 * One action of a family (`client.textToImage`, `client.generateLyrics`): the same calls as the client's,
 * for that action's variants only. The way to reach an action that takes no model, or a model id that
 * several actions share. A synchronous action's `create` answers the finished result, so its client has no
 * `get`, and its `wait` and `watch` take only that result.
 */
export type ActionClient<A extends ActionShape> = A extends { sync: true }
  ? SyncActionClient<A>
  : TaskActionClient<A>;

/** A synchronous action (`client.textToSpeech` of a speech family): `create` and `run` answer the result. */
export interface SyncActionClient<A extends ActionShape> {
  /** The action's variants. */
  readonly variants: readonly Variant[];
  create(params: A["params"], options?: CreateOptions): ApiPromise<A["created"] & TaskMeta>;
  /** Answers a finished result as it is, so code written for tasks runs on results too. */
  wait(
    task: { id: string; status?: string },
    options?: WaitOptions,
  ): Promise<WithDownloads<A["task"]> & TaskMeta>;
  watch(
    task: { id: string; status?: string },
    options?: WaitOptions,
  ): AsyncGenerator<WithDownloads<A["task"]> & TaskMeta, WithDownloads<A["task"]> & TaskMeta>;
  run(
    params: A["params"],
    options?: WaitOptions & CreateOptions,
  ): Promise<WithDownloads<A["task"]> & TaskMeta>;
  estimateCost(params: A["params"], options?: ValidateInputOptions): CostEstimate;
  quote(params: A["params"], options?: RequestOptions & ValidateInputOptions): ApiPromise<PriceQuote>;
}

/** An action whose create answers a task: read it by id with `get`, `wait` or `watch`. */
export interface TaskActionClient<A extends ActionShape> extends SyncActionClient<A> {
  get(
    task: string | { id: string },
    options?: RequestOptions,
  ): ApiPromise<WithDownloads<A["task"]> & TaskMeta>;
  wait(
    task: string | { id: string; status?: string },
    options?: WaitOptions,
  ): Promise<WithDownloads<A["task"]> & TaskMeta>;
  watch(
    task: string | { id: string; status?: string },
    options?: WaitOptions,
  ): AsyncGenerator<WithDownloads<A["task"]> & TaskMeta, WithDownloads<A["task"]> & TaskMeta>;
}

export interface CreateOptions extends RequestOptions, ValidateInputOptions {
  /** Sent as `Idempotency-Key` on every attempt, so a retry answers the same task. Generated when left out. */
  idempotencyKey?: string;
  /** How local files in file fields are sent: `"upload"` (default) first, for their URLs, or inlined as `"data-uri"`. */
  files?: LocalFileMode;
}
