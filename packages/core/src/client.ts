import type { Account } from "./account.js";
import { actionProperty } from "./action-property.js";
import { ApiPromise, type WithResponse } from "./api-promise.js";
import { type ClientOptions, resolveOptions } from "./client-options.js";
import type { DownloadOptions, WithDownloads } from "./download.js";
import { type TaskLike, ValidationError, withTaskId } from "./errors.js";
import { type CostEstimate, priceFor } from "./estimate-cost.js";
import type { Files } from "./files.js";
import { findLocalFiles, type LocalFileMode, replaceFound } from "./local-files.js";
import type { PriceQuote, Prices, PricesContext } from "./prices.js";
import { describe, type RequestOptions, sendRequest, type Transport } from "./request.js";
import { validateInput } from "./validate-input.js";
import type { ActionShape, Catalog, ModelMap, Variant } from "./variant.js";
import { type ReadTask, type WaitOptions, watchTask } from "./watch-task.js";

/** The model ids of a family. */
export type ModelId<M extends ModelMap> = keyof M & string;
/** The parameters of one variant, `model` included. */
export type ParamsOf<M extends ModelMap, K extends ModelId<M>> = M[K]["params"] & { model: K };
/** A task as `create` returns it; `model` is kept so `get`/`wait` know the endpoint. */
export type CreatedTaskOf<M extends ModelMap, K extends ModelId<M>> = M[K]["created"] & { model: K };
/** A task as `get`/`wait`/`run` return it. */
export type TaskOf<M extends ModelMap, K extends ModelId<M>> = WithDownloads<M[K]["task"]> & { model: K };
/** The model ids whose create answers a task to read: every one but those of synchronous variants. */
export type TaskModelId<M extends ModelMap> = {
  [K in ModelId<M>]: M[K] extends { sync: true } ? never : K;
}[ModelId<M>];
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
  estimateCost(params: A["params"]): CostEstimate;
  quote(params: A["params"], options?: RequestOptions): ApiPromise<PriceQuote>;
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

/**
 * An object whose methods load their module on first call (`import()`), so an app that never calls them never
 * loads their code: `names` are functions the module exports, called with `context` and the method's
 * arguments, each answering data with its response.
 */
function lazily<T, M>(load: () => Promise<M>, context: unknown, names: readonly (keyof M & string)[]): T {
  const api: Record<string, unknown> = {};
  for (const name of names) {
    api[name] = (...args: unknown[]) =>
      new ApiPromise(
        load().then((module) =>
          (module[name] as (...args: unknown[]) => Promise<WithResponse<unknown>>)(context, ...args),
        ),
      );
  }
  return api as T;
}

// What a file field holds while its request is validated; the real URL comes from the upload.
const STAND_IN = "https://upload.invalid/file";

/** Where the tasks of hybrid actions are read. */
const TASKS_PATH = "/api/v1/tasks";

/** Where a task lists its outputs, each of which gets a `download()`. */
const OUTPUT_KEYS = ["images", "videos", "audios"];

export interface CreateOptions extends RequestOptions {
  /** Sent as `Idempotency-Key` on every attempt, so a retry answers the same task. Generated when left out. */
  idempotencyKey?: string;
  /** How local files in file fields are sent: `"upload"` (default) first, for their URLs, or inlined as `"data-uri"`. */
  files?: LocalFileMode;
}

/**
 * The client of one model family, driven by its generated variant table. Family packages subclass it:
 * `new RunAPI(process.env.RUNAPI_KEY)` or `new RunAPI({ apiKey, baseURL, timeout, maxRetries, fetch })`.
 */
export class RunAPIClient<M extends ModelMap> {
  // Private fields stay out of JSON.stringify and util.inspect, so the key is never printed.
  readonly #transport: Transport;
  readonly #catalog: Catalog;
  #account?: Account;
  #files?: Files;
  #prices?: Prices<M>;

