// Generated from specs/fish-audio.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type FishAudioActions, type FishAudioModel, type FishAudioModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<FishAudioModel>().toEqualTypeOf<"s1" | "s2-pro" | "s2.1-pro">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<FishAudioModels, Pick<FishAudioActions, "create_voice" | "get_voice" | "list_voices">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// create_voice: create_voice
void client.createVoice.create({"name":"Studio Voice","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error name is required
void client.createVoice.create({"source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error source_audio_url is required
void client.createVoice.create({"name":"Studio Voice"});
void client.createVoice.create({ ...{"name":"Studio Voice","source_audio_url":"https://example.com/source.mp3"}, "source_audio_url": new Blob(["local file"]) });
// @ts-expect-error name does not take a local file
void client.createVoice.create({ ...{"name":"Studio Voice","source_audio_url":"https://example.com/source.mp3"}, "name": new Blob(["local file"]) });

// get_voice: get_voice
void client.getVoice.create({"voice_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error voice_id is required
void client.getVoice.create({});

// list_voices: list_voices
void client.listVoices.create({});

// text_to_speech: s1
void client.create({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice."});
// @ts-expect-error text is required
void client.create({"model":"s1"});
// @ts-expect-error name is not a parameter of s1
void client.create({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice.","name":"x"});
// @ts-expect-error source_audio_url is not a parameter of s1
void client.create({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice.","source_audio_url":"x"});
// @ts-expect-error page_number is not a parameter of s1
void client.create({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice.","page_number":1});
// @ts-expect-error page_size is not a parameter of s1
void client.create({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice.","page_size":10});
// @ts-expect-error output_format accepts only mp3, wav
void client.create({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice.","output_format":"not-a-listed-value"});
// @ts-expect-error sample_rate_hz accepts only 8000, 16000, 24000, 32000, 44100
void client.create({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice.","sample_rate_hz":"not-a-listed-value"});
// @ts-expect-error bitrate_kbps accepts only 64, 128, 192
void client.create({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice.","bitrate_kbps":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice."})).model).toEqualTypeOf<"s1">();
expectTypeOf(client.estimateCost({"model":"s1","text":"Hello from RunAPI. This is a short test of the voice."})).toEqualTypeOf<ExactCost>();
// @ts-expect-error a synchronous result has no task to read by id
void client.get("task-id", { model: "s1" });
// @ts-expect-error a synchronous result has no task to read by id
void client.wait("task-id", { model: "s1" });
// @ts-expect-error a synchronous result has no task to read by id
void client.watch("task-id", { model: "s1" });
void client.wait({ id: "task-id", status: "completed", model: "s1" });

// text_to_speech: s2-pro
void client.create({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice."});
// @ts-expect-error text is required
void client.create({"model":"s2-pro"});
// @ts-expect-error name is not a parameter of s2-pro
void client.create({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice.","name":"x"});
// @ts-expect-error source_audio_url is not a parameter of s2-pro
void client.create({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice.","source_audio_url":"x"});
// @ts-expect-error page_number is not a parameter of s2-pro
void client.create({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice.","page_number":1});
// @ts-expect-error page_size is not a parameter of s2-pro
void client.create({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice.","page_size":10});
// @ts-expect-error output_format accepts only mp3, wav
void client.create({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice.","output_format":"not-a-listed-value"});
// @ts-expect-error sample_rate_hz accepts only 8000, 16000, 24000, 32000, 44100
void client.create({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice.","sample_rate_hz":"not-a-listed-value"});
// @ts-expect-error bitrate_kbps accepts only 64, 128, 192
void client.create({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice.","bitrate_kbps":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice."})).model).toEqualTypeOf<"s2-pro">();
expectTypeOf(client.estimateCost({"model":"s2-pro","text":"Hello from RunAPI. This is a short test of the voice."})).toEqualTypeOf<ExactCost>();
// @ts-expect-error a synchronous result has no task to read by id
void client.get("task-id", { model: "s2-pro" });
// @ts-expect-error a synchronous result has no task to read by id
void client.wait("task-id", { model: "s2-pro" });
// @ts-expect-error a synchronous result has no task to read by id
void client.watch("task-id", { model: "s2-pro" });
void client.wait({ id: "task-id", status: "completed", model: "s2-pro" });

// text_to_speech: s2.1-pro
void client.create({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice."});
// @ts-expect-error text is required
void client.create({"model":"s2.1-pro"});
// @ts-expect-error name is not a parameter of s2.1-pro
void client.create({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice.","name":"x"});
// @ts-expect-error source_audio_url is not a parameter of s2.1-pro
void client.create({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice.","source_audio_url":"x"});
// @ts-expect-error page_number is not a parameter of s2.1-pro
void client.create({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice.","page_number":1});
// @ts-expect-error page_size is not a parameter of s2.1-pro
void client.create({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice.","page_size":10});
// @ts-expect-error output_format accepts only mp3, wav
void client.create({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice.","output_format":"not-a-listed-value"});
// @ts-expect-error sample_rate_hz accepts only 8000, 16000, 24000, 32000, 44100
void client.create({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice.","sample_rate_hz":"not-a-listed-value"});
// @ts-expect-error bitrate_kbps accepts only 64, 128, 192
void client.create({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice.","bitrate_kbps":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice."})).model).toEqualTypeOf<"s2.1-pro">();
expectTypeOf(client.estimateCost({"model":"s2.1-pro","text":"Hello from RunAPI. This is a short test of the voice."})).toEqualTypeOf<UnknownCost>();
// @ts-expect-error a synchronous result has no task to read by id
void client.get("task-id", { model: "s2.1-pro" });
// @ts-expect-error a synchronous result has no task to read by id
void client.wait("task-id", { model: "s2.1-pro" });
// @ts-expect-error a synchronous result has no task to read by id
void client.watch("task-id", { model: "s2.1-pro" });
void client.wait({ id: "task-id", status: "completed", model: "s2.1-pro" });

// create_voice: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.createVoice.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.createVoice.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.createVoice.watch("task-id");
void client.createVoice.wait({ id: "task-id", status: "completed" });

// get_voice: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.getVoice.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.getVoice.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.getVoice.watch("task-id");
void client.getVoice.wait({ id: "task-id", status: "completed" });

// list_voices: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.listVoices.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.listVoices.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.listVoices.watch("task-id");
void client.listVoices.wait({ id: "task-id", status: "completed" });

// text_to_speech: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.textToSpeech.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.textToSpeech.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.textToSpeech.watch("task-id");
void client.textToSpeech.wait({ id: "task-id", status: "completed" });
