import type { ImageModelV4, ImageModelV4CallOptions, ImageModelV4File } from "@ai-sdk/provider";
import { fileValue } from "./file-value.js";
import { imageModels, type RunAPIImageModelId } from "./generated/models.js";
import { RunAPIModel } from "./runapi-model.js";
import { factsWithOutputs, type TaskWithOutputs } from "./task-facts.js";
import { COUNT_FIELD, chooseVariant, downloadOutputs } from "./variant-call.js";

/** The fields a variant takes its source images in, first first: an edit's own, then references. */
const SOURCE_FIELDS = ["source_image_urls", "source_image_url", "image_url"];
const REFERENCE_FIELDS = ["reference_image_urls"];

/**
 * A RunAPI image variant as an AI SDK image model (`ImageModelV4`), for `generateImage`. One id may name
 * several actions of its family (a text-to-image and an edit): a call with images goes to the one that takes
 * source images, a call without to the one that needs none.
 */
export class RunAPIImageModel extends RunAPIModel<RunAPIImageModelId> implements ImageModelV4 {
  readonly provider = "runapi.image";
  protected readonly kind = { table: imageModels, type: "imageModel" } as const;

  /** How many images one task makes at most: the variant's `output_count` limit, else one. */
  readonly maxImagesPerCall = (): Promise<number> => this.outputsPerCall();

  async doGenerate(options: ImageModelV4CallOptions) {
    const withFiles = (options.files?.length ?? 0) > 0;
    const { resolved, build } = await this.prepare((candidates) =>
      chooseVariant(candidates, withFiles, SOURCE_FIELDS),
    );
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

    return (await this.run(resolved, build, options, async (task: TaskWithOutputs<"images">, facts) => {
      const outputs = task.images ?? [];
      const images = await downloadOutputs(resolved.client, outputs, options.abortSignal);
      return { images, providerMetadata: { runapi: factsWithOutputs(facts, "images", outputs) } };
    })) as Awaited<ReturnType<ImageModelV4["doGenerate"]>>;
  }
}