  constructor(options: string | ClientOptions | undefined, catalog: Catalog) {
    const resolved = resolveOptions(options, catalog.baseURL);
    this.#transport = {
      options: resolved,
      // The writer loads with the client, and only for a client that logs. Should its module fail to load
      // (a browser chunk gone after a deploy), requests go on unlogged, and the logger is told once.
      log:
        resolved.logLevel === "off"
          ? undefined
          : import("./logger.js").then(
              ({ createRequestLogger }) =>
                createRequestLogger(resolved.logLevel, resolved.logger, resolved.apiKey),
              (error) => {
                resolved.logger.error(
                  `[runapi] logging is off: its module did not load (${describe(error)})`,
                );
                return undefined;
              },
            ),
    };
    this.#catalog = catalog;
    for (const { action } of catalog.variants) {
      const name = actionProperty(action);
      if (!(name in this)) Object.defineProperty(this, name, { value: this.#actionClient(action) });
    }
  }

  #actionClient(action: string): TaskActionClient<ActionShape> {
    return {
      variants: this.#catalog.variants.filter((variant) => variant.action === action),
      create: (params, options = {}) => new ApiPromise(this.#create(params, options, action)),
      get: (task, options = {}) => new ApiPromise(this.#get(task, { ...options, action })),
      watch: (task, options) => this.#watch(task, { ...options, action }),
      wait: (task, options) => this.#wait(task, { ...options, action }),
      run: (params, options) => this.#run(params, options, action),
      estimateCost: (params) => this.#estimate(params, action),
      quote: (params, options) => this.prices.quote(params as never, options, action),
    } as TaskActionClient<ActionShape>;
  }

  /** The family's variants from its spec: model ids, endpoints, prices and status. */
  get variants(): readonly Variant[] {
    return this.#catalog.variants;
  }

  /** The API origin requests go to. */
  get baseURL(): string {
    return this.#transport.options.baseURL;
  }

  /** Temporary files: `upload(blob)`, `fromUrl(url)`, `fromBase64(data)`, and `download(output)`. */
  get files(): Files {
    this.#files ??= lazily(() => import("./files.js"), this.#transport, [
      "upload",
      "fromUrl",
      "fromBase64",
      "download",
    ]);
    return this.#files;
  }

  /** The key's account: `me()` and `balance()`. */
  get account(): Account {
    this.#account ??= lazily(() => import("./account.js"), this.#transport, ["me", "balance"]);
    return this.#account;
  }

