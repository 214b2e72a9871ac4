// Generated from specs/gemini-omni.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type GeminiOmniModel, type GeminiOmniModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<GeminiOmniModel>().toEqualTypeOf<"gemini-omni-audio" | "gemini-omni-character" | "gemini-omni-flash-preview" | "gemini-omni-text-to-video">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<GeminiOmniModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"gemini-omni-flash-preview" | "gemini-omni-text-to-video">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// create_audio: gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice"});
// @ts-expect-error audio_id is required
void client.create({"model":"gemini-omni-audio","name":"Studio Voice"});
// @ts-expect-error name is required
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error descriptions is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","descriptions":"x"});
// @ts-expect-error reference_image_url is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","reference_image_url":"x"});
// @ts-expect-error audio_ids is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","audio_ids":["x"]});
// @ts-expect-error character_name is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","character_name":"x"});
// @ts-expect-error prompt is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","prompt":"x"});
// @ts-expect-error aspect_ratio is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","aspect_ratio":"16:9"});
// @ts-expect-error output_resolution is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","output_resolution":"720p"});
// @ts-expect-error callback_url is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","callback_url":"https://example.com/file"});
// @ts-expect-error duration_seconds is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","duration_seconds":4});
// @ts-expect-error reference_image_urls is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","reference_image_urls":["x"]});
// @ts-expect-error video_list is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","video_list":[{}]});
// @ts-expect-error character_ids is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","character_ids":["x"]});
// @ts-expect-error seed is not a parameter of gemini-omni-audio
void client.create({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","seed":0});
expectTypeOf((await client.run({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice"})).model).toEqualTypeOf<"gemini-omni-audio">();
expectTypeOf(client.estimateCost({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice"})).toEqualTypeOf<ExactCost>();
// @ts-expect-error a synchronous result has no task to read by id
void client.get("task-id", { model: "gemini-omni-audio" });
// @ts-expect-error a synchronous result has no task to read by id
void client.wait("task-id", { model: "gemini-omni-audio" });
// @ts-expect-error a synchronous result has no task to read by id
void client.watch("task-id", { model: "gemini-omni-audio" });
void client.wait({ id: "task-id", status: "completed", model: "gemini-omni-audio" });

// create_character: gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png"});
// @ts-expect-error descriptions is required
void client.create({"model":"gemini-omni-character","reference_image_url":"https://example.com/reference.png"});
// @ts-expect-error reference_image_url is required
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf."});
// @ts-expect-error audio_id is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","audio_id":"x"});
// @ts-expect-error name is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","name":"x"});
// @ts-expect-error voice_description is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","voice_description":"x"});
// @ts-expect-error example_dialogue is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","example_dialogue":"x"});
// @ts-expect-error prompt is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","prompt":"x"});
// @ts-expect-error aspect_ratio is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","aspect_ratio":"16:9"});
// @ts-expect-error output_resolution is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","output_resolution":"720p"});
// @ts-expect-error callback_url is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","callback_url":"https://example.com/file"});
// @ts-expect-error duration_seconds is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","duration_seconds":4});
// @ts-expect-error reference_image_urls is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","reference_image_urls":["x"]});
// @ts-expect-error video_list is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","video_list":[{}]});
// @ts-expect-error character_ids is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","character_ids":["x"]});
// @ts-expect-error seed is not a parameter of gemini-omni-character
void client.create({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png","seed":0});
void client.create({ ...{"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png"}, "reference_image_url": new Blob(["local file"]) });
// @ts-expect-error descriptions does not take a local file
void client.create({ ...{"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png"}, "descriptions": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png"})).model).toEqualTypeOf<"gemini-omni-character">();
expectTypeOf(client.estimateCost({"model":"gemini-omni-character","descriptions":"A cheerful robot with a round face and a blue scarf.","reference_image_url":"https://example.com/reference.png"})).toEqualTypeOf<ExactCost>();
// @ts-expect-error a synchronous result has no task to read by id
void client.get("task-id", { model: "gemini-omni-character" });
// @ts-expect-error a synchronous result has no task to read by id
void client.wait("task-id", { model: "gemini-omni-character" });
// @ts-expect-error a synchronous result has no task to read by id
void client.watch("task-id", { model: "gemini-omni-character" });
void client.wait({ id: "task-id", status: "completed", model: "gemini-omni-character" });

// text_to_video: gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error prompt is required
void client.create({"model":"gemini-omni-flash-preview"});
// @ts-expect-error audio_id is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_id":"x"});
// @ts-expect-error name is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","name":"x"});
// @ts-expect-error voice_description is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","voice_description":"x"});
// @ts-expect-error example_dialogue is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","example_dialogue":"x"});
// @ts-expect-error descriptions is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","descriptions":"x"});
// @ts-expect-error reference_image_url is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_url":"x"});
// @ts-expect-error audio_ids is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","audio_ids":["x"]});
// @ts-expect-error character_name is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_name":"x"});
// @ts-expect-error duration_seconds is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4});
// @ts-expect-error reference_image_urls is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","reference_image_urls":["x"]});
// @ts-expect-error video_list is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","video_list":[{}]});
// @ts-expect-error character_ids is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","character_ids":["x"]});
// @ts-expect-error seed is not a parameter of gemini-omni-flash-preview
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","seed":0});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
// @ts-expect-error output_resolution of gemini-omni-flash-preview is one of 720p, not 1080p
void client.create({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
expectTypeOf((await client.run({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"gemini-omni-flash-preview">();
expectTypeOf(client.estimateCost({"model":"gemini-omni-flash-preview","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "gemini-omni-flash-preview" });
void client.wait("task-id", { model: "gemini-omni-flash-preview" });
void client.watch("task-id", { model: "gemini-omni-flash-preview" });

// text_to_video: gemini-omni-text-to-video
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4});
// @ts-expect-error prompt is required
void client.create({"model":"gemini-omni-text-to-video","duration_seconds":4});
// @ts-expect-error duration_seconds is required
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error audio_id is not a parameter of gemini-omni-text-to-video
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4,"audio_id":"x"});
// @ts-expect-error name is not a parameter of gemini-omni-text-to-video
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4,"name":"x"});
// @ts-expect-error voice_description is not a parameter of gemini-omni-text-to-video
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4,"voice_description":"x"});
// @ts-expect-error example_dialogue is not a parameter of gemini-omni-text-to-video
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4,"example_dialogue":"x"});
// @ts-expect-error descriptions is not a parameter of gemini-omni-text-to-video
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4,"descriptions":"x"});
// @ts-expect-error reference_image_url is not a parameter of gemini-omni-text-to-video
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4,"reference_image_url":"x"});
// @ts-expect-error character_name is not a parameter of gemini-omni-text-to-video
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4,"character_name":"x"});
// @ts-expect-error duration_seconds accepts only 4, 6, 8, 10
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4,"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 720p, 1080p, 4k
void client.create({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4,"output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4})).model).toEqualTypeOf<"gemini-omni-text-to-video">();
expectTypeOf(client.estimateCost({"model":"gemini-omni-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":4})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "gemini-omni-text-to-video" });
void client.wait("task-id", { model: "gemini-omni-text-to-video" });
void client.watch("task-id", { model: "gemini-omni-text-to-video" });

// create_audio: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.createAudio.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.createAudio.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.createAudio.watch("task-id");
void client.createAudio.wait({ id: "task-id", status: "completed" });

// create_character: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.createCharacter.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.createCharacter.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.createCharacter.watch("task-id");
void client.createCharacter.wait({ id: "task-id", status: "completed" });

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");
