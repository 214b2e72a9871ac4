import type { ImageModelV4, ImageModelV4CallOptions, ImageModelV4File } from "@ai-sdk/provider";
import type { FileOutput } from "@runapi.ai/core";
import { fileValue } from "./file-value.js";
import { imageModels, type RunAPIImageModelId } from "./generated/models.js";
import type { RunAPIProviderSettings } from "./runapi-provider-settings.js";
import { factsWithOutputs, taskFacts } from "./task-facts.js";
import {
  BodyBuilder,
  chooseVariant,
  clientFor,
  downloadOutputs,
  outputsPerCall,
  runVariant,
  variantsOf,
} from "./variant-call.js";

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
  readonly maxImagesPerCall = (): Promise<number> =>
    outputsPerCall(this.modelId, imageModels, "imageModel", COUNT_FIELD);

  async doGenerate(options: ImageModelV4CallOptions) {
    const candidates = await variantsOf(this.modelId, imageModels, "imageModel");
    const withFiles = (options.files?.length ?? 0) > 0;
    const chosen = chooseVariant(candidates, withFiles, SOURCE_FIELDS);
    const resolved = { ...chosen, client: clientFor(chosen.family, this.#settings()) };

    const build = new BodyBuilder(resolved, this.modelId);
    build.set("prompt", options.prompt, "prompt");
    if (options.n > 1) build.set("n", options.n, COUNT_FIELD);
    build.set("size", options.size, "size");
    build.set("aspectRatio", options.aspectRatio, "aspect_ratio");
    build.set("seed", options.seed, "seed");
    if (withFiles) {
      const files = (options.files as ImageModelV4File[]).map(fileValue);
      build.setFiles("files", files, ...SOURCE_FIELDS, ...REFERENCE_FIELDS);
    }
    if (options.mask) build.set("mask", fileValue(options.mask), "mask_url");
    const body = build.withProviderOptions(options.providerOptions.runapi);

    return (await runVariant<{ id?: string; images?: FileOutput[] }>(
      resolved,
      body,
      options,
      async (task) => {
        const outputs = task.images ?? [];
        const images = await downloadOutputs(resolved.client, outputs, options.abortSignal);
        return {
          images,
          warnings: build.warnings,
          providerMetadata: { runapi: factsWithOutputs(taskFacts(task, this.modelId), "images", outputs) },
          response: { timestamp: new Date(), modelId: this.modelId, headers: undefined },
        };
      },
    )) as Awaited<ReturnType<ImageModelV4["doGenerate"]>>;
  }
}
