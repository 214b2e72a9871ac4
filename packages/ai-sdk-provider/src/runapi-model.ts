import type { SharedV4ProviderOptions } from "@ai-sdk/provider";
import type { ModelTable } from "./model-table.js";
import type { RunAPIProviderSettings } from "./runapi-provider-settings.js";
import { type TaskFacts, type TaskLike, taskFacts } from "./task-facts.js";
import {
  BodyBuilder,
  type Candidate,
  clientFor,
  type ModelType,
  outputsPerCall,
  type ResolvedVariant,
  runVariant,
  variantsOf,
} from "./variant-call.js";

/** What a call of any kind brings: its abort signal, its headers and its provider options. */
interface CallOptions {
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
  providerOptions?: SharedV4ProviderOptions;
}

/** A call prepared: the variant it goes to, with its family's client, and the builder of its body. */
interface PreparedCall {
  resolved: ResolvedVariant;
  build: BodyBuilder;
}

/**
 * What a RunAPI model of every kind (image, video, speech, transcription) shares: its id and the provider's
 * settings, and the course of a call: the variant chosen among those the id names, its body built, run through
 * core, the task's facts collected, errors in the AI SDK's classes. Each kind says how it chooses, what it puts
 * in the body and what it answers.
 */
export abstract class RunAPIModel<Id extends string> {
  readonly specificationVersion = "v4";
  /** The provider's name for the kind, as the AI SDK reports it: `runapi.image`, `runapi.speech`. */
  abstract readonly provider: string;
  readonly modelId: Id;
  /** The kind's ids, each with the variants it names, and the kind as the AI SDK's errors name it. */
  protected abstract readonly kind: { table: ModelTable; type: ModelType };
  readonly #settings: () => RunAPIProviderSettings;

  constructor(modelId: Id, settings: () => RunAPIProviderSettings) {
    this.modelId = modelId;
    this.#settings = settings;
  }

  /** How many outputs one task makes at most: the variant's `output_count` limit, else one. */
  protected outputsPerCall(): Promise<number> {
    return outputsPerCall(this.modelId, this.kind.table, this.kind.type);
  }

  /**
   * The variant a call goes to (`choose` picks among those the id names; the first by default), with a client
   * of its family made from the settings now, and a builder of its body.
   */
  protected async prepare(
    choose: (candidates: Candidate[]) => Candidate = ([first]) => first as Candidate,
  ): Promise<PreparedCall> {
    const chosen = choose(await variantsOf(this.modelId, this.kind.table, this.kind.type));
    const resolved = { ...chosen, client: clientFor(chosen.family, this.#settings()) };
    return { resolved, build: new BodyBuilder(resolved, this.modelId) };
  }

  /**
   * Runs the prepared variant through core with the body built and the caller's `providerOptions.runapi`;
   * `answer` turns the finished task and its facts into the kind's result, to which the builder's warnings and
   * the response are added.
   */
  protected run<T extends TaskLike>(
    resolved: ResolvedVariant,
    build: BodyBuilder,
    options: CallOptions,
    answer: (task: T, facts: TaskFacts) => Promise<object> | object,
  ): Promise<unknown> {
    const body = build.withProviderOptions(options.providerOptions?.runapi);
    return runVariant<T>(resolved, body, options, async (task) => ({
      ...(await answer(task, taskFacts(task, this.modelId))),
      warnings: build.warnings,
      response: { timestamp: new Date(), modelId: this.modelId, headers: undefined },
    }));
  }
}
