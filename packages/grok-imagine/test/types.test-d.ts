// Generated from specs/grok-imagine.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type GrokImagineActions, type GrokImagineModel, type GrokImagineModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<GrokImagineModel>().toEqualTypeOf<"grok-imagine-edit-image" | "grok-imagine-image-to-video" | "grok-imagine-text-to-image" | "grok-imagine-text-to-video">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<GrokImagineModels, Pick<GrokImagineActions, "edit_image" | "extend_video" | "image_to_video" | "segment_map" | "text_to_image" | "text_to_video" | "upscale_image">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_image: grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_url is required
void client.create({"model":"grok-imagine-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_task_id is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","source_task_id":"x"});
// @ts-expect-error mask_indices is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","mask_indices":[1]});
// @ts-expect-error start_seconds is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","start_seconds":0});
// @ts-expect-error extension_duration_seconds is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","extension_duration_seconds":6});
// @ts-expect-error index is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","index":0});
// @ts-expect-error motion_style is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","motion_style":"fun"});
// @ts-expect-error duration_seconds is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","duration_seconds":6});
// @ts-expect-error output_resolution is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"480p"});
// @ts-expect-error aspect_ratio is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"2:3"});
// @ts-expect-error reference_image_urls is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["x"]});
// @ts-expect-error enable_pro is not a parameter of grok-imagine-edit-image
void client.create({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting","enable_pro":true});
void client.create({ ...{"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"grok-imagine-edit-image">();
expectTypeOf(client.estimateCost({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "grok-imagine-edit-image" });
void client.wait("task-id", { model: "grok-imagine-edit-image" });
void client.watch("task-id", { model: "grok-imagine-edit-image" });

// edit_image: grok-imagine-image-2-0
void client.editImage.create({"model":"grok-imagine-image-2-0","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_task_id is required
void client.editImage.create({"model":"grok-imagine-image-2-0","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.editImage.create({"model":"grok-imagine-image-2-0","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_image_url is not a parameter of grok-imagine-image-2-0
void client.editImage.create({"model":"grok-imagine-image-2-0","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"x"});
// @ts-expect-error enable_safety_checker is not a parameter of grok-imagine-image-2-0
void client.editImage.create({"model":"grok-imagine-image-2-0","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A lighthouse on a cliff at dawn, oil painting","enable_safety_checker":true});

// extend_video: extend_video
void client.extendVideo.create({"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot","start_seconds":0,"extension_duration_seconds":6});
// @ts-expect-error source_task_id is required
void client.extendVideo.create({"prompt":"A paper boat drifting down a rainy street, slow dolly shot","start_seconds":0,"extension_duration_seconds":6});
// @ts-expect-error prompt is required
void client.extendVideo.create({"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","start_seconds":0,"extension_duration_seconds":6});
// @ts-expect-error start_seconds is required
void client.extendVideo.create({"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot","extension_duration_seconds":6});
// @ts-expect-error extension_duration_seconds is required
void client.extendVideo.create({"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot","start_seconds":0});
// @ts-expect-error extension_duration_seconds accepts only 6, 10
void client.extendVideo.create({"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot","start_seconds":0,"extension_duration_seconds":"not-a-listed-value"});

// image_to_video: grok-imagine-image-to-video
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error mask_indices is not a parameter of grok-imagine-image-to-video
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mask_indices":[1]});
// @ts-expect-error start_seconds is not a parameter of grok-imagine-image-to-video
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","start_seconds":0});
// @ts-expect-error extension_duration_seconds is not a parameter of grok-imagine-image-to-video
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","extension_duration_seconds":6});
// @ts-expect-error reference_image_urls is not a parameter of grok-imagine-image-to-video
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error enable_pro is not a parameter of grok-imagine-image-to-video
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_pro":true});
// @ts-expect-error motion_style accepts only fun, normal, spicy
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","motion_style":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 2:3, 3:2, 1:1, 16:9, 9:16
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error source_task_id does not take a local file
void client.create({ ...{"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_task_id": new Blob(["local file"]) });
// @ts-expect-error output_resolution of grok-imagine-image-to-video is one of 480p, 720p, not 1080p
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
// @ts-expect-error aspect_ratio of grok-imagine-image-to-video is one of 2:3, 3:2, 1:1, 16:9, 9:16, not auto
void client.create({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
expectTypeOf((await client.run({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"grok-imagine-image-to-video">();
expectTypeOf(client.estimateCost({"model":"grok-imagine-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "grok-imagine-image-to-video" });
void client.wait("task-id", { model: "grok-imagine-image-to-video" });
void client.watch("task-id", { model: "grok-imagine-image-to-video" });

// image_to_video: grok-imagine-video-1.5-fast
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_task_id is not a parameter of grok-imagine-video-1.5-fast
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error index is not a parameter of grok-imagine-video-1.5-fast
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","index":0});
// @ts-expect-error motion_style is not a parameter of grok-imagine-video-1.5-fast
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","motion_style":"fun"});
// @ts-expect-error enable_safety_checker is not a parameter of grok-imagine-video-1.5-fast
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_safety_checker":true});
// @ts-expect-error output_resolution accepts only 480p, 720p
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 16:9, 9:16, 3:2, 2:3
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
void client.imageToVideo.create({ ...{"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.imageToVideo.create({ ...{"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of grok-imagine-video-1.5-fast is one of 480p, 720p, not 1080p
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
// @ts-expect-error aspect_ratio of grok-imagine-video-1.5-fast is one of 1:1, 16:9, 9:16, 3:2, 2:3, not auto
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-fast","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});

// image_to_video: grok-imagine-video-1.5-preview
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-preview","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_task_id is not a parameter of grok-imagine-video-1.5-preview
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-preview","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error index is not a parameter of grok-imagine-video-1.5-preview
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-preview","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","index":0});
// @ts-expect-error motion_style is not a parameter of grok-imagine-video-1.5-preview
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-preview","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","motion_style":"fun"});
// @ts-expect-error enable_safety_checker is not a parameter of grok-imagine-video-1.5-preview
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-preview","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_safety_checker":true});
// @ts-expect-error output_resolution accepts only 480p, 720p, 1080p
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-preview","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 16:9, 9:16, 3:2, 2:3, auto
void client.imageToVideo.create({"model":"grok-imagine-video-1.5-preview","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
void client.imageToVideo.create({ ...{"model":"grok-imagine-video-1.5-preview","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.imageToVideo.create({ ...{"model":"grok-imagine-video-1.5-preview","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });

// segment_map: grok-imagine-image-2-0
void client.segmentMap.create({"model":"grok-imagine-image-2-0","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.segmentMap.create({"model":"grok-imagine-image-2-0"});

// text_to_image: grok-imagine-image-2-0
void client.textToImage.create({"model":"grok-imagine-image-2-0","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error prompt is required
void client.textToImage.create({"model":"grok-imagine-image-2-0","aspect_ratio":"1:1"});
// @ts-expect-error aspect_ratio is required
void client.textToImage.create({"model":"grok-imagine-image-2-0","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error enable_safety_checker is not a parameter of grok-imagine-image-2-0
void client.textToImage.create({"model":"grok-imagine-image-2-0","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","enable_safety_checker":true});
// @ts-expect-error enable_pro is not a parameter of grok-imagine-image-2-0
void client.textToImage.create({"model":"grok-imagine-image-2-0","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","enable_pro":true});
// @ts-expect-error aspect_ratio accepts only 1:1, 2:3, 3:2, 16:9, 9:16
void client.textToImage.create({"model":"grok-imagine-image-2-0","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});

// text_to_image: grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.create({"model":"grok-imagine-text-to-image"});
// @ts-expect-error source_image_url is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"x"});
// @ts-expect-error source_task_id is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_task_id":"x"});
// @ts-expect-error mask_indices is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","mask_indices":[1]});
// @ts-expect-error start_seconds is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","start_seconds":0});
// @ts-expect-error extension_duration_seconds is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","extension_duration_seconds":6});
// @ts-expect-error index is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","index":0});
// @ts-expect-error motion_style is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","motion_style":"fun"});
// @ts-expect-error duration_seconds is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","duration_seconds":6});
// @ts-expect-error output_resolution is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"480p"});
// @ts-expect-error reference_image_urls is not a parameter of grok-imagine-text-to-image
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["x"]});
// @ts-expect-error aspect_ratio accepts only 2:3, 3:2, 1:1, 16:9, 9:16
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of grok-imagine-text-to-image is one of 2:3, 3:2, 1:1, 16:9, 9:16, not auto
void client.create({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto"});
expectTypeOf((await client.run({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"grok-imagine-text-to-image">();
expectTypeOf(client.estimateCost({"model":"grok-imagine-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "grok-imagine-text-to-image" });
void client.wait("task-id", { model: "grok-imagine-text-to-image" });
void client.watch("task-id", { model: "grok-imagine-text-to-image" });

// text_to_video: grok-imagine-text-to-video
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"grok-imagine-text-to-video"});
// @ts-expect-error source_image_url is not a parameter of grok-imagine-text-to-video
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error source_task_id is not a parameter of grok-imagine-text-to-video
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error mask_indices is not a parameter of grok-imagine-text-to-video
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mask_indices":[1]});
// @ts-expect-error start_seconds is not a parameter of grok-imagine-text-to-video
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","start_seconds":0});
// @ts-expect-error extension_duration_seconds is not a parameter of grok-imagine-text-to-video
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","extension_duration_seconds":6});
// @ts-expect-error index is not a parameter of grok-imagine-text-to-video
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","index":0});
// @ts-expect-error reference_image_urls is not a parameter of grok-imagine-text-to-video
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error enable_pro is not a parameter of grok-imagine-text-to-video
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_pro":true});
// @ts-expect-error aspect_ratio accepts only 2:3, 3:2, 1:1, 16:9, 9:16
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error motion_style accepts only fun, normal, spicy
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","motion_style":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of grok-imagine-text-to-video is one of 2:3, 3:2, 1:1, 16:9, 9:16, not auto
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
// @ts-expect-error output_resolution of grok-imagine-text-to-video is one of 480p, 720p, not 1080p
void client.create({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
expectTypeOf((await client.run({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"grok-imagine-text-to-video">();
expectTypeOf(client.estimateCost({"model":"grok-imagine-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "grok-imagine-text-to-video" });
void client.wait("task-id", { model: "grok-imagine-text-to-video" });
void client.watch("task-id", { model: "grok-imagine-text-to-video" });

// text_to_video: grok-imagine-video-1.5-fast
void client.textToVideo.create({"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.textToVideo.create({"model":"grok-imagine-video-1.5-fast"});
// @ts-expect-error motion_style is not a parameter of grok-imagine-video-1.5-fast
void client.textToVideo.create({"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","motion_style":"fun"});
// @ts-expect-error enable_safety_checker is not a parameter of grok-imagine-video-1.5-fast
void client.textToVideo.create({"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_safety_checker":true});
// @ts-expect-error aspect_ratio accepts only 1:1, 16:9, 9:16, 3:2, 2:3
void client.textToVideo.create({"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p
void client.textToVideo.create({"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.textToVideo.create({ ...{"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.textToVideo.create({ ...{"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error aspect_ratio of grok-imagine-video-1.5-fast is one of 1:1, 16:9, 9:16, 3:2, 2:3, not auto
void client.textToVideo.create({"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
// @ts-expect-error output_resolution of grok-imagine-video-1.5-fast is one of 480p, 720p, not 1080p
void client.textToVideo.create({"model":"grok-imagine-video-1.5-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});

// text_to_video: grok-imagine-video-1.5-preview
void client.textToVideo.create({"model":"grok-imagine-video-1.5-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.textToVideo.create({"model":"grok-imagine-video-1.5-preview"});
// @ts-expect-error motion_style is not a parameter of grok-imagine-video-1.5-preview
void client.textToVideo.create({"model":"grok-imagine-video-1.5-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","motion_style":"fun"});
// @ts-expect-error enable_safety_checker is not a parameter of grok-imagine-video-1.5-preview
void client.textToVideo.create({"model":"grok-imagine-video-1.5-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_safety_checker":true});
// @ts-expect-error aspect_ratio accepts only 1:1, 16:9, 9:16, 3:2, 2:3, auto
void client.textToVideo.create({"model":"grok-imagine-video-1.5-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p, 1080p
void client.textToVideo.create({"model":"grok-imagine-video-1.5-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.textToVideo.create({ ...{"model":"grok-imagine-video-1.5-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.textToVideo.create({ ...{"model":"grok-imagine-video-1.5-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });

// upscale_image: upscale_image
void client.upscaleImage.create({"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.upscaleImage.create({});

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// extend_video: reading its tasks
void client.extendVideo.get("task-id");
void client.extendVideo.wait("task-id");
void client.extendVideo.watch("task-id");

// image_to_video: reading its tasks
void client.imageToVideo.get("task-id");
void client.imageToVideo.wait("task-id");
void client.imageToVideo.watch("task-id");

// segment_map: reading its tasks
void client.segmentMap.get("task-id");
void client.segmentMap.wait("task-id");
void client.segmentMap.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");

// upscale_image: reading its tasks
void client.upscaleImage.get("task-id");
void client.upscaleImage.wait("task-id");
void client.upscaleImage.watch("task-id");
