// Generated from specs/happyhorse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type HappyhorseModel, type HappyhorseModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<HappyhorseModel>().toEqualTypeOf<"happyhorse-edit-video" | "happyhorse-1.0-i2v" | "happyhorse-image-to-video" | "happyhorse-1.0-r2v" | "happyhorse-1.0-t2v" | "happyhorse-character" | "happyhorse-text-to-video">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<HappyhorseModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"happyhorse-edit-video" | "happyhorse-1.0-i2v" | "happyhorse-image-to-video" | "happyhorse-1.0-r2v" | "happyhorse-1.0-t2v" | "happyhorse-character" | "happyhorse-text-to-video">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_video: happyhorse-edit-video
void client.create({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"});
// @ts-expect-error source_video_url is required
void client.create({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error first_frame_image_url is not a parameter of happyhorse-edit-video
void client.create({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","first_frame_image_url":"x"});
// @ts-expect-error duration_seconds is not a parameter of happyhorse-edit-video
void client.create({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","duration_seconds":1});
// @ts-expect-error aspect_ratio is not a parameter of happyhorse-edit-video
void client.create({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"16:9"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","output_resolution":"not-a-listed-value"});
// @ts-expect-error audio_setting accepts only auto, original
void client.create({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","audio_setting":"not-a-listed-value"});
void client.create({ ...{"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"})).model).toEqualTypeOf<"happyhorse-edit-video">();
expectTypeOf(client.estimateCost({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"})).toEqualTypeOf<RateCost>();
void client.get("task-id", { model: "happyhorse-edit-video" });
void client.wait("task-id", { model: "happyhorse-edit-video" });
void client.watch("task-id", { model: "happyhorse-edit-video" });

// image_to_video: happyhorse-1.0-i2v
void client.create({"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"happyhorse-1.0-i2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_video_url is not a parameter of happyhorse-1.0-i2v
void client.create({"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error reference_image_urls is not a parameter of happyhorse-1.0-i2v
void client.create({"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error audio_setting is not a parameter of happyhorse-1.0-i2v
void client.create({"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"auto"});
// @ts-expect-error aspect_ratio is not a parameter of happyhorse-1.0-i2v
void client.create({"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"happyhorse-1.0-i2v">();
expectTypeOf(client.estimateCost({"model":"happyhorse-1.0-i2v","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "happyhorse-1.0-i2v" });
void client.wait("task-id", { model: "happyhorse-1.0-i2v" });
void client.watch("task-id", { model: "happyhorse-1.0-i2v" });

// image_to_video: happyhorse-image-to-video
void client.create({"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"happyhorse-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_video_url is not a parameter of happyhorse-image-to-video
void client.create({"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error reference_image_urls is not a parameter of happyhorse-image-to-video
void client.create({"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error audio_setting is not a parameter of happyhorse-image-to-video
void client.create({"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"auto"});
// @ts-expect-error aspect_ratio is not a parameter of happyhorse-image-to-video
void client.create({"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"happyhorse-image-to-video">();
expectTypeOf(client.estimateCost({"model":"happyhorse-image-to-video","first_frame_image_url":"https://example.com/first-frame.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "happyhorse-image-to-video" });
void client.wait("task-id", { model: "happyhorse-image-to-video" });
void client.watch("task-id", { model: "happyhorse-image-to-video" });

// text_to_video: happyhorse-1.0-r2v
void client.create({"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error reference_image_urls is required
void client.create({"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_video_url is not a parameter of happyhorse-1.0-r2v
void client.create({"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"source_video_url":"x"});
// @ts-expect-error audio_setting is not a parameter of happyhorse-1.0-r2v
void client.create({"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"audio_setting":"auto"});
// @ts-expect-error first_frame_image_url is not a parameter of happyhorse-1.0-r2v
void client.create({"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"first_frame_image_url":"x"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1, 4:3, 3:4
void client.create({"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]})).model).toEqualTypeOf<"happyhorse-1.0-r2v">();
expectTypeOf(client.estimateCost({"model":"happyhorse-1.0-r2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "happyhorse-1.0-r2v" });
void client.wait("task-id", { model: "happyhorse-1.0-r2v" });
void client.watch("task-id", { model: "happyhorse-1.0-r2v" });

// text_to_video: happyhorse-1.0-t2v
void client.create({"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_video_url is not a parameter of happyhorse-1.0-t2v
void client.create({"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error audio_setting is not a parameter of happyhorse-1.0-t2v
void client.create({"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"auto"});
// @ts-expect-error first_frame_image_url is not a parameter of happyhorse-1.0-t2v
void client.create({"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1, 4:3, 3:4
void client.create({"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"happyhorse-1.0-t2v">();
expectTypeOf(client.estimateCost({"model":"happyhorse-1.0-t2v","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "happyhorse-1.0-t2v" });
void client.wait("task-id", { model: "happyhorse-1.0-t2v" });
void client.watch("task-id", { model: "happyhorse-1.0-t2v" });

// text_to_video: happyhorse-character
void client.create({"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error reference_image_urls is required
void client.create({"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_video_url is not a parameter of happyhorse-character
void client.create({"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"source_video_url":"x"});
// @ts-expect-error audio_setting is not a parameter of happyhorse-character
void client.create({"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"audio_setting":"auto"});
// @ts-expect-error first_frame_image_url is not a parameter of happyhorse-character
void client.create({"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"first_frame_image_url":"x"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1, 4:3, 3:4
void client.create({"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]})).model).toEqualTypeOf<"happyhorse-character">();
expectTypeOf(client.estimateCost({"model":"happyhorse-character","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["https://example.com/reference.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "happyhorse-character" });
void client.wait("task-id", { model: "happyhorse-character" });
void client.watch("task-id", { model: "happyhorse-character" });

// text_to_video: happyhorse-text-to-video
void client.create({"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_video_url is not a parameter of happyhorse-text-to-video
void client.create({"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"x"});
// @ts-expect-error audio_setting is not a parameter of happyhorse-text-to-video
void client.create({"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_setting":"auto"});
// @ts-expect-error first_frame_image_url is not a parameter of happyhorse-text-to-video
void client.create({"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1, 4:3, 3:4
void client.create({"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"happyhorse-text-to-video">();
expectTypeOf(client.estimateCost({"model":"happyhorse-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "happyhorse-text-to-video" });
void client.wait("task-id", { model: "happyhorse-text-to-video" });
void client.watch("task-id", { model: "happyhorse-text-to-video" });

// edit_video: reading its tasks
void client.editVideo.get("task-id");
void client.editVideo.wait("task-id");
void client.editVideo.watch("task-id");

// image_to_video: reading its tasks
void client.imageToVideo.get("task-id");
void client.imageToVideo.wait("task-id");
void client.imageToVideo.watch("task-id");

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");
