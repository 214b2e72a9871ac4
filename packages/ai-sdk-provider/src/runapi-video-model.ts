import type {
  Experimental_VideoModelV4 as VideoModelV4,
  Experimental_VideoModelV4CallOptions as VideoModelV4CallOptions,
} from "@ai-sdk/provider";
import { detectMediaType } from "@ai-sdk/provider-utils";
import type { InputSchema } from "@runapi.ai/core";
import { fileValue } from "./file-value.js";
import { type RunAPIVideoModelId, videoModels } from "./generated/models.js";
import { RunAPIModel } from "./runapi-model.js";
import { factsWithOutputs, type TaskWithOutputs } from "./task-facts.js";
import { COUNT_FIELD, chooseVariant, downloadOutputs, fieldsOf } from "./variant-call.js";

/** The fields a variant takes its start frame in, first first. */
const START_FRAME_FIELDS = ["first_frame_image_url", "source_image_url", "source_image_urls", "image_url"];
/** The fields of its end frame, its reference images and its reference videos. */
const LAST_FRAME_FIELDS = ["last_frame_image_url"];
const REFERENCE_IMAGE_FIELDS = ["reference_image_urls", "reference_image_url"];
const REFERENCE_VIDEO_FIELDS = ["reference_video_urls", "reference_video_url"];
/** The fields of the standard settings that are not files, first first. */
const RESOLUTION_FIELDS = ["output_resolution"];
const DURATION_FIELDS = ["duration_seconds"];
const FPS_FIELDS = ["frames_per_second", "fps"];
const AUDIO_FIELDS = ["generate_audio", "enable_audio", "enable_sound", "audio"];
const ASPECT_RATIO_FIELDS = ["aspect_ratio", "ratio"];

/**
 * A RunAPI video variant as an AI SDK video model (`VideoModelV4`), for `experimental_generateVideo`. One id
 * may name a text-to-video and an image-to-video action: a call with an image goes to the one that takes a
 * start frame, a call without to the one that needs none. Core waits for the task, so the model answers
 * `doGenerate` only; the video comes back as bytes downloaded through core.
 */
export class RunAPIVideoModel extends RunAPIModel<RunAPIVideoModelId> implements VideoModelV4 {
  readonly provider = "runapi.video";
  protected readonly kind = { table: videoModels, type: "videoModel" } as const;

  /** How many videos one task makes at most: the variant's `output_count` limit, else one. */
  readonly maxVideosPerCall = (): Promise<number> => this.outputsPerCall();

  async doGenerate(options: VideoModelV4CallOptions) {
    const { resolved, build } = await this.prepare((candidates) =>
      chooseVariant(candidates, options.image !== undefined, START_FRAME_FIELDS),
    );
    build.set("prompt", options.prompt, "prompt");
    if (options.n > 1) build.set("n", options.n, COUNT_FIELD);
    build.set("aspectRatio", options.aspectRatio, ...ASPECT_RATIO_FIELDS);
    const resolutionField = build.field(...RESOLUTION_FIELDS);
    build.set(
      "resolution",
      options.resolution &&
        resolutionName(options.resolution, fieldsOf(resolved.variant)[resolutionField ?? ""]),
      ...RESOLUTION_FIELDS,
    );
    build.set("duration", options.duration, ...DURATION_FIELDS);
    build.set("fps", options.fps, ...FPS_FIELDS);
    build.set("seed", options.seed, "seed");
    build.set("generateAudio", options.generateAudio, ...AUDIO_FIELDS);
    if (options.image) build.setFiles("image", [fileValue(options.image)], ...START_FRAME_FIELDS);
    const last = (options.frameImages ?? []).filter((frame) => frame.frameType === "last_frame");
    build.setFiles(
      "frameImages",
      last.map((frame) => fileValue(frame.image)),
      ...LAST_FRAME_FIELDS,
    );
    const references = options.inputReferences ?? [];
    const isVideo = (file: (typeof references)[number]) => file.mediaType?.startsWith("video/") ?? false;
    build.setFiles(
      "inputReferences",
      references.filter((file) => !isVideo(file)).map(fileValue),
      ...REFERENCE_IMAGE_FIELDS,
    );
    build.setFiles("inputReferences", references.filter(isVideo).map(fileValue), ...REFERENCE_VIDEO_FIELDS);

    return (await this.run(resolved, build, options, async (task: TaskWithOutputs<"videos">, facts) => {
      const outputs = task.videos ?? [];
      const videos = await downloadOutputs(resolved.client, outputs, options.abortSignal);
      return {
        videos: videos.map((data) => ({ type: "binary" as const, data, mediaType: mediaTypeOf(data) })),
        providerMetadata: { runapi: factsWithOutputs(facts, "videos", outputs) },
      };
    })) as Awaited<ReturnType<NonNullable<VideoModelV4["doGenerate"]>>>;
  }
}

/** The video's type by its first bytes (MP4, WebM, QuickTime, AVI), else MP4, as the AI SDK assumes. */
function mediaTypeOf(data: Uint8Array): string {
  return detectMediaType({ data, topLevelType: "video" }) ?? "video/mp4";
}

/**
 * The AI SDK's `{width}x{height}` as RunAPI names resolutions, by the short side: `1280x720` is `720p`,
 * `3840x2160` `4k` when the field takes that name. Core then checks it against the field's values.
 */
function resolutionName(resolution: string, field: InputSchema | undefined): string {
  const [width = 0, height = 0] = resolution.split("x").map(Number);
  const short = Math.min(width, height);
  const names = [`${short}p`, ...(short === 2160 ? ["4k"] : short === 1440 ? ["2k"] : [])];
  return names.find((name) => field?.enum?.includes(name)) ?? (names[0] as string);
}
