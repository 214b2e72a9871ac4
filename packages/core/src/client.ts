import { type ClientOptions, type ResolvedOptions, resolveOptions } from "./client-options.js";
import { ValidationError } from "./errors.js";
import { type CostEstimate, priceFor } from "./estimate-cost.js";
import { randomId } from "./random-id.js";
import { type RequestOptions, sendRequest } from "./request.js";
import { validateInput } from "./validate-input.js";
import type { Catalog, ModelMap, Variant } from "./variant.js";
import { type WaitOptions, waitForTask } from "./wait-for-task.js";

/** The model ids of a family. */
export type ModelId<M extends ModelMap> = keyof M & string;
/** The parameters of one variant, `model` included. */
export type ParamsOf<M extends ModelMap, K extends ModelId<M>> = M[K]["params"] & { model: K };
/** A task as `create` returns it; `model` is kept so `get`/`wait` know the endpoint. */
export type CreatedTaskOf<M extends ModelMap, K extends ModelId<M>> = M[K]["created"] & { model: K };
/** A task as `get`/`wait`/`run` return it. */
export type TaskOf<M extends ModelMap, K extends ModelId<M>> = M[K]["task"] & { model: K };
/** What `get` and `wait` accept: a task returned by the client, or any object with its id and model. */
export type TaskRef<K extends string> = { id: string; model: K; status?: string };

export interface CreateOptions extends RequestOptions {
  /** Sent as `Idempotency-Key`, so a repeated create answers the same task. Generated when left out. */
  idempotencyKey?: string;
}

/**
 * The client of one model family, driven by its generated variant table. Family packages subclass it:
 * `new RunAPI(process.env.RUNAPI_KEY)` or `new RunAPI({ apiKey, baseURL, timeout, fetch })`.
 */
export class RunAPIClient<M extends ModelMap> {
  // Private fields stay out of JSON.stringify and util.inspect, so the key is never printed.
  readonly #options: ResolvedOptions;
  readonly #catalog: Catalog;
  readonly #byModel: Map<string, Variant>;

  constructor(options: string | ClientOptions | undefined, catalog: Catalog) {
    this.#options = resolveOptions(options);
    this.#catalog = catalog;
    this.#byModel = new Map(catalog.variants.map((variant) => [variant.model, variant]));
  }

  /** The family's variants from its spec: model ids, endpoints, prices and status. */
  get variants(): readonly Variant[] {
    return this.#catalog.variants;
  }

  /** The API origin requests go to. */
  get baseURL(): string {
    return this.#options.baseURL;
  }

  /**
   * Validates `params` against the variant's schema, then creates a task on the variant's endpoint.
   * @example const task = await client.create({ model: "flux-2-pro-text-to-image", prompt: "a red fox" });
   */
  async create<K extends ModelId<M>>(
    params: ParamsOf<M, K>,
    options: CreateOptions = {},
  ): Promise<CreatedTaskOf<M, K>> {
    const variant = this.#check(params);
    const { idempotencyKey, ...request } = options;
    const task = await sendRequest<CreatedTaskOf<M, K>>(this.#options, {
      ...request,
      method: variant.method,
      path: variant.path,
      body: params,
      headers: { ...request.headers, "idempotency-key": idempotencyKey ?? randomId() },
    });
    return { ...task, model: variant.model as K };
  }

  /**
   * Reads a task's current state.
   * @example const now = await client.get(task); // or client.get(id, { model })
   */
  get<K extends ModelId<M>>(task: TaskRef<K>, options?: RequestOptions): Promise<TaskOf<M, K>>;
  get<K extends ModelId<M>>(id: string, options: RequestOptions & { model: K }): Promise<TaskOf<M, K>>;
  async get<K extends ModelId<M>>(
    task: TaskRef<K> | string,
    options: RequestOptions & { model?: K } = {},
  ): Promise<TaskOf<M, K>> {
    const { model: optionModel, ...request } = options;
    const id = typeof task === "string" ? task : task.id;
    const model = typeof task === "string" ? optionModel : task.model;
    const variant = this.#variant(model);
    if (typeof id !== "string" || id === "") {
      throw new ValidationError([
        { path: "id", message: "id is required: pass the task returned by create()" },
      ]);
    }
    const current = await sendRequest<TaskOf<M, K>>(this.#options, {
      ...request,
      method: "GET",
      path: `${variant.path}/${encodeURIComponent(id)}`,
    });
    return { ...current, model: variant.model as K };
  }

  /**
   * Waits until a task completes and returns it; throws `TaskFailedError` when it fails and
   * `WaitTimeoutError` (with the task id, to resume) when `timeout` passes first.
   * @example const done = await client.wait(task, { onProgress: (t) => console.log(t.status) });
   */
  wait<K extends ModelId<M>>(task: TaskRef<K>, options: WaitOptions = {}): Promise<TaskOf<M, K>> {
    const start = { status: "processing", ...task } as TaskOf<M, K>;
    return waitForTask(start, (timeout, signal) => this.get(task, { timeout, signal }), options);
  }

  /**
   * Creates a task and waits for it: `create` then `wait`.
   * @example const out = await client.run({ model: "flux-2-pro-text-to-image", prompt: "a red fox" });
   */
  async run<K extends ModelId<M>>(
    params: ParamsOf<M, K>,
    options: WaitOptions & CreateOptions = {},
  ): Promise<TaskOf<M, K>> {
    const { onProgress, pollInterval, maxPollInterval, timeout, ...request } = options;
    const task = await this.create(params, request);
    return this.wait(task as TaskRef<K>, {
      signal: options.signal,
      timeout,
      onProgress,
      pollInterval,
      maxPollInterval,
    });
  }

  /**
   * What a call with these parameters costs, offline, from the spec's price rule.
   * @example client.estimateCost({ model: "flux-2-flex-image-to-image", prompt, source_image_urls, output_resolution: "2k" }).cents // 24
   */
  estimateCost<K extends ModelId<M>>(params: ParamsOf<M, K>): CostEstimate {
    const variant = this.#variant((params as { model?: string }).model);
    return priceFor(variant.price, variant.input, params as Record<string, unknown>);
  }

  /** Everything wrong with `params`, all at once, before anything is sent. */
  #check(params: unknown): Variant {
    if (typeof params !== "object" || params === null || Array.isArray(params)) {
      throw new ValidationError([
        { path: "", message: "params must be an object with a model and its parameters" },
      ]);
    }
    const variant = this.#variant((params as { model?: unknown }).model);
    const issues = validateInput(variant.input, params, variant.model);
    if (issues.length > 0) throw new ValidationError(issues);
    return variant;
  }

  #variant(model: unknown): Variant {
    const variant = typeof model === "string" ? this.#byModel.get(model) : undefined;
    if (variant) return variant;
    const ids = [...this.#byModel.keys()].sort();
    throw new ValidationError([{ path: "model", message: `model must be one of: ${ids.join(", ")}` }]);
  }

  toJSON(): Record<string, unknown> {
    return { family: this.#catalog.family, baseURL: this.#options.baseURL };
  }
}
