// Generated from specs/openai-transcription.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type OpenaiTranscriptionModel, type OpenaiTranscriptionModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<OpenaiTranscriptionModel>().toEqualTypeOf<"gpt-transcribe" | "whisper-1">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<OpenaiTranscriptionModels>>();
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// speech_to_text: gpt-transcribe
void client.create({"model":"gpt-transcribe","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error file is required
void client.create({"model":"gpt-transcribe","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error timestamp_granularities is not a parameter of gpt-transcribe
void client.create({"model":"gpt-transcribe","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting","timestamp_granularities":["word"]});
// @ts-expect-error response_format accepts only json, text
void client.create({"model":"gpt-transcribe","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting","response_format":"not-a-listed-value"});
void client.create({ ...{"model":"gpt-transcribe","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "file": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"gpt-transcribe","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error response_format of gpt-transcribe is one of json, text, not srt
void client.create({"model":"gpt-transcribe","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting","response_format":"srt"});
expectTypeOf((await client.run({"model":"gpt-transcribe","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"gpt-transcribe">();
expectTypeOf(client.estimateCost({"model":"gpt-transcribe","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<UnknownCost>();
// @ts-expect-error a synchronous result has no task to read by id
void client.get("task-id", { model: "gpt-transcribe" });
// @ts-expect-error a synchronous result has no task to read by id
void client.wait("task-id", { model: "gpt-transcribe" });
// @ts-expect-error a synchronous result has no task to read by id
void client.watch("task-id", { model: "gpt-transcribe" });
void client.wait({ id: "task-id", status: "completed", model: "gpt-transcribe" });

// speech_to_text: whisper-1
void client.create({"model":"whisper-1","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error file is required
void client.create({"model":"whisper-1","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error languages is not a parameter of whisper-1
void client.create({"model":"whisper-1","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting","languages":["x"]});
// @ts-expect-error keywords is not a parameter of whisper-1
void client.create({"model":"whisper-1","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting","keywords":["x"]});
// @ts-expect-error response_format accepts only json, text, srt, verbose_json, vtt
void client.create({"model":"whisper-1","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting","response_format":"not-a-listed-value"});
void client.create({ ...{"model":"whisper-1","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "file": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"whisper-1","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"whisper-1","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"whisper-1">();
expectTypeOf(client.estimateCost({"model":"whisper-1","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<UnknownCost>();
// @ts-expect-error a synchronous result has no task to read by id
void client.get("task-id", { model: "whisper-1" });
// @ts-expect-error a synchronous result has no task to read by id
void client.wait("task-id", { model: "whisper-1" });
// @ts-expect-error a synchronous result has no task to read by id
void client.watch("task-id", { model: "whisper-1" });
void client.wait({ id: "task-id", status: "completed", model: "whisper-1" });

// speech_to_text: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.speechToText.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.speechToText.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.speechToText.watch("task-id");
void client.speechToText.wait({ id: "task-id", status: "completed" });
