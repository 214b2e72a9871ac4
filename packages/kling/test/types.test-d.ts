// Generated from specs/kling.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type KlingActions, type KlingModel, type KlingModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<KlingModel>().toEqualTypeOf<"kling-ai-avatar-pro" | "kling-ai-avatar-standard" | "kling-ai-avatar-v1-pro" | "kling-v1-avatar-standard" | "kling-v3-omni-edit" | "kling-v2.1-master-image-to-video" | "kling-v2.1-pro" | "kling-v2.1-standard" | "kling-v3-turbo-image-to-video" | "kling-v2.1-master-text-to-video" | "kling-v3-turbo-text-to-video">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<KlingModels, Pick<KlingActions, "edit_video" | "extend_video" | "image_to_video" | "motion_control" | "text_to_video">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// ai_avatar: kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.create({"model":"kling-ai-avatar-pro","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error source_video_url is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error duration_seconds is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":3});
// @ts-expect-error output_resolution is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error aspect_ratio is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
// @ts-expect-error enable_sound is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sound":false});
// @ts-expect-error mode is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"std"});
// @ts-expect-error first_frame_image_url is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error negative_prompt is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","cfg_scale":1});
// @ts-expect-error character_orientation is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-ai-avatar-pro
void client.create({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
void client.create({ ...{"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"kling-ai-avatar-pro">();
expectTypeOf(client.estimateCost({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-ai-avatar-pro" });
void client.wait("task-id", { model: "kling-ai-avatar-pro" });
void client.watch("task-id", { model: "kling-ai-avatar-pro" });

// ai_avatar: kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.create({"model":"kling-ai-avatar-standard","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error source_video_url is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error duration_seconds is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":3});
// @ts-expect-error output_resolution is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error aspect_ratio is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
// @ts-expect-error enable_sound is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sound":false});
// @ts-expect-error mode is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"std"});
// @ts-expect-error first_frame_image_url is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error negative_prompt is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","cfg_scale":1});
// @ts-expect-error character_orientation is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-ai-avatar-standard
void client.create({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
void client.create({ ...{"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"kling-ai-avatar-standard">();
expectTypeOf(client.estimateCost({"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-ai-avatar-standard" });
void client.wait("task-id", { model: "kling-ai-avatar-standard" });
void client.watch("task-id", { model: "kling-ai-avatar-standard" });

// ai_avatar: kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.create({"model":"kling-ai-avatar-v1-pro","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error source_video_url is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error duration_seconds is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":3});
// @ts-expect-error output_resolution is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error aspect_ratio is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
// @ts-expect-error enable_sound is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sound":false});
// @ts-expect-error mode is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"std"});
// @ts-expect-error first_frame_image_url is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error negative_prompt is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","cfg_scale":1});
// @ts-expect-error character_orientation is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-ai-avatar-v1-pro
void client.create({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
void client.create({ ...{"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"kling-ai-avatar-v1-pro">();
expectTypeOf(client.estimateCost({"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-ai-avatar-v1-pro" });
void client.wait("task-id", { model: "kling-ai-avatar-v1-pro" });
void client.watch("task-id", { model: "kling-ai-avatar-v1-pro" });

// ai_avatar: kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.create({"model":"kling-v1-avatar-standard","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error source_video_url is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error duration_seconds is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":3});
// @ts-expect-error output_resolution is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error aspect_ratio is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
// @ts-expect-error enable_sound is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sound":false});
// @ts-expect-error mode is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"std"});
// @ts-expect-error first_frame_image_url is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error negative_prompt is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","cfg_scale":1});
// @ts-expect-error character_orientation is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-v1-avatar-standard
void client.create({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
void client.create({ ...{"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"kling-v1-avatar-standard">();
expectTypeOf(client.estimateCost({"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-v1-avatar-standard" });
void client.wait("task-id", { model: "kling-v1-avatar-standard" });
void client.watch("task-id", { model: "kling-v1-avatar-standard" });

// edit_video: kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-v3-omni-edit","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"});
// @ts-expect-error source_image_url is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","source_image_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","source_audio_url":"x"});
// @ts-expect-error mode is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","mode":"std"});
// @ts-expect-error first_frame_image_url is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","last_frame_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","preserve_reference_video_audio":false});
// @ts-expect-error negative_prompt is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","cfg_scale":1});
// @ts-expect-error character_orientation is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-v3-omni-edit
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","kling_elements":["x"]});
// @ts-expect-error duration_seconds accepts only 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p, 1080p, 4k
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only auto, 16:9, 9:16, 1:1
void client.create({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"})).model).toEqualTypeOf<"kling-v3-omni-edit">();
expectTypeOf(client.estimateCost({"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "kling-v3-omni-edit" });
void client.wait("task-id", { model: "kling-v3-omni-edit" });
void client.watch("task-id", { model: "kling-v3-omni-edit" });

// edit_video: kling-v3-omni-reference
void client.editVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"});
// @ts-expect-error prompt is required
void client.editVideo.create({"model":"kling-v3-omni-reference","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"});
// @ts-expect-error duration_seconds accepts only 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.editVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p, 1080p, 4k
void client.editVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only auto, 16:9, 9:16, 1:1
void client.editVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"not-a-listed-value"});
void client.editVideo.create({ ...{"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.editVideo.create({ ...{"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"}, "prompt": new Blob(["local file"]) });

// extend_video: kling-v2.5-turbo-image-to-video-pro
void client.extendVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_task_id is required
void client.extendVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error mode accepts only std, pro
void client.extendVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"not-a-listed-value"});

// extend_video: kling-v2.5-turbo-text-to-video-pro
void client.extendVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_task_id is required
void client.extendVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error mode accepts only std, pro
void client.extendVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"not-a-listed-value"});

// image_to_video: kling-o1
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.imageToVideo.create({"model":"kling-o1","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error negative_prompt is not a parameter of kling-o1
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-o1
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","cfg_scale":1});
// @ts-expect-error output_resolution is not a parameter of kling-o1
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"720p"});
// @ts-expect-error mode accepts only std, pro
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","mode":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only 5
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error reference_video_type accepts only base, feature
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_type":"not-a-listed-value"});
void client.imageToVideo.create({ ...{"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.imageToVideo.create({ ...{"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error duration_seconds of kling-o1 is one of 5, not 10
void client.imageToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":10});

// image_to_video: kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-v2.1-master-image-to-video","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_image_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_audio_url":"x"});
// @ts-expect-error source_video_url is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error output_resolution is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"720p"});
// @ts-expect-error enable_sound is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","enable_sound":false});
// @ts-expect-error mode is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","mode":"std"});
// @ts-expect-error reference_video_url is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","preserve_reference_video_audio":false});
// @ts-expect-error character_orientation is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-v2.1-master-image-to-video
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","kling_elements":["x"]});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
void client.create({ ...{"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error duration_seconds of kling-v2.1-master-image-to-video is one of 5, 10, not 3
void client.create({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":3});
expectTypeOf((await client.run({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"kling-v2.1-master-image-to-video">();
expectTypeOf(client.estimateCost({"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-v2.1-master-image-to-video" });
void client.wait("task-id", { model: "kling-v2.1-master-image-to-video" });
void client.watch("task-id", { model: "kling-v2.1-master-image-to-video" });

// image_to_video: kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-v2.1-pro","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_image_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_audio_url":"x"});
// @ts-expect-error source_video_url is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error output_resolution is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"720p"});
// @ts-expect-error enable_sound is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","enable_sound":false});
// @ts-expect-error mode is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","mode":"std"});
// @ts-expect-error reference_video_url is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","preserve_reference_video_audio":false});
// @ts-expect-error character_orientation is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-v2.1-pro
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","kling_elements":["x"]});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
void client.create({ ...{"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error duration_seconds of kling-v2.1-pro is one of 5, 10, not 3
void client.create({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":3});
expectTypeOf((await client.run({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"kling-v2.1-pro">();
expectTypeOf(client.estimateCost({"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-v2.1-pro" });
void client.wait("task-id", { model: "kling-v2.1-pro" });
void client.watch("task-id", { model: "kling-v2.1-pro" });

// image_to_video: kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-v2.1-standard","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_image_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_audio_url":"x"});
// @ts-expect-error source_video_url is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error output_resolution is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"720p"});
// @ts-expect-error enable_sound is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","enable_sound":false});
// @ts-expect-error mode is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","mode":"std"});
// @ts-expect-error reference_video_url is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","preserve_reference_video_audio":false});
// @ts-expect-error character_orientation is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-v2.1-standard
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","kling_elements":["x"]});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
void client.create({ ...{"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error duration_seconds of kling-v2.1-standard is one of 5, 10, not 3
void client.create({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":3});
expectTypeOf((await client.run({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"kling-v2.1-standard">();
expectTypeOf(client.estimateCost({"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-v2.1-standard" });
void client.wait("task-id", { model: "kling-v2.1-standard" });
void client.watch("task-id", { model: "kling-v2.1-standard" });

// image_to_video: kling-v2.5-turbo-image-to-video-pro
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error mode is not a parameter of kling-v2.5-turbo-image-to-video-pro
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","mode":"std"});
// @ts-expect-error enable_sound is not a parameter of kling-v2.5-turbo-image-to-video-pro
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","enable_sound":false});
// @ts-expect-error reference_image_urls is not a parameter of kling-v2.5-turbo-image-to-video-pro
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error reference_video_url is not a parameter of kling-v2.5-turbo-image-to-video-pro
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v2.5-turbo-image-to-video-pro
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v2.5-turbo-image-to-video-pro
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","preserve_reference_video_audio":false});
// @ts-expect-error output_resolution is not a parameter of kling-v2.5-turbo-image-to-video-pro
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"720p"});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
void client.imageToVideo.create({ ...{"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.imageToVideo.create({ ...{"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error duration_seconds of kling-v2.5-turbo-image-to-video-pro is one of 5, 10, not 3
void client.imageToVideo.create({"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":3});

// image_to_video: kling-v2.6
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.imageToVideo.create({"model":"kling-v2.6","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v2.6
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error reference_video_url is not a parameter of kling-v2.6
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v2.6
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v2.6
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","preserve_reference_video_audio":false});
// @ts-expect-error negative_prompt is not a parameter of kling-v2.6
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-v2.6
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","cfg_scale":1});
// @ts-expect-error output_resolution is not a parameter of kling-v2.6
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"720p"});
// @ts-expect-error mode accepts only std, pro
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","mode":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","aspect_ratio":"not-a-listed-value"});
void client.imageToVideo.create({ ...{"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.imageToVideo.create({ ...{"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error duration_seconds of kling-v2.6 is one of 5, 10, not 3
void client.imageToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":3});

// image_to_video: kling-v3-omni
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.imageToVideo.create({"model":"kling-v3-omni","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error mode is not a parameter of kling-v3-omni
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","mode":"std"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v3-omni
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error reference_video_url is not a parameter of kling-v3-omni
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v3-omni
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v3-omni
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","preserve_reference_video_audio":false});
// @ts-expect-error negative_prompt is not a parameter of kling-v3-omni
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-v3-omni
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","cfg_scale":1});
// @ts-expect-error duration_seconds accepts only 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p, 1080p, 4k
void client.imageToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"not-a-listed-value"});
void client.imageToVideo.create({ ...{"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.imageToVideo.create({ ...{"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });

// image_to_video: kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-v3-turbo-image-to-video","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_image_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_audio_url":"x"});
// @ts-expect-error source_video_url is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error aspect_ratio is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","aspect_ratio":"auto"});
// @ts-expect-error enable_sound is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","enable_sound":false});
// @ts-expect-error mode is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","mode":"std"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","preserve_reference_video_audio":false});
// @ts-expect-error negative_prompt is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","cfg_scale":1});
// @ts-expect-error character_orientation is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-v3-turbo-image-to-video
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","kling_elements":["x"]});
// @ts-expect-error duration_seconds accepts only 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of kling-v3-turbo-image-to-video is one of 720p, 1080p, not 4k
void client.create({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"4k"});
expectTypeOf((await client.run({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"kling-v3-turbo-image-to-video">();
expectTypeOf(client.estimateCost({"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-v3-turbo-image-to-video" });
void client.wait("task-id", { model: "kling-v3-turbo-image-to-video" });
void client.watch("task-id", { model: "kling-v3-turbo-image-to-video" });

// motion_control: kling-3.0
void client.motionControl.create({"model":"kling-3.0","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.motionControl.create({"model":"kling-3.0","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error reference_video_url is required
void client.motionControl.create({"model":"kling-3.0","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.motionControl.create({"model":"kling-3.0","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error character_orientation accepts only video, image
void client.motionControl.create({"model":"kling-3.0","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_orientation":"not-a-listed-value"});
// @ts-expect-error background_source accepts only video, image
void client.motionControl.create({"model":"kling-3.0","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_source":"not-a-listed-value"});
void client.motionControl.create({ ...{"model":"kling-3.0","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.motionControl.create({ ...{"model":"kling-3.0","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });

// motion_control: kling-v2.6
void client.motionControl.create({"model":"kling-v2.6","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","character_orientation":"video"});
// @ts-expect-error source_image_url is required
void client.motionControl.create({"model":"kling-v2.6","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","character_orientation":"video"});
// @ts-expect-error reference_video_url is required
void client.motionControl.create({"model":"kling-v2.6","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","character_orientation":"video"});
// @ts-expect-error output_resolution is required
void client.motionControl.create({"model":"kling-v2.6","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_orientation":"video"});
// @ts-expect-error character_orientation is required
void client.motionControl.create({"model":"kling-v2.6","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error background_source is not a parameter of kling-v2.6
void client.motionControl.create({"model":"kling-v2.6","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","character_orientation":"video","background_source":"video"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.motionControl.create({"model":"kling-v2.6","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value","character_orientation":"video"});
// @ts-expect-error character_orientation accepts only video, image
void client.motionControl.create({"model":"kling-v2.6","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","character_orientation":"not-a-listed-value"});
void client.motionControl.create({ ...{"model":"kling-v2.6","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","character_orientation":"video"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.motionControl.create({ ...{"model":"kling-v2.6","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","character_orientation":"video"}, "prompt": new Blob(["local file"]) });

// text_to_video: kling-3.0
void client.textToVideo.create({"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error mode is not a parameter of kling-3.0
void client.textToVideo.create({"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"std"});
// @ts-expect-error reference_image_urls is not a parameter of kling-3.0
void client.textToVideo.create({"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error reference_video_url is not a parameter of kling-3.0
void client.textToVideo.create({"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-3.0
void client.textToVideo.create({"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-3.0
void client.textToVideo.create({"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error duration_seconds accepts only 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.textToVideo.create({"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.textToVideo.create({"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p, 1080p, 4k
void client.textToVideo.create({"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.textToVideo.create({ ...{"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.textToVideo.create({ ...{"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });

// text_to_video: kling-o1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.textToVideo.create({"model":"kling-o1"});
// @ts-expect-error output_resolution is not a parameter of kling-o1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error negative_prompt is not a parameter of kling-o1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-o1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","cfg_scale":1});
// @ts-expect-error multi_shots is not a parameter of kling-o1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-o1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error first_frame_image_url is not a parameter of kling-o1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-o1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error kling_elements is not a parameter of kling-o1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
// @ts-expect-error mode accepts only std, pro
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only 5
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error reference_video_type accepts only base, feature
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"not-a-listed-value"});
void client.textToVideo.create({ ...{"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.textToVideo.create({ ...{"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error duration_seconds of kling-o1 is one of 5, not 3
void client.textToVideo.create({"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":3});

// text_to_video: kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error source_video_url is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error output_resolution is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error mode is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"std"});
// @ts-expect-error first_frame_image_url is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error character_orientation is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-v2.1-master-text-to-video
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error duration_seconds of kling-v2.1-master-text-to-video is one of 5, 10, not 3
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":3});
// @ts-expect-error aspect_ratio of kling-v2.1-master-text-to-video is one of 16:9, 9:16, 1:1, not auto
void client.create({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
expectTypeOf((await client.run({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"kling-v2.1-master-text-to-video">();
expectTypeOf(client.estimateCost({"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-v2.1-master-text-to-video" });
void client.wait("task-id", { model: "kling-v2.1-master-text-to-video" });
void client.watch("task-id", { model: "kling-v2.1-master-text-to-video" });

// text_to_video: kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error output_resolution is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error multi_shots is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error first_frame_image_url is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error kling_elements is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
// @ts-expect-error mode is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"std"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error reference_video_url is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v2.5-turbo-text-to-video-pro
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error duration_seconds of kling-v2.5-turbo-text-to-video-pro is one of 5, 10, not 3
void client.textToVideo.create({"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":3});

// text_to_video: kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.textToVideo.create({"model":"kling-v2.6"});
// @ts-expect-error output_resolution is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error negative_prompt is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","cfg_scale":1});
// @ts-expect-error multi_shots is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error first_frame_image_url is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error kling_elements is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
// @ts-expect-error reference_image_urls is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error reference_video_url is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v2.6
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error mode accepts only std, pro
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error duration_seconds of kling-v2.6 is one of 5, 10, not 3
void client.textToVideo.create({"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":3});

// text_to_video: kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.textToVideo.create({"model":"kling-v3-omni"});
// @ts-expect-error negative_prompt is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","cfg_scale":1});
// @ts-expect-error multi_shots is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error first_frame_image_url is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error kling_elements is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
// @ts-expect-error mode is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"std"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error reference_video_url is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v3-omni
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error duration_seconds accepts only 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p, 1080p, 4k
void client.textToVideo.create({"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});

// text_to_video: kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error prompt is required
void client.textToVideo.create({"model":"kling-v3-omni-reference","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error aspect_ratio is required
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error reference_image_urls is required
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9"});
// @ts-expect-error negative_prompt is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"cfg_scale":1});
// @ts-expect-error multi_shots is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"multi_prompt":["x"]});
// @ts-expect-error first_frame_image_url is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"last_frame_image_url":"x"});
// @ts-expect-error kling_elements is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"kling_elements":["x"]});
// @ts-expect-error mode is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"mode":"std"});
// @ts-expect-error reference_video_url is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v3-omni-reference
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"preserve_reference_video_audio":false});
// @ts-expect-error duration_seconds accepts only 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error output_resolution accepts only 720p, 1080p, 4k
void client.textToVideo.create({"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"],"output_resolution":"not-a-listed-value"});
void client.textToVideo.create({ ...{"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"]}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.textToVideo.create({ ...{"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"]}, "prompt": new Blob(["local file"]) });

// text_to_video: kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"kling-v3-turbo-text-to-video"});
// @ts-expect-error source_image_url is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"x"});
// @ts-expect-error source_audio_url is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_audio_url":"x"});
// @ts-expect-error source_video_url is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error source_task_id is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error reference_image_urls is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error enable_sound is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_sound":false});
// @ts-expect-error mode is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","mode":"std"});
// @ts-expect-error first_frame_image_url is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error reference_video_url is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_url":"x"});
// @ts-expect-error reference_video_type is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_video_type":"base"});
// @ts-expect-error preserve_reference_video_audio is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","preserve_reference_video_audio":false});
// @ts-expect-error negative_prompt is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","negative_prompt":"x"});
// @ts-expect-error cfg_scale is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","cfg_scale":1});
// @ts-expect-error character_orientation is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_orientation":"video"});
// @ts-expect-error background_source is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","background_source":"video"});
// @ts-expect-error multi_shots is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_shots":true});
// @ts-expect-error multi_prompt is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","multi_prompt":["x"]});
// @ts-expect-error kling_elements is not a parameter of kling-v3-turbo-text-to-video
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","kling_elements":["x"]});
// @ts-expect-error duration_seconds accepts only 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of kling-v3-turbo-text-to-video is one of 16:9, 9:16, 1:1, not auto
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
// @ts-expect-error output_resolution of kling-v3-turbo-text-to-video is one of 720p, 1080p, not 4k
void client.create({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"4k"});
expectTypeOf((await client.run({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"kling-v3-turbo-text-to-video">();
expectTypeOf(client.estimateCost({"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "kling-v3-turbo-text-to-video" });
void client.wait("task-id", { model: "kling-v3-turbo-text-to-video" });
void client.watch("task-id", { model: "kling-v3-turbo-text-to-video" });

// ai_avatar: reading its tasks
void client.aiAvatar.get("task-id");
void client.aiAvatar.wait("task-id");
void client.aiAvatar.watch("task-id");

// edit_video: reading its tasks
void client.editVideo.get("task-id");
void client.editVideo.wait("task-id");
void client.editVideo.watch("task-id");

// extend_video: reading its tasks
void client.extendVideo.get("task-id");
void client.extendVideo.wait("task-id");
void client.extendVideo.watch("task-id");

// image_to_video: reading its tasks
void client.imageToVideo.get("task-id");
void client.imageToVideo.wait("task-id");
void client.imageToVideo.watch("task-id");

// motion_control: reading its tasks
void client.motionControl.get("task-id");
void client.motionControl.wait("task-id");
void client.motionControl.watch("task-id");

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");
