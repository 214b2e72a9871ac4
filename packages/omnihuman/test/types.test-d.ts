// Generated from specs/omnihuman.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type OmnihumanModel, type OmnihumanModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<OmnihumanModel>().toEqualTypeOf<"omnihuman-1.5" | "omnihuman-1.5-human-identification" | "omnihuman-1.5-subject-detection">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<OmnihumanModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"omnihuman-1.5" | "omnihuman-1.5-human-identification" | "omnihuman-1.5-subject-detection">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// audio_to_video: omnihuman-1.5
void client.create({"model":"omnihuman-1.5","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.create({"model":"omnihuman-1.5","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"omnihuman-1.5","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.create({"model":"omnihuman-1.5","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"omnihuman-1.5","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"omnihuman-1.5","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"omnihuman-1.5","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"omnihuman-1.5">();
expectTypeOf(client.estimateCost({"model":"omnihuman-1.5","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "omnihuman-1.5" });
void client.wait("task-id", { model: "omnihuman-1.5" });
void client.watch("task-id", { model: "omnihuman-1.5" });

// human_identification: omnihuman-1.5-human-identification
void client.create({"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"omnihuman-1.5-human-identification"});
// @ts-expect-error source_audio_url is not a parameter of omnihuman-1.5-human-identification
void client.create({"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png","source_audio_url":"x"});
// @ts-expect-error mask_urls is not a parameter of omnihuman-1.5-human-identification
void client.create({"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png","mask_urls":["x"]});
// @ts-expect-error prompt is not a parameter of omnihuman-1.5-human-identification
void client.create({"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png","prompt":"x"});
// @ts-expect-error output_resolution is not a parameter of omnihuman-1.5-human-identification
void client.create({"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png","output_resolution":"720p"});
// @ts-expect-error enable_fast_mode is not a parameter of omnihuman-1.5-human-identification
void client.create({"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png","enable_fast_mode":true});
// @ts-expect-error seed is not a parameter of omnihuman-1.5-human-identification
void client.create({"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png","seed":1});
void client.create({ ...{"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.create({ ...{"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png"}, "callback_url": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"omnihuman-1.5-human-identification">();
expectTypeOf(client.estimateCost({"model":"omnihuman-1.5-human-identification","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "omnihuman-1.5-human-identification" });
void client.wait("task-id", { model: "omnihuman-1.5-human-identification" });
void client.watch("task-id", { model: "omnihuman-1.5-human-identification" });

// subject_detection: omnihuman-1.5-subject-detection
void client.create({"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"omnihuman-1.5-subject-detection"});
// @ts-expect-error source_audio_url is not a parameter of omnihuman-1.5-subject-detection
void client.create({"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png","source_audio_url":"x"});
// @ts-expect-error mask_urls is not a parameter of omnihuman-1.5-subject-detection
void client.create({"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png","mask_urls":["x"]});
// @ts-expect-error prompt is not a parameter of omnihuman-1.5-subject-detection
void client.create({"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png","prompt":"x"});
// @ts-expect-error output_resolution is not a parameter of omnihuman-1.5-subject-detection
void client.create({"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png","output_resolution":"720p"});
// @ts-expect-error enable_fast_mode is not a parameter of omnihuman-1.5-subject-detection
void client.create({"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png","enable_fast_mode":true});
// @ts-expect-error seed is not a parameter of omnihuman-1.5-subject-detection
void client.create({"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png","seed":1});
void client.create({ ...{"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.create({ ...{"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png"}, "callback_url": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"omnihuman-1.5-subject-detection">();
expectTypeOf(client.estimateCost({"model":"omnihuman-1.5-subject-detection","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "omnihuman-1.5-subject-detection" });
void client.wait("task-id", { model: "omnihuman-1.5-subject-detection" });
void client.watch("task-id", { model: "omnihuman-1.5-subject-detection" });

// audio_to_video: reading its tasks
void client.audioToVideo.get("task-id");
void client.audioToVideo.wait("task-id");
void client.audioToVideo.watch("task-id");

// human_identification: reading its tasks
void client.humanIdentification.get("task-id");
void client.humanIdentification.wait("task-id");
void client.humanIdentification.watch("task-id");

// subject_detection: reading its tasks
void client.subjectDetection.get("task-id");
void client.subjectDetection.wait("task-id");
void client.subjectDetection.watch("task-id");
