import type { SharedV4Warning } from "@ai-sdk/provider";
import { NoSuchModelError } from "@ai-sdk/provider";
import {
  actionProperty,
  type FileOutput,
  type InputSchema,
  type RunAPIClient,
  type Variant,
} from "@runapi.ai/core";
import { type FamilyEntry, type FamilyModule, families } from "@runapi.ai/families";
import type { ModelRoute, ModelTable } from "./model-table.js";
import { toAISDKError } from "./runapi-error.js";
import type { RunAPIProviderSettings } from "./runapi-provider-settings.js";

/** A model id resolved: the variant it runs, the family's client, and how to reach the variant. */
export interface ResolvedVariant {
  route: ModelRoute;
  variant: Variant;
  client: RunAPIClient<any>;
}

/** The kinds of model a table is of, as the AI SDK's NoSuchModelError names them. */
export type ModelType = "imageModel" | "videoModel" | "speechModel" | "transcriptionModel";

/** Each kind's name in words and the type that lists its ids, for the error that names an unknown id. */
const KIND_NAMES: Record<ModelType, [word: string, idType: string]> = {
  imageModel: ["image", "RunAPIImageModelId"],
  videoModel: ["video", "RunAPIVideoModelId"],
  speechModel: ["speech", "RunAPISpeechModelId"],
  transcriptionModel: ["transcription", "RunAPITranscriptionModelId"],
};

/** A variant a model id names, with its family's package. */
export interface Candidate {
  route: ModelRoute;
  variant: Variant;
  family: FamilyModule;
}

/**
 * The variants `modelId` names, each with its family's variant table: from the generated table, else (an id
 * newer than this package's tables) searched in every family package of that kind, which may be newer.
 */
export async function variantsOf(
  modelId: string,
  table: ModelTable,
  modelType: ModelType,
): Promise<Candidate[]> {
  const routes = table[modelId];
  const names = routes
    ? [...new Set(routes.map((route) => route.family))]
    : [...new Set(Object.values(table).flatMap((all) => all.map((route) => route.family)))];
  const found: Candidate[] = [];
  for (const name of names) {
    const family = await (families[name] as FamilyEntry).load();
    for (const variant of family.catalog.variants) {
      const route = routes?.find((one) => one.action === variant.action && one.model === variant.model);
      if (route || (!routes && variant.model === modelId)) {
        found.push({
          route: route ?? { family: name, action: variant.action, model: modelId },
          variant,
          family,
        });
      }
    }
  }
  if (found.length === 0) {
    const [word, idType] = KIND_NAMES[modelType];
    throw new NoSuchModelError({
      modelId,
      modelType,
      message: `No RunAPI ${word} model is named ${modelId}: pass one of the ids the type ${idType} lists`,
    });
  }
  return found;
}

/**
 * The variant a call goes to when one id names several actions of its family (a text-to-image and an edit, a
 * text-to-video and an image-to-video): with source files, the first that takes them in one of `sourceFields`;
 * without, the first that needs none.
 */
export function chooseVariant(
  candidates: readonly Candidate[],
  withSources: boolean,
  sourceFields: readonly string[],
): Candidate {
  const takesSources = ({ variant }: Candidate) => sourceFields.some((field) => field in fieldsOf(variant));
  const needsSources = ({ variant }: Candidate) =>
    sourceFields.some((field) => variant.input.required?.includes(field));
  return (
    candidates.find((candidate) => (withSources ? takesSources(candidate) : !needsSources(candidate))) ??
    (candidates[0] as Candidate)
  );
}

/** The field of the number of outputs (images, videos) a task makes. */
export const COUNT_FIELD = "output_count";

/** How many outputs one task makes at most: the first variant's `output_count` limit, else one. */
export async function outputsPerCall(
  modelId: string,
  table: ModelTable,
  modelType: ModelType,
): Promise<number> {
  const [first] = await variantsOf(modelId, table, modelType);
  const count = first ? fieldsOf(first.variant)[COUNT_FIELD] : undefined;
  const limit = count?.maximum ?? (count?.enum ? Math.max(...(count.enum as number[])) : undefined);
  return typeof limit === "number" && limit > 1 ? limit : 1;
}