  /** Live prices: `list()` (revalidated with ETags) and `quote(params)`; see also `estimateCost`. */
  get prices(): Prices<M> {
    this.#prices ??= lazily(
      () => import("./prices.js"),
      {
        transport: this.#transport,
        family: this.#catalog.family,
        check: (params, action) => this.#check(params, action),
      } satisfies PricesContext,
      ["list", "quote"],
    );
    return this.#prices;
  }

  /**
   * Validates `params` against the variant's schema, then creates a task on the variant's endpoint. Retries
   * reuse one Idempotency-Key, so they never create or charge a second task; `task_replayed` says so.
   * @example const task = await client.create({ model: "flux-2-pro-text-to-image", prompt: "a red fox" });
   */
  create<K extends ModelId<M>>(
    params: ParamsOf<M, K>,
    options: CreateOptions = {},
  ): ApiPromise<CreatedTaskOf<M, K>> {
    return new ApiPromise(this.#create<CreatedTaskOf<M, K>>(params, options));
  }

  async #create<T>(params: unknown, options: CreateOptions, action?: string): Promise<WithResponse<T>> {
    const variant = this.#variant(params, action);
    const found = findLocalFiles(variant.input, params as Record<string, unknown>);
    // Every problem before anything is sent. Local files stand in as URLs while the request is checked, and
    // their own problems (size, type) join the request's once they are read.
    let body = params;
    if (found.length === 0) this.#check(params, action, variant);
    else {
      body = await (await import("./upload-local-files.js")).uploadLocalFiles(
        this.#transport,
        params,
        found,
        options.files,
        // The create's key is for the create alone: each upload is its own request.
        { ...options, idempotencyKey: undefined } as RequestOptions,
        (replaced) => this.#check(replaced, action, variant),
        validateInput(
          variant.input,
          replaceFound(params, found, () => STAND_IN),
          variant.model,
        ),
      );
    }
    const answer = await sendRequest<object>(this.#transport, {
      ...options,
      method: variant.method,
      path: variant.path,
      body,
      idempotencyKey: options.idempotencyKey,
    });
    return this.#withModel<T>(answer, variant);
  }

  /**
   * Reads a task's current state. Not for a synchronous variant's result, which has no task to read.
   * @example const now = await client.get(task); // or client.get(id, { model })
   */
  get<K extends TaskModelId<M>>(task: TaskRef<K>, options?: RequestOptions): ApiPromise<TaskOf<M, K>>;
  get<K extends TaskModelId<M>>(id: string, options: RequestOptions & { model: K }): ApiPromise<TaskOf<M, K>>;
  get<K extends TaskModelId<M>>(
    task: TaskRef<K> | string,
    options: RequestOptions & { model?: K } = {},
  ): ApiPromise<TaskOf<M, K>> {
    return new ApiPromise(this.#get<TaskOf<M, K>>(task, options));
  }

  async #get<T>(
    task: { id: string; model?: string; action?: string } | string,
    { model, action, ...request }: RequestOptions & { model?: string; action?: string },
  ): Promise<WithResponse<T>> {
    const id = typeof task === "string" ? task : task?.id;
    if (typeof id !== "string" || id === "") throw (await import("./failures.js")).idRequired();
    const variant = await this.#forRead(typeof task === "string" ? { model } : task, action);
    // A synchronous action answers its result from create: there is no endpoint to read a task at.
    if (variant.task === "sync") throw (await import("./failures.js")).nothingToRead(variant.action);
    const answer = await sendRequest<{ model?: string }>(this.#transport, {
      ...request,
      method: "GET",
      // A hybrid action's create answers 202 with `Location: /api/v1/tasks/{id}`: its tasks are read there.
      path: `${variant.task === "hybrid" ? TASKS_PATH : variant.path}/${encodeURIComponent(id)}`,
    });
    // Read by id alone, the task is the action's, of whichever model the answer names (the variant picked the
    // path only).
    const named = typeof task === "string" ? model : task?.model;
    return this.#withModel<T>(
      answer,
      named === undefined ? { ...variant, model: answer.data.model } : variant,
    );
  }

  /**
   * Waits until a task completes and returns it; throws `TaskFailedError` when it fails and
   * `WaitTimeoutError` (with the task id, to resume) when `timeout` passes first. A synchronous variant's result
   * is answered as it is; it has no id to wait on.
   * @example const done = await client.wait(task, { timeout: 120_000, onProgress: (t) => console.log(t.status) });
   */
  wait<K extends ModelId<M>>(task: TaskRef<K>, options?: WaitOptions): Promise<TaskOf<M, K>>;
  wait<K extends TaskModelId<M>>(id: string, options: WaitOptions & { model: K }): Promise<TaskOf<M, K>>;
  wait<K extends ModelId<M>>(
    task: TaskRef<K> | string,
    options: WaitOptions & { model?: K } = {},
  ): Promise<TaskOf<M, K>> {
    return this.#wait(task, options);
  }

  async #wait<T>(task: unknown, options: WaitOptions & { model?: string; action?: string }): Promise<T> {
    let last: T | undefined;
    for await (const update of this.#watch<T>(task, options)) last = update;
    return last as T;
  }

  /**
   * Yields the task each time its status changes, ending with the completed task.
   * @example for await (const update of client.watch(task)) console.log(update.status);
   */
  watch<K extends ModelId<M>>(
    task: TaskRef<K>,
    options?: WaitOptions,
  ): AsyncGenerator<TaskOf<M, K>, TaskOf<M, K>>;
  watch<K extends TaskModelId<M>>(
    id: string,
    options: WaitOptions & { model: K },
  ): AsyncGenerator<TaskOf<M, K>, TaskOf<M, K>>;
  watch<K extends ModelId<M>>(
    task: TaskRef<K> | string,
    options: WaitOptions & { model?: K } = {},
  ): AsyncGenerator<TaskOf<M, K>, TaskOf<M, K>> {
    return this.#watch(task, options);
  }

  async *#watch<T>(
    task: unknown,
    options: WaitOptions & { model?: string; action?: string },
  ): AsyncGenerator<T, T> {
    const ref = (typeof task === "string" ? { id: task, model: options.model } : task) as { id: string };
    const variant = await this.#forRead(ref, options.action);
    const pinned = { ...ref, action: variant.action };
    const read: ReadTask<TaskLike> = (signal) => this.#get(pinned, { signal, action: variant.action });
    try {
      return (yield* watchTask({ status: "processing", ...pinned }, read, options) as AsyncGenerator<
        T,
        T
      >) as T;
    } catch (error) {
      // Whatever stops the wait (deadline, abort, a failed read), the error names the task to resume.
      throw withTaskId(error, ref.id);
    }
  }

  /**
   * Creates a task and waits for it. If waiting stops (deadline, abort, network), the error carries `taskId`,
   * as every error of `wait` and `watch` does.
   * A synchronous action answers the result at once.
   * @example const out = await client.run({ model: "flux-2-pro-text-to-image", prompt: "a red fox" });
   */
  run<K extends ModelId<M>>(
    params: ParamsOf<M, K>,
    options: WaitOptions & CreateOptions = {},
  ): Promise<TaskOf<M, K>> {
    return this.#run(params, options);
  }

  async #run<T>(params: unknown, options: WaitOptions & CreateOptions = {}, action?: string): Promise<T> {
    // `timeout` bounds the whole wait, not the create request.
    const { timeout, ...request } = options;
    const { data: task } = await this.#create<TaskLike & TaskMeta>(params, request, action);
    // An error while waiting carries the task's id (see #watch).
    return this.#wait<T>(task, { ...options, action: action ?? task.action });
  }

  /**
   * What a call with these parameters costs, offline, from the spec's price rule: `kind` "exact" (cents per
   * call), "rate" (cents per second of output), "tokens" (cents per million tokens) or "unknown".
   * @example client.estimateCost({ model: "flux-2-flex-text-to-image", prompt, output_resolution: "2k" }).cents // 24
   */
  estimateCost<K extends ModelId<M>>(params: ParamsOf<M, K>): CostEstimate {
    return this.#estimate(params);
  }

  /**
   * The price of `params`: a value the price depends on that the variant does not take is refused as create
   * would refuse it (one left out or null counts as its default); the other parameters are not checked, so a
   * call can be priced before it is complete.
   */
  #estimate(params: unknown, action?: string): CostEstimate {
    const given = params as Record<string, unknown>;
    const variant = this.#variant(params, action);
    const { by, keys = [] } = variant.price as { by?: object; keys?: readonly string[] };
    this.#check(
      params,
      action,
      variant,
      [...Object.keys(by ?? {}), ...keys].filter((field) => given[field] != null),
    );
    return priceFor(variant.price, variant.input, given);
  }

  /** Everything wrong with `params` (or with the fields `only` names), all at once, before anything is sent. */
  #check(
    params: unknown,
    action?: string,
    variant = this.#variant(params, action),
    only?: string[],
  ): Variant {
    const issues = validateInput(variant.input, params, variant.model).filter(
      (issue) => !only || only.includes(issue.path),
    );
    if (issues.length > 0) throw new ValidationError(issues);
    return variant;
  }

  /** The variant a task is read through: within an action, its id is enough (its variants share a path). */
  async #forRead(ref: unknown, action?: string): Promise<Variant> {
    const { model, action: own } = (ref ?? {}) as { model?: unknown; action?: unknown };
    const { variants } = this.#catalog;
    if (model === undefined && (action ?? own) === undefined) {
      throw (await import("./failures.js")).modelToRead(variants);
    }
    const first = variants.find((variant) => variant.action === action);
    return model === undefined && first ? first : this.#variant(ref, action);
  }

  /**
   * The variant `source` (parameters or a task) names by its `model`, within `action` (the argument's, else
   * the source's own) when given. An action that takes no model has one variant, whatever the source says.
   */
  #variant(source: unknown, action?: string): Variant {
    const { model, action: own } = (source ?? {}) as { model?: unknown; action?: unknown };
    const within = action ?? (typeof own === "string" ? own : undefined);
    const variants = this.#catalog.variants.filter(
      (variant) => within === undefined || variant.action === within,
    );
    // An action without a model is reached through its own property only, never by leaving `model` out.
    const found = variants.filter((variant) =>
      within ? !variant.model || variant.model === model : model !== undefined && variant.model === model,
    );
    if (found.length === 1) return found[0] as Variant;
    // Several actions serve the model; or it is left out where actions without one are to be called instead.
    const named = found[1] ? found : model === undefined ? variants.filter((variant) => !variant.model) : [];
    if (named.length > 0) {
      const actions = named.map((variant) => `client.${actionProperty(variant.action)}`).join(", ");
      throw new ValidationError([
        {
          path: "model",
          message:
            model === undefined
              ? `model is required, or call an action that takes none through ${actions}`
              : `model ${model} belongs to several actions: call it through one of ${actions}`,
        },
      ]);
    }
    // The ids this call takes: an action without a model has none to list.
    const ids = [...new Set(variants.map((variant) => variant.model))].filter(Boolean).sort();
    throw new ValidationError([{ path: "model", message: `model must be one of: ${ids.join(", ")}` }]);
  }

  /**
   * The answer with the variant's model added, so `get` and `wait` know the endpoint of the task; and its
   * action too when the model alone does not name it (an action without a model, a model id several actions
   * share). Outputs get a `download()`, not enumerable, so the task still serializes as the API sent it.
   */
  #withModel<T>({ data, response }: WithResponse<object>, { model, action }: Variant): WithResponse<T> {
    const shared =
      model === undefined ||
      this.#catalog.variants.some((other) => other.model === model && other.action !== action);
    const task: Record<string, unknown> = { ...data };
    if (model !== undefined) task.model = model;
    if (shared) task.action = action;
    for (const key of OUTPUT_KEYS) {
      const outputs = task[key];
      if (!Array.isArray(outputs)) continue;
      for (const output of outputs) {
        if (typeof output === "object" && output !== null) {
          Object.defineProperty(output, "download", {
            value: (options?: DownloadOptions) => this.files.download(output, options),
            configurable: true,
          });
        }
      }
    }
    return { data: task as T, response };
  }

  toJSON(): Record<string, unknown> {
    return { family: this.#catalog.family, baseURL: this.#transport.options.baseURL };
  }
}
