// Generated from specs/wan.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type WanModel, type WanModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<WanModel>().toEqualTypeOf<"wan-2.2-animate-move" | "wan-2.2-animate-replace" | "wan-2.6-edit-video" | "wan-2.6-flash-edit-video" | "wan-2.7-edit-video" | "wan-2.2-a14b-image-to-video-turbo" | "wan-2.5-image-to-video" | "wan-2.6-flash-image-to-video" | "wan-2.6-image-to-video" | "wan-2.7-image-to-video" | "wan-2.2-a14b-speech-to-video-turbo" | "wan-2.7-image" | "wan-2.7-image-pro" | "wan-2.2-a14b-text-to-video-turbo" | "wan-2.5-text-to-video" | "wan-2.6-text-to-video" | "wan-2.7-r2v" | "wan-2.7-text-to-video">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<WanModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"wan-2.2-animate-move" | "wan-2.2-animate-replace" | "wan-2.6-edit-video" | "wan-2.6-flash-edit-video" | "wan-2.7-edit-video" | "wan-2.2-a14b-image-to-video-turbo" | "wan-2.5-image-to-video" | "wan-2.6-flash-image-to-video" | "wan-2.6-image-to-video" | "wan-2.7-image-to-video" | "wan-2.2-a14b-speech-to-video-turbo" | "wan-2.7-image" | "wan-2.7-image-pro" | "wan-2.2-a14b-text-to-video-turbo" | "wan-2.5-text-to-video" | "wan-2.6-text-to-video" | "wan-2.7-r2v" | "wan-2.7-text-to-video">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// animate: wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"});
// @ts-expect-error source_image_url is required
void client.create({"model":"wan-2.2-animate-move","reference_video_url":"https://example.com/reference.mp4"});
// @ts-expect-error reference_video_url is required
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_video_url is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","source_video_urls":["x"]});
// @ts-expect-error prompt is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"x"});
// @ts-expect-error negative_prompt is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","negative_prompt":"x"});
// @ts-expect-error reference_image_url is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","reference_image_url":"x"});
// @ts-expect-error aspect_ratio is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","aspect_ratio":"x"});
// @ts-expect-error duration_seconds is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","duration_seconds":1});
// @ts-expect-error audio_setting is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","audio_setting":"x"});
// @ts-expect-error enable_prompt_expansion is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","enable_prompt_expansion":true});
// @ts-expect-error watermark is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","watermark":true});
// @ts-expect-error seed is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","seed":1});
// @ts-expect-error audio is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","audio":true});
// @ts-expect-error multi_shots is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","multi_shots":true});
// @ts-expect-error first_frame_image_url is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","last_frame_image_url":"x"});
// @ts-expect-error acceleration is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","acceleration":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","driving_audio_url":"x"});
// @ts-expect-error background_audio_url is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","background_audio_url":"x"});
// @ts-expect-error ratio is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","ratio":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.2-animate-move
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","reference_audio_url":"x"});
// @ts-expect-error output_resolution accepts only 480p, 580p, 720p
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error output_resolution does not take a local file
void client.create({ ...{"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"}, "output_resolution": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.2-animate-move is one of 480p, 580p, 720p, not 1080p
void client.create({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","output_resolution":"1080p"});
expectTypeOf((await client.run({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"})).model).toEqualTypeOf<"wan-2.2-animate-move">();
expectTypeOf(client.estimateCost({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"})).toEqualTypeOf<RateCost>();
void client.get("task-id", { model: "wan-2.2-animate-move" });
void client.wait("task-id", { model: "wan-2.2-animate-move" });
void client.watch("task-id", { model: "wan-2.2-animate-move" });

// animate: wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"});
// @ts-expect-error source_image_url is required
void client.create({"model":"wan-2.2-animate-replace","reference_video_url":"https://example.com/reference.mp4"});
// @ts-expect-error reference_video_url is required
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_video_url is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","source_video_urls":["x"]});
// @ts-expect-error prompt is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"x"});
// @ts-expect-error negative_prompt is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","negative_prompt":"x"});
// @ts-expect-error reference_image_url is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","reference_image_url":"x"});
// @ts-expect-error aspect_ratio is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","aspect_ratio":"x"});
// @ts-expect-error duration_seconds is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","duration_seconds":1});
// @ts-expect-error audio_setting is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","audio_setting":"x"});
// @ts-expect-error enable_prompt_expansion is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","enable_prompt_expansion":true});
// @ts-expect-error watermark is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","watermark":true});
// @ts-expect-error seed is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","seed":1});
// @ts-expect-error audio is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","audio":true});
// @ts-expect-error multi_shots is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","multi_shots":true});
// @ts-expect-error first_frame_image_url is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","last_frame_image_url":"x"});
// @ts-expect-error acceleration is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","acceleration":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","driving_audio_url":"x"});
// @ts-expect-error background_audio_url is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","background_audio_url":"x"});
// @ts-expect-error ratio is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","ratio":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.2-animate-replace
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","reference_audio_url":"x"});
// @ts-expect-error output_resolution accepts only 480p, 580p, 720p
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error output_resolution does not take a local file
void client.create({ ...{"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"}, "output_resolution": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.2-animate-replace is one of 480p, 580p, 720p, not 1080p
void client.create({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","output_resolution":"1080p"});
expectTypeOf((await client.run({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"})).model).toEqualTypeOf<"wan-2.2-animate-replace">();
expectTypeOf(client.estimateCost({"model":"wan-2.2-animate-replace","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"})).toEqualTypeOf<RateCost>();
void client.get("task-id", { model: "wan-2.2-animate-replace" });
void client.wait("task-id", { model: "wan-2.2-animate-replace" });
void client.watch("task-id", { model: "wan-2.2-animate-replace" });

// edit_video: wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_video_urls is required
void client.create({"model":"wan-2.6-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"]});
// @ts-expect-error source_image_url is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error first_frame_image_url is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error acceleration is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","acceleration":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","driving_audio_url":"x"});
// @ts-expect-error background_audio_url is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_audio_url":"x"});
// @ts-expect-error ratio is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","ratio":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.6-edit-video
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_audio_url":"x"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.6-edit-video is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.6-edit-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.6-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.6-edit-video" });
void client.wait("task-id", { model: "wan-2.6-edit-video" });
void client.watch("task-id", { model: "wan-2.6-edit-video" });

// edit_video: wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_video_urls is required
void client.create({"model":"wan-2.6-flash-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"]});
// @ts-expect-error source_image_url is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error first_frame_image_url is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error acceleration is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","acceleration":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","driving_audio_url":"x"});
// @ts-expect-error background_audio_url is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_audio_url":"x"});
// @ts-expect-error ratio is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","ratio":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.6-flash-edit-video
void client.create({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_audio_url":"x"});
void client.create({ ...{"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.6-flash-edit-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.6-flash-edit-video","source_video_urls":["https://example.com/source.mp4"],"prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.6-flash-edit-video" });
void client.wait("task-id", { model: "wan-2.6-flash-edit-video" });
void client.watch("task-id", { model: "wan-2.6-flash-edit-video" });

// edit_video: wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_video_url is required
void client.create({"model":"wan-2.7-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error multi_shots is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error first_frame_image_url is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error acceleration is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","acceleration":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","driving_audio_url":"x"});
// @ts-expect-error background_audio_url is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_audio_url":"x"});
// @ts-expect-error ratio is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","ratio":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.7-edit-video
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_audio_url":"x"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1, 4:3, 3:4
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.7-edit-video is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"480p"});
// @ts-expect-error aspect_ratio of wan-2.7-edit-video is one of 16:9, 9:16, 1:1, 4:3, 3:4, not 21:9
void client.create({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"21:9"});
expectTypeOf((await client.run({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.7-edit-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.7-edit-video","source_video_url":"https://example.com/source.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.7-edit-video" });
void client.wait("task-id", { model: "wan-2.7-edit-video" });
void client.watch("task-id", { model: "wan-2.7-edit-video" });

// image_to_video: wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio_setting":"x"});
// @ts-expect-error multi_shots is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","multi_shots":true});
// @ts-expect-error source_audio_url is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.2-a14b-image-to-video-turbo
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_audio_url":"x"});
// @ts-expect-error output_resolution accepts only 480p, 720p
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.2-a14b-image-to-video-turbo is one of 480p, 720p, not 580p
void client.create({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"580p"});
expectTypeOf((await client.run({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"wan-2.2-a14b-image-to-video-turbo">();
expectTypeOf(client.estimateCost({"model":"wan-2.2-a14b-image-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.2-a14b-image-to-video-turbo" });
void client.wait("task-id", { model: "wan-2.2-a14b-image-to-video-turbo" });
void client.watch("task-id", { model: "wan-2.2-a14b-image-to-video-turbo" });

// image_to_video: wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5});
// @ts-expect-error duration_seconds is required
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error source_image_url is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"reference_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"audio_setting":"x"});
// @ts-expect-error multi_shots is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"multi_shots":true});
// @ts-expect-error source_audio_url is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.5-image-to-video
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"reference_audio_url":"x"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.5-image-to-video is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5,"output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5})).model).toEqualTypeOf<"wan-2.5-image-to-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.5-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":5})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.5-image-to-video" });
void client.wait("task-id", { model: "wan-2.5-image-to-video" });
void client.watch("task-id", { model: "wan-2.5-image-to-video" });

// image_to_video: wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false});
// @ts-expect-error prompt is required
void client.create({"model":"wan-2.6-flash-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","audio":false});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio":false});
// @ts-expect-error audio is required
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error source_image_url is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"reference_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"audio_setting":"x"});
// @ts-expect-error seed is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"seed":1});
// @ts-expect-error source_audio_url is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.6-flash-image-to-video
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"reference_audio_url":"x"});
// @ts-expect-error duration_seconds accepts only 5, 10, 15
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.6-flash-image-to-video is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false,"output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false})).model).toEqualTypeOf<"wan-2.6-flash-image-to-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.6-flash-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio":false})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.6-flash-image-to-video" });
void client.wait("task-id", { model: "wan-2.6-flash-image-to-video" });
void client.watch("task-id", { model: "wan-2.6-flash-image-to-video" });

// image_to_video: wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.create({"model":"wan-2.6-image-to-video","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","audio_setting":"x"});
// @ts-expect-error seed is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","seed":1});
// @ts-expect-error source_audio_url is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.6-image-to-video
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_audio_url":"x"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.6-image-to-video is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"wan-2.6-image-to-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.6-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.6-image-to-video" });
void client.wait("task-id", { model: "wan-2.6-image-to-video" });
void client.watch("task-id", { model: "wan-2.6-image-to-video" });

// image_to_video: wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"wan-2.7-image-to-video"});
// @ts-expect-error source_image_url is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"x"});
// @ts-expect-error multi_shots is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error source_audio_url is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.7-image-to-video
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_audio_url":"x"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.7-image-to-video is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.7-image-to-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.7-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.7-image-to-video" });
void client.wait("task-id", { model: "wan-2.7-image-to-video" });
void client.watch("task-id", { model: "wan-2.7-image-to-video" });

// speech_to_video: wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error source_video_url is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_url":"x"});
// @ts-expect-error aspect_ratio is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"x"});
// @ts-expect-error duration_seconds is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":1});
// @ts-expect-error audio_setting is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"x"});
// @ts-expect-error enable_prompt_expansion is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_prompt_expansion":true});
// @ts-expect-error watermark is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","watermark":true});
// @ts-expect-error audio is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio":true});
// @ts-expect-error multi_shots is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error first_frame_image_url is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error acceleration is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","acceleration":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","driving_audio_url":"x"});
// @ts-expect-error background_audio_url is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_audio_url":"x"});
// @ts-expect-error ratio is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","ratio":"x"});
// @ts-expect-error output_count is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.2-a14b-speech-to-video-turbo
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_audio_url":"x"});
// @ts-expect-error output_resolution accepts only 480p, 580p, 720p
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.2-a14b-speech-to-video-turbo is one of 480p, 580p, 720p, not 1080p
void client.create({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
expectTypeOf((await client.run({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.2-a14b-speech-to-video-turbo">();
expectTypeOf(client.estimateCost({"model":"wan-2.2-a14b-speech-to-video-turbo","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<RateCost>();
void client.get("task-id", { model: "wan-2.2-a14b-speech-to-video-turbo" });
void client.wait("task-id", { model: "wan-2.2-a14b-speech-to-video-turbo" });
void client.watch("task-id", { model: "wan-2.2-a14b-speech-to-video-turbo" });

// text_to_image: wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_video_url":"x"});
// @ts-expect-error source_video_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_video_urls":["x"]});
// @ts-expect-error negative_prompt is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","negative_prompt":"x"});
// @ts-expect-error reference_image_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_url":"x"});
// @ts-expect-error duration_seconds is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","duration_seconds":1});
// @ts-expect-error audio_setting is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","audio_setting":"x"});
// @ts-expect-error enable_prompt_expansion is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","enable_prompt_expansion":true});
// @ts-expect-error audio is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","audio":true});
// @ts-expect-error multi_shots is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","multi_shots":true});
// @ts-expect-error first_frame_image_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","last_frame_image_url":"x"});
// @ts-expect-error acceleration is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","acceleration":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","driving_audio_url":"x"});
// @ts-expect-error background_audio_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","background_audio_url":"x"});
// @ts-expect-error ratio is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","ratio":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","shift":1});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.7-image
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_audio_url":"x"});
// @ts-expect-error aspect_ratio accepts only 1:1, 16:9, 4:3, 21:9, 3:4, 9:16, 8:1, 1:8
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k, 4k
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.7-image is one of 1k, 2k, 4k, not 480p
void client.create({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"wan-2.7-image">();
expectTypeOf(client.estimateCost({"model":"wan-2.7-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.7-image" });
void client.wait("task-id", { model: "wan-2.7-image" });
void client.watch("task-id", { model: "wan-2.7-image" });

// text_to_image: wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_video_url":"x"});
// @ts-expect-error source_video_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_video_urls":["x"]});
// @ts-expect-error negative_prompt is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","negative_prompt":"x"});
// @ts-expect-error reference_image_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_url":"x"});
// @ts-expect-error duration_seconds is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","duration_seconds":1});
// @ts-expect-error audio_setting is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","audio_setting":"x"});
// @ts-expect-error enable_prompt_expansion is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","enable_prompt_expansion":true});
// @ts-expect-error audio is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","audio":true});
// @ts-expect-error multi_shots is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","multi_shots":true});
// @ts-expect-error first_frame_image_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","last_frame_image_url":"x"});
// @ts-expect-error acceleration is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","acceleration":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","driving_audio_url":"x"});
// @ts-expect-error background_audio_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","background_audio_url":"x"});
// @ts-expect-error ratio is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","ratio":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","shift":1});
// @ts-expect-error reference_image_urls is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_url is not a parameter of wan-2.7-image-pro
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_audio_url":"x"});
// @ts-expect-error aspect_ratio accepts only 1:1, 16:9, 4:3, 21:9, 3:4, 9:16, 8:1, 1:8
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k, 4k
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.7-image-pro is one of 1k, 2k, 4k, not 480p
void client.create({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"wan-2.7-image-pro">();
expectTypeOf(client.estimateCost({"model":"wan-2.7-image-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.7-image-pro" });
void client.wait("task-id", { model: "wan-2.7-image-pro" });
void client.watch("task-id", { model: "wan-2.7-image-pro" });

// text_to_video: wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error source_video_url is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"x"});
// @ts-expect-error audio is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio":true});
// @ts-expect-error multi_shots is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","driving_audio_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.2-a14b-text-to-video-turbo
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error output_resolution accepts only 480p, 580p, 720p
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.2-a14b-text-to-video-turbo is one of 480p, 580p, 720p, not 1080p
void client.create({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
expectTypeOf((await client.run({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.2-a14b-text-to-video-turbo">();
expectTypeOf(client.estimateCost({"model":"wan-2.2-a14b-text-to-video-turbo","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.2-a14b-text-to-video-turbo" });
void client.wait("task-id", { model: "wan-2.2-a14b-text-to-video-turbo" });
void client.watch("task-id", { model: "wan-2.2-a14b-text-to-video-turbo" });

// text_to_video: wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error source_video_url is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"x"});
// @ts-expect-error audio is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio":true});
// @ts-expect-error multi_shots is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","driving_audio_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.5-text-to-video
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.5-text-to-video is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.5-text-to-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.5-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.5-text-to-video" });
void client.wait("task-id", { model: "wan-2.5-text-to-video" });
void client.watch("task-id", { model: "wan-2.5-text-to-video" });

// text_to_video: wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error source_video_url is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"x"});
// @ts-expect-error seed is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","seed":1});
// @ts-expect-error audio is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio":true});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","driving_audio_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.6-text-to-video
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.6-text-to-video is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.6-text-to-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.6-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.6-text-to-video" });
void client.wait("task-id", { model: "wan-2.6-text-to-video" });
void client.watch("task-id", { model: "wan-2.6-text-to-video" });

// text_to_video: wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error source_video_url is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"x"});
// @ts-expect-error audio is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio":true});
// @ts-expect-error multi_shots is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","driving_audio_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.7-r2v
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1, 4:3, 3:4
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.7-r2v is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"480p"});
// @ts-expect-error aspect_ratio of wan-2.7-r2v is one of 16:9, 9:16, 1:1, 4:3, 3:4, not 21:9
void client.create({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"21:9"});
expectTypeOf((await client.run({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.7-r2v">();
expectTypeOf(client.estimateCost({"model":"wan-2.7-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.7-r2v" });
void client.wait("task-id", { model: "wan-2.7-r2v" });
void client.watch("task-id", { model: "wan-2.7-r2v" });

// text_to_video: wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error source_video_url is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_video_urls is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_urls":["x"]});
// @ts-expect-error reference_image_url is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_url":"x"});
// @ts-expect-error audio_setting is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"x"});
// @ts-expect-error audio is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio":true});
// @ts-expect-error multi_shots is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error last_frame_image_url is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error driving_audio_url is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","driving_audio_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error num_frames is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_frames":1});
// @ts-expect-error frames_per_second is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","frames_per_second":1});
// @ts-expect-error num_inference_steps is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","num_inference_steps":1});
// @ts-expect-error guidance_scale is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","guidance_scale":1});
// @ts-expect-error shift is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","shift":1});
// @ts-expect-error output_count is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_count":1});
// @ts-expect-error enable_sequential is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sequential":true});
// @ts-expect-error thinking_mode is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","thinking_mode":true});
// @ts-expect-error source_image_urls is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error color_palette is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","color_palette":["x"]});
// @ts-expect-error bbox_list is not a parameter of wan-2.7-text-to-video
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","bbox_list":["x"]});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of wan-2.7-text-to-video is one of 720p, 1080p, not 480p
void client.create({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"480p"});
expectTypeOf((await client.run({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"wan-2.7-text-to-video">();
expectTypeOf(client.estimateCost({"model":"wan-2.7-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "wan-2.7-text-to-video" });
void client.wait("task-id", { model: "wan-2.7-text-to-video" });
void client.watch("task-id", { model: "wan-2.7-text-to-video" });

// animate: reading its tasks
void client.animate.get("task-id");
void client.animate.wait("task-id");
void client.animate.watch("task-id");

// edit_video: reading its tasks
void client.editVideo.get("task-id");
void client.editVideo.wait("task-id");
void client.editVideo.watch("task-id");

// image_to_video: reading its tasks
void client.imageToVideo.get("task-id");
void client.imageToVideo.wait("task-id");
void client.imageToVideo.watch("task-id");

// speech_to_video: reading its tasks
void client.speechToVideo.get("task-id");
void client.speechToVideo.wait("task-id");
void client.speechToVideo.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");
