import type {
  ImageModelV4,
  ImageModelV4CallOptions,
  ImageModelV4File,
  SharedV4Warning,
} from "@ai-sdk/provider";
import { convertBase64ToUint8Array } from "@ai-sdk/provider-utils";
import type { FileOutput, Variant } from "@runapi.ai/core";
import { imageModels, type RunAPIImageModelId } from "./generated/models.js";
import type { RunAPIProviderSettings } from "./runapi-provider-settings.js";
import { taskFacts } from "./task-facts.js";
import { BodyBuilder, clientFor, fieldsOf, runVariant, variantsOf } from "./variant-call.js";

/** The fields a variant takes its source images in, first first: an edit's own, then references. */
const SOURCE_FIELDS = ["source_image_urls", "source_image_url", "image_url"];
const REFERENCE_FIELDS = ["reference_image_urls"];
/** The field of the number of images a task makes. */
const COUNT_FIELD = "output_count";

/**
 * A RunAPI image variant as an AI SDK image model (`ImageModelV4`), for `generateImage`. One id may name
 * several actions of its family (a text-to-image and an edit): a call with images goes to the one that takes
 * source images, a call without to the one that needs none.
 */
export class RunAPIImageModel implements ImageModelV4 {
  readonly specificationVersion = "v4";
  readonly provider = "runapi.image";
  readonly modelId: RunAPIImageModelId;
  readonly #settings: () => RunAPIProviderSettings;

  constructor(modelId: RunAPIImageModelId, settings: () => RunAPIProviderSettings) {
    this.modelId = modelId;
    this.#settings = settings;
  }

  /** How many images one task makes at most: the variant's `output_count` limit, else one. */
  readonly maxImagesPerCall = async (): Promise<number> => {
    const [first] = await variantsOf(this.modelId, imageModels, "imageModel");
    const count = first ? fieldsOf(first.variant)[COUNT_FIELD] : undefined;
    const limit = count?.maximum ?? (count?.enum ? Math.max(...(count.enum as number[])) : undefined);
    return typeof limit === "number" && limit > 1 ? limit : 1;
  };

  async doGenerate(options: ImageModelV4CallOptions) {
    const candidates = await variantsOf(this.modelId, imageModels, "imageModel");
    const withFiles = (options.files?.length ?? 0) > 0;
    const takesSources = (variant: Variant) => SOURCE_FIELDS.some((field) => field in fieldsOf(variant));
    const needsSources = (variant: Variant) =>
      SOURCE_FIELDS.some((field) => variant.input.required?.includes(field));
    const chosen =
      candidates.find(({ variant }) => (withFiles ? takesSources(variant) : !needsSources(variant))) ??
      (candidates[0] as (typeof candidates)[number]);
    const resolved = { ...chosen, client: clientFor(chosen.family, this.#settings()) };

    const build = new BodyBuilder(resolved, this.modelId);
    build.set("prompt", options.prompt, "prompt");
    if (options.n > 1) build.set("n", options.n, COUNT_FIELD);
    build.set("size", options.size, "size");
    build.set("aspectRatio", options.aspectRatio, "aspect_ratio");
    build.set("seed", options.seed, "seed");
    if (withFiles) putFiles(build, options.files as ImageModelV4File[]);
    if (options.mask) build.set("mask", fileValue(options.mask), "mask_url");
    const body = build.withProviderOptions(options.providerOptions.runapi);
    const warnings: SharedV4Warning[] = build.warnings;

    return (await runVariant<{ id?: string; images?: FileOutput[] }>(
      resolved,
      body,
      options,
      async (task) => {
        const outputs = task.images ?? [];
        const images = await Promise.all(
          outputs.map((output) =>
            resolved.client.files.download(
              output,
              options.abortSignal ? { signal: options.abortSignal } : {},
            ),
          ),
        );
        const facts = taskFacts(task, this.modelId);
        return {
          images,
          warnings,
          providerMetadata: {
            runapi: { ...facts, images: outputs.map((output) => ({ ...facts, url: output.url ?? null })) },
          },
          response: { timestamp: new Date(), modelId: this.modelId, headers: undefined },
        };
      },
    )) as Awaited<ReturnType<ImageModelV4["doGenerate"]>>;
  }
}

/** The source images in the variant's source field (all in a list, the first in a single one), else its references. */
function putFiles(build: BodyBuilder, files: ImageModelV4File[]) {
  const field = build.field(...SOURCE_FIELDS, ...REFERENCE_FIELDS);
  if (!field) return build.unsupported("files");
  const values = files.map(fileValue);
  if (field.endsWith("_urls")) build.body[field] = values;
  else {
    build.body[field] = values[0];
    if (values.length > 1)
      build.unsupported("files", `${field} takes one image: the first was sent, not the others`);
  }
}

/** A URL as it is; bytes (or base64) as a Blob, which core uploads before the create. */
function fileValue(file: ImageModelV4File): string | Blob {
  if (file.type === "url") return file.url;
  const bytes = typeof file.data === "string" ? convertBase64ToUint8Array(file.data) : file.data;
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType });
}
