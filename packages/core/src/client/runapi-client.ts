import type { Account } from "../account/account.js";
import { actionProperty } from "../catalog/action-property.js";
import type { Catalog, Variant } from "../catalog/catalog.js";
import type {
  ActionShape,
  CostOf,
  CreatedTaskOf,
  ModelId,
  ModelMap,
  ParamsOf,
  TaskModelId,
} from "../catalog/model-map.js";
import { type TaskLike, ValidationError } from "../errors/error-ladder.js";
import { addDownloads } from "../files/add-downloads.js";
import type { Files } from "../files/files.js";
import { findLocalFiles } from "../files/local-files.js";
import type { PersistentFiles } from "../files/persistent-files.js";
import type { Uploads } from "../files/uploads.js";
import { describeError } from "../http/describe-error.js";
import { randomId } from "../http/random-id.js";
import { isRetryable } from "../http/retry-policy.js";
import { type RequestOptions, sendRequest } from "../http/send-request.js";
import { sleep } from "../http/sleep.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";
import { withoutCredentials } from "../http/without-credentials.js";
import type { CostEstimate } from "../pricing/cost-estimate.js";
import type { Prices, PricesContext } from "../pricing/live-prices.js";
import { priceFor } from "../pricing/price-for.js";
import { followLocation, TASKS_PATH, taskIdSegment, taskPath } from "../tasks/follow-location.js";
import { storedAnswer, storedAnswerOf } from "../tasks/stored-answer.js";
import { waitAgainAfter } from "../tasks/wait-again-after.js";
import {
  DEFAULT_MAX_DELAY_MS,
  DEFAULT_MIN_DELAY_MS,
  DEFAULT_WAIT_TIMEOUT_MS,
  type ReadTask,
  type WaitOptions,
  watchTask,
} from "../tasks/watch-task.js";
import { withTaskId } from "../tasks/with-task-id.js";
import { type ValidateInputOptions, validateInput } from "../validation/validate-input.js";
import type { CreateOptions, TaskActionClient, TaskMeta, TaskOf, TaskRef } from "./action-client.js";
import { ApiPromise } from "./api-promise.js";
import { refuseKeyInBrowser } from "./browser-guard.js";
import { type ClientOptions, resolveOptions } from "./client-options.js";
import { lazily } from "./lazily.js";
import { variantFor, variantToRead } from "./variant-for.js";

/**
 * The client of one model family, driven by its generated variant table. Family packages subclass it:
 * `new RunAPI(process.env.RUNAPI_KEY)` or `new RunAPI({ apiKey, baseURL, timeout, maxRetries, fetch })`.
 */
export class RunAPIClient<M extends ModelMap> {
  // Private fields stay out of JSON.stringify and util.inspect, so the key is never printed.
  readonly #transport: Transport;
  readonly #catalog: Catalog;
  /** Whether calls make the checks the API does not make, unless a call says otherwise. */
  readonly #strict: boolean;
  #account?: Account;
  #files?: Files;
  #persistentFiles?: PersistentFiles;
  #uploads?: Uploads;
  #prices?: Prices<M>;

