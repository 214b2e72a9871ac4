// Generated from specs/seedance.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type SeedanceModel, type SeedanceModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<SeedanceModel>().toEqualTypeOf<"seedance-1.5-pro" | "seedance-2-mini" | "seedance-2.0" | "seedance-2.0-fast" | "seedance-2.5" | "seedance-v1-pro" | "seedance-v1-pro-fast">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<SeedanceModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"seedance-1.5-pro" | "seedance-2-mini" | "seedance-2.0" | "seedance-2.0-fast" | "seedance-2.5" | "seedance-v1-pro" | "seedance-v1-pro-fast">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// text_to_video: seedance-1.5-pro
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5});
// @ts-expect-error duration_seconds is required
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error first_frame_image_url is not a parameter of seedance-1.5-pro
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of seedance-1.5-pro
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"last_frame_image_url":"x"});
// @ts-expect-error reference_image_urls is not a parameter of seedance-1.5-pro
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of seedance-1.5-pro
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"reference_video_urls":["x"]});
// @ts-expect-error reference_audio_urls is not a parameter of seedance-1.5-pro
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"reference_audio_urls":["x"]});
// @ts-expect-error web_search is not a parameter of seedance-1.5-pro
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"web_search":true});
// @ts-expect-error return_last_frame is not a parameter of seedance-1.5-pro
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"return_last_frame":false});
// @ts-expect-error output_format is not a parameter of seedance-1.5-pro
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_format":"mp4"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 21:9
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p, 1080p
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5}, "prompt": new Blob(["local file"]) });
// @ts-expect-error aspect_ratio of seedance-1.5-pro is one of 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, not auto
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"aspect_ratio":"auto"});
// @ts-expect-error output_resolution of seedance-1.5-pro is one of 480p, 720p, 1080p, not 4k
void client.create({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_resolution":"4k"});
expectTypeOf((await client.run({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5})).model).toEqualTypeOf<"seedance-1.5-pro">();
expectTypeOf(client.estimateCost({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedance-1.5-pro" });
void client.wait("task-id", { model: "seedance-1.5-pro" });
void client.watch("task-id", { model: "seedance-1.5-pro" });

// text_to_video: seedance-2-mini
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error enable_safety_checker is not a parameter of seedance-2-mini
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot","enable_safety_checker":true});
// @ts-expect-error source_image_urls is not a parameter of seedance-2-mini
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error lock_camera is not a parameter of seedance-2-mini
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot","lock_camera":true});
// @ts-expect-error seed is not a parameter of seedance-2-mini
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot","seed":-1});
// @ts-expect-error return_last_frame is not a parameter of seedance-2-mini
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot","return_last_frame":false});
// @ts-expect-error output_format is not a parameter of seedance-2-mini
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_format":"mp4"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, auto
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of seedance-2-mini is one of 480p, 720p, not 1080p
void client.create({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
expectTypeOf((await client.run({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"seedance-2-mini">();
expectTypeOf(client.estimateCost({"model":"seedance-2-mini","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "seedance-2-mini" });
void client.wait("task-id", { model: "seedance-2-mini" });
void client.watch("task-id", { model: "seedance-2-mini" });

// text_to_video: seedance-2.0
void client.create({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_urls is not a parameter of seedance-2.0
void client.create({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error lock_camera is not a parameter of seedance-2.0
void client.create({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","lock_camera":true});
// @ts-expect-error seed is not a parameter of seedance-2.0
void client.create({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","seed":-1});
// @ts-expect-error return_last_frame is not a parameter of seedance-2.0
void client.create({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","return_last_frame":false});
// @ts-expect-error output_format is not a parameter of seedance-2.0
void client.create({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_format":"mp4"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, auto
void client.create({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p, 1080p, 4k
void client.create({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"seedance-2.0">();
expectTypeOf(client.estimateCost({"model":"seedance-2.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "seedance-2.0" });
void client.wait("task-id", { model: "seedance-2.0" });
void client.watch("task-id", { model: "seedance-2.0" });

// text_to_video: seedance-2.0-fast
void client.create({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_urls is not a parameter of seedance-2.0-fast
void client.create({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error lock_camera is not a parameter of seedance-2.0-fast
void client.create({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","lock_camera":true});
// @ts-expect-error seed is not a parameter of seedance-2.0-fast
void client.create({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","seed":-1});
// @ts-expect-error return_last_frame is not a parameter of seedance-2.0-fast
void client.create({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","return_last_frame":false});
// @ts-expect-error output_format is not a parameter of seedance-2.0-fast
void client.create({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_format":"mp4"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, auto
void client.create({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p
void client.create({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of seedance-2.0-fast is one of 480p, 720p, not 1080p
void client.create({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
expectTypeOf((await client.run({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"seedance-2.0-fast">();
expectTypeOf(client.estimateCost({"model":"seedance-2.0-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "seedance-2.0-fast" });
void client.wait("task-id", { model: "seedance-2.0-fast" });
void client.watch("task-id", { model: "seedance-2.0-fast" });

// text_to_video: seedance-2.5
void client.create({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"seedance-2.5"});
// @ts-expect-error source_image_urls is not a parameter of seedance-2.5
void client.create({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_urls":["x"]});
// @ts-expect-error lock_camera is not a parameter of seedance-2.5
void client.create({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot","lock_camera":true});
// @ts-expect-error seed is not a parameter of seedance-2.5
void client.create({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot","seed":-1});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, auto
void client.create({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p, 1080p
void client.create({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only -1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30
void client.create({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_format accepts only mp4, mov
void client.create({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_format":"not-a-listed-value"});
void client.create({ ...{"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of seedance-2.5 is one of 480p, 720p, 1080p, not 4k
void client.create({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"4k"});
expectTypeOf((await client.run({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"seedance-2.5">();
expectTypeOf(client.estimateCost({"model":"seedance-2.5","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "seedance-2.5" });
void client.wait("task-id", { model: "seedance-2.5" });
void client.watch("task-id", { model: "seedance-2.5" });

// text_to_video: seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5});
// @ts-expect-error duration_seconds is required
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error generate_audio is not a parameter of seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"generate_audio":true});
// @ts-expect-error source_image_urls is not a parameter of seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"source_image_urls":["x"]});
// @ts-expect-error last_frame_image_url is not a parameter of seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"last_frame_image_url":"x"});
// @ts-expect-error reference_image_urls is not a parameter of seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"reference_video_urls":["x"]});
// @ts-expect-error reference_audio_urls is not a parameter of seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"reference_audio_urls":["x"]});
// @ts-expect-error web_search is not a parameter of seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"web_search":true});
// @ts-expect-error return_last_frame is not a parameter of seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"return_last_frame":false});
// @ts-expect-error output_format is not a parameter of seedance-v1-pro
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_format":"mp4"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 21:9
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 480p, 720p, 1080p
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_resolution":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
void client.create({ ...{"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5}, "prompt": new Blob(["local file"]) });
// @ts-expect-error aspect_ratio of seedance-v1-pro is one of 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, not auto
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"aspect_ratio":"auto"});
// @ts-expect-error output_resolution of seedance-v1-pro is one of 480p, 720p, 1080p, not 4k
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_resolution":"4k"});
// @ts-expect-error duration_seconds of seedance-v1-pro is one of 5, 10, not -1
void client.create({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":-1});
expectTypeOf((await client.run({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5})).model).toEqualTypeOf<"seedance-v1-pro">();
expectTypeOf(client.estimateCost({"model":"seedance-v1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedance-v1-pro" });
void client.wait("task-id", { model: "seedance-v1-pro" });
void client.watch("task-id", { model: "seedance-v1-pro" });

// text_to_video: seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error duration_seconds is required
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5});
// @ts-expect-error aspect_ratio is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","aspect_ratio":"1:1"});
// @ts-expect-error generate_audio is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","generate_audio":true});
// @ts-expect-error source_image_urls is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","source_image_urls":["x"]});
// @ts-expect-error lock_camera is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","lock_camera":true});
// @ts-expect-error last_frame_image_url is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"x"});
// @ts-expect-error reference_image_urls is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","reference_image_urls":["x"]});
// @ts-expect-error reference_video_urls is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","reference_video_urls":["x"]});
// @ts-expect-error reference_audio_urls is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","reference_audio_urls":["x"]});
// @ts-expect-error web_search is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","web_search":true});
// @ts-expect-error return_last_frame is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","return_last_frame":false});
// @ts-expect-error output_format is not a parameter of seedance-v1-pro-fast
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","output_format":"mp4"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value","first_frame_image_url":"https://example.com/first-frame.png"});
void client.create({ ...{"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of seedance-v1-pro-fast is one of 720p, 1080p, not 480p
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"480p"});
// @ts-expect-error duration_seconds of seedance-v1-pro-fast is one of 5, 10, not -1
void client.create({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":-1,"first_frame_image_url":"https://example.com/first-frame.png"});
expectTypeOf((await client.run({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"seedance-v1-pro-fast">();
expectTypeOf(client.estimateCost({"model":"seedance-v1-pro-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedance-v1-pro-fast" });
void client.wait("task-id", { model: "seedance-v1-pro-fast" });
void client.watch("task-id", { model: "seedance-v1-pro-fast" });

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");