/** A client of the family with the provider's settings; the key is read (from the environment too) now. */
export function clientFor(family: FamilyModule, settings: RunAPIProviderSettings): RunAPIClient<any> {
  const { apiKey, baseURL, fetch, headers } = settings;
  return new family.RunAPI({
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(baseURL === undefined ? {} : { baseURL }),
    ...(fetch === undefined ? {} : { fetch }),
    ...(headers === undefined ? {} : { headers }),
  });
}

/** The fields of a variant's request. */
export const fieldsOf = (variant: Variant): Record<string, InputSchema> => variant.input.properties ?? {};

/**
 * Collects the request body from the AI SDK's standard options: each is put in the variant's own field when it
 * has one, and answered by an "unsupported" warning otherwise, never dropped unsaid.
 */
export class BodyBuilder {
  readonly body: Record<string, unknown>;
  readonly warnings: SharedV4Warning[] = [];
  readonly #fields: Record<string, InputSchema>;
  readonly #modelId: string;

  constructor(resolved: { route: ModelRoute; variant: Variant }, modelId: string) {
    this.#fields = fieldsOf(resolved.variant);
    this.#modelId = modelId;
    this.body = resolved.route.model === undefined ? {} : { model: resolved.route.model };
  }

  /** The first of `fields` the variant has, if any. */
  field(...fields: string[]): string | undefined {
    return fields.find((field) => field in this.#fields);
  }

  /** Sets `value` (when given) in the first of `fields` the variant has; warns about `feature` if it has none. */
  set(feature: string, value: unknown, ...fields: string[]): void {
    if (value === undefined) return;
    const field = this.field(...fields);
    if (field) this.body[field] = value;
    else this.unsupported(feature);
  }

  /**
   * Sets files (URLs, or Blobs core uploads) in the first of `fields` the variant has: all of them in a list
   * field (`…_urls`), the first in a single one, with a warning for the rest; warns about `feature` if it has none.
   */
  setFiles(feature: string, values: readonly (string | Blob)[], ...fields: string[]): void {
    if (values.length === 0) return;
    const field = this.field(...fields);
    if (!field) this.unsupported(feature);
    else if (field.endsWith("_urls")) this.body[field] = [...values];
    else {
      this.body[field] = values[0];
      if (values.length > 1)
        this.unsupported(feature, `${field} takes one file: the first was sent, not the others`);
    }
  }

  unsupported(feature: string, details?: string): void {
    this.warnings.push({
      type: "unsupported",
      feature,
      details: details ?? `${this.#modelId} has no ${feature} setting on RunAPI; it was not sent`,
    });
  }

  /** The caller's `providerOptions.runapi`, the variant's own fields by their API names, over the standard ones. */
  withProviderOptions(options: Record<string, unknown> | undefined): Record<string, unknown> {
    return { ...this.body, ...(options ?? {}) };
  }
}

/**
 * The bytes of each output a task lists, downloaded through core (no key sent, size bounded, retried): the AI
 * SDK's own download refuses loopback and private hosts, where an emulator or a proxy serves outputs.
 */
export function downloadOutputs(
  client: RunAPIClient<any>,
  outputs: readonly FileOutput[],
  abortSignal: AbortSignal | undefined,
): Promise<Uint8Array[]> {
  return Promise.all(
    outputs.map((output) => client.files.download(output, abortSignal ? { signal: abortSignal } : {})),
  );
}

/** Runs the variant through core (validation, retries, idempotency, waiting, abort), errors in the AI SDK's classes. */
export async function runVariant<T>(
  resolved: ResolvedVariant,
  body: Record<string, unknown>,
  options: { abortSignal?: AbortSignal; headers?: Record<string, string | undefined> },
  after: (task: T) => Promise<unknown> | unknown,
): Promise<unknown> {
  const { client, variant } = resolved;
  const headers = Object.fromEntries(
    Object.entries(options.headers ?? {}).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  try {
    const action = (
      client as unknown as Record<string, { run(params: unknown, options: unknown): Promise<T> }>
    )[actionProperty(variant.action)] as { run(params: unknown, options: unknown): Promise<T> };
    const task = await action.run(body, {
      ...(options.abortSignal ? { signal: options.abortSignal } : {}),
      headers,
    });
    return await after(task);
  } catch (error) {
    throw toAISDKError(error, { url: `${client.baseURL}${variant.path}`, body });
  }
}