  constructor(options: string | ClientOptions | undefined, catalog: Catalog) {
    const resolved = resolveOptions(options, catalog.baseURL);
    refuseKeyInBrowser(resolved.apiKey, typeof options === "object" && options?.dangerouslyAllowBrowser);
    this.#transport = {
      options: resolved,
      // The writer loads with the client, and only for a client that logs. Should its module fail to load
      // (a browser chunk gone after a deploy), requests go on unlogged, and the logger is told once.
      log:
        resolved.logLevel === "off"
          ? undefined
          : import("../logging/request-logger.js").then(
              ({ createRequestLogger }) =>
                createRequestLogger(resolved.logLevel, resolved.logger, resolved.apiKey),
              (error) => {
                resolved.logger.error(
                  `[runapi] logging is off: its module did not load (${describeError(error)})`,
                );
                return undefined;
              },
            ),
    };
    this.#catalog = catalog;
    this.#strict = (typeof options === "object" ? options?.strict : undefined) ?? true;
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
      estimateCost: (params, options) => this.#estimate(params, options, action),
      quote: (params, options) => this.prices.quote(params as never, options, action),
    } as TaskActionClient<ActionShape>;
  }

  /** The family's variants from its spec: model ids, endpoints, prices and status. */
  get variants(): readonly Variant[] {
    return this.#catalog.variants;
  }

  /** The API origin requests go to. */
  get baseURL(): string {
    // A user or password in the URL (refused at the first request) is never shown.
    return withoutCredentials(this.#transport.options.baseURL);
  }

  /** Temporary files: `upload(blob)`, `fromUrl(url)`, `fromBase64(data)`, and `download(output)`. */
  get files(): Files {
    this.#files ??= lazily(() => import("../files/files.js"), this.#transport, [
      "upload",
      "fromUrl",
      "fromBase64",
      "download",
    ]);
    return this.#files;
  }

  /** Files kept until deleted (`/v1/files`): `create`, `list`, `retrieve`, `delete`, `content`. */
  get persistentFiles(): PersistentFiles {
    this.#persistentFiles ??= lazily(
      () => import("../files/persistent-files.js"),
      this.#transport,
      ["create", "retrieve", "delete", "content"],
      ["list"],
    );
    return this.#persistentFiles;
  }

  /** Large files in parts (`/v1/uploads`): `upload(file, { onProgress })`, or `create`, `addPart`, `complete`, `cancel`. */
  get uploads(): Uploads {
    this.#uploads ??= lazily(() => import("../files/uploads.js"), this.#transport, [
      "upload",
      "create",
      "addPart",
      "complete",
      "cancel",
    ]);
    return this.#uploads;
  }

  /** The key's account: `me()` and `balance()`. */
  get account(): Account {
    this.#account ??= lazily(() => import("../account/account.js"), this.#transport, ["me", "balance"]);
    return this.#account;
  }

  /** Live prices: `list()` (revalidated with ETags) and `quote(params)`; see also `estimateCost`. */
  get prices(): Prices<M> {
    this.#prices ??= lazily(
      () => import("../pricing/live-prices.js"),
      {
        transport: this.#transport,
        family: this.#catalog.family,
        check: (params, action, strict) => this.#check(params, action, { strict }),
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

  /**
   * Validates, uploads local files, and creates. An action that may answer 202 + Location (hybrid, and sync,
   * as the API may) is followed there with `wait`'s waiting until its stored answer, which is returned.
   */
  async #create<T>(
    params: unknown,
    { strict, ...options }: CreateOptions,
    action?: string,
    wait: WaitOptions = { signal: options.signal },
  ): Promise<WithResponse<T>> {
    const variant = variantFor(this.#catalog.variants, params, action);
    const found = findLocalFiles(variant.input, params as Record<string, unknown>);
    // Every problem before anything is sent; local files are checked with the request once they are read.
    let body = params;
    if (found.length === 0) this.#check(params, action, { variant, strict });
    else {
      body = await (await import("../files/upload-local-files.js")).uploadLocalFiles(
        this.#transport,
        params,
        found,
        options.files,
        // The create's key is for the create alone: each upload leaves it out (see withoutIdempotencyKey).
        options,
        (replaced) => this.#issues(variant, replaced, strict),
      );
    }
    const answer = await sendRequest<object>(this.#transport, {
      ...options,
      method: variant.method,
      path: variant.path,
      body,
      idempotencyKey: options.idempotencyKey,
    });
    if (answer.response.status !== 202 || variant.task === "async")
      return this.#withModel<T>(answer, variant);
    // Accepted for later: the result is read where Location points, with the waiting of tasks.
    const { headers } = answer.response;
    const task = this.#withModel<TaskLike & TaskMeta>(answer, variant).data;
    const id = task.id ?? headers.get("x-runapi-task-id");
    const location = followLocation(headers.get("location"), id, this.#transport.options.baseURL);
    const data = await this.#wait<T>(
      { ...task, status: task.status ?? "processing", id, location },
      { ...wait, action: variant.action },
    );
    return { data, response: answer.response };
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
    {
      model,
      action,
      location,
      ...request
    }: RequestOptions & { model?: string; action?: string; location?: string },
  ): Promise<WithResponse<T>> {
    const id = taskIdSegment(typeof task === "string" ? task : task?.id);
    const variant = variantToRead(
      this.#catalog.variants,
      typeof task === "string" ? { model } : task,
      action,
    );
    // A synchronous action answers its result from create: there is no endpoint to read a task at (unless its
    // create answered 202 + Location, which create and wait follow themselves).
    if (variant.task === "sync" && location === undefined) {
      throw new ValidationError([
        {
          path: "id",
          message: `${variant.action} answers its result from create at once: there is no task to read, use what create returned`,
        },
      ]);
    }
    const answer = await sendRequest<{ model?: string }>(this.#transport, {
      ...request,
      method: "GET",
      // A hybrid action's create answers 202 with `Location: /api/v1/tasks/{id}`: its tasks are read there.
      path: location ?? `${variant.task === "hybrid" ? TASKS_PATH : variant.path}/${id}`,
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
   * `WaitTimeoutError` (with the task id, to resume) when `timeout` passes first. `onProgress` hears of every
   * read (of status changes only, with `statusChangesOnly`). A synchronous variant's result is answered as it is;
   * it has no id to wait on.
   * @example const done = await client.wait(task, { timeout: 120_000, onProgress: (t, p) => console.log(t.status, p.polls) });
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
   * Yields the task after every read, ending with the completed task; with `statusChangesOnly`, each time its
   * status changes.
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
    const ref = (typeof task === "string" ? { id: task, model: options.model } : task) as {
      id: string;
      status?: string;
      location?: string;
    };
    const variant = variantToRead(this.#catalog.variants, ref, options.action);
    // A task still to be read has an id that can be sent: refused now, not after the first delay.
    if (ref.status === undefined || ref.status === "pending" || ref.status === "processing")
      taskIdSegment(ref.id);
    const { location, ...pinned } = { ...ref, action: variant.action };
    // A task of an action that may answer 202 is read where its Location pointed, else at /api/v1/tasks/{id};
    // a finished result (a sync create's answer) is answered as it is.
    const deferred = variant.task === "async" ? undefined : (location ?? taskPath(ref.id));
    const read: ReadTask<TaskLike> = (signal) =>
      this.#get(pinned, { signal, action: variant.action, location: deferred });
    try {
      const updates = watchTask({ status: "processing", ...pinned }, read, options);
      for (;;) {
        const { value, done } = await updates.next();
        // A completed deferred task carries the create's answer: that is the result.
        const stored = deferred === undefined ? undefined : storedAnswerOf(value);
        const result = stored
          ? this.#decoded<T>(storedAnswer(stored, this.#transport.options.apiKey), variant)
          : (value as T);
        if (done) return result;
        yield result;
      }
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
    const deadline = Date.now() + (timeout ?? DEFAULT_WAIT_TIMEOUT_MS);
    // One key for every attempt, however many: a create the server carried out before its answer was lost is
    // answered again, never made twice, so a rate limit or an outage that outlasts the request's own retries is
    // waited out, as the wait itself does, until the deadline.
    const idempotencyKey = request.idempotencyKey ?? randomId();
    let task: TaskLike & TaskMeta;
    for (let failures = 0; ; failures++) {
      try {
        ({ data: task } = await this.#create<TaskLike & TaskMeta>(
          params,
          { ...request, idempotencyKey },
          action,
          options,
        ));
        break;
      } catch (error) {
        const delay = waitAgainAfter(
          error,
          failures,
          options.minDelay ?? DEFAULT_MIN_DELAY_MS,
          options.maxDelay ?? DEFAULT_MAX_DELAY_MS,
        );
        if (!isRetryable(error) || Date.now() + delay >= deadline) throw error;
        await sleep(delay, options.signal);
      }
    }
    // A result (a sync or followed hybrid answer, text included) is final; a task is waited on, and an error
    // while waiting carries its id (see #watch).
    if (typeof task !== "object" || task === null || task.status === "completed") return task as T;
    return this.#wait<T>(task, { ...options, action: action ?? task.action });
  }

  /**
   * What a call with these parameters costs, offline, from the spec's price rule: `kind` "exact" (cents per
   * call), "rate" (cents per second of output), "tokens" (cents per million tokens) or "unknown". Typed by the
   * variant's price: a variant priced per call answers an `ExactCost`, whose `cents` is a number.
   * @example client.estimateCost({ model: "flux-2-flex-text-to-image", prompt, output_resolution: "2k" }).cents // 24
   */
  estimateCost<K extends ModelId<M>>(params: ParamsOf<M, K>, options?: ValidateInputOptions): CostOf<M, K> {
    return this.#estimate(params, options) as CostOf<M, K>;
  }

  /**
   * The price of `params`: a value the price depends on that the variant does not take is refused as create
   * would refuse it (one left out or null counts as its default); the other parameters are not checked, so a
   * call can be priced before it is complete.
   */
  #estimate(params: unknown, { strict }: ValidateInputOptions = {}, action?: string): CostEstimate {
    const given = params as Record<string, unknown>;
    const variant = variantFor(this.#catalog.variants, params, action);
    const { by, keys = [] } = variant.price as { by?: object; keys?: readonly string[] };
    const only = [...Object.keys(by ?? {}), ...keys].filter((field) => given[field] != null);
    this.#check(params, action, { variant, only, strict });
    return priceFor(variant.price, variant.input, given);
  }

  /** Everything wrong with `params` (or with the fields `only` names), all at once, before anything is sent. */
  #check(
    params: unknown,
    action: string | undefined,
    {
      variant = variantFor(this.#catalog.variants, params, action),
      only,
      strict,
    }: { variant?: Variant; only?: string[]; strict?: boolean },
  ): Variant {
    const issues = this.#issues(variant, params, strict).filter(
      (issue) => !only || only.includes(issue.path),
    );
    if (issues.length > 0) throw new ValidationError(issues);
    return variant;
  }

  /** `params`' problems as the variant's schema states them, with the call's `strict`, else the client's. */
  #issues(variant: Variant, params: unknown, strict = this.#strict) {
    return validateInput(
      variant.input,
      params,
      variant.model,
      { strict },
      `@runapi.ai/${this.#catalog.family}/node`,
    );
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
    addDownloads(task, (output, options) => this.files.download(output, options));
    return { data: task as T, response };
  }

  /** A decoded stored answer: an object gets the variant's model and its outputs' `download()`; text stays text. */
  #decoded<T>(answer: unknown, variant: Variant): T {
    if (typeof answer !== "object" || answer === null || Array.isArray(answer)) return answer as T;
    return this.#withModel<T>({ data: answer, response: undefined as never }, variant).data;
  }

  toJSON(): Record<string, unknown> {
    return { family: this.#catalog.family, baseURL: this.baseURL };
  }
}
