// Generated from specs/openai-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type OpenaiTtsModel, type OpenaiTtsModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<OpenaiTtsModel>().toEqualTypeOf<"tts-1" | "tts-1-hd">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<OpenaiTtsModels>>();
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// text_to_speech: tts-1
void client.create({"model":"tts-1","text":"Hello from RunAPI. This is a short test of the voice."});
// @ts-expect-error text is required
void client.create({"model":"tts-1"});
expectTypeOf((await client.run({"model":"tts-1","text":"Hello from RunAPI. This is a short test of the voice."})).model).toEqualTypeOf<"tts-1">();
expectTypeOf(client.estimateCost({"model":"tts-1","text":"Hello from RunAPI. This is a short test of the voice."})).toEqualTypeOf<ExactCost>();
// @ts-expect-error a synchronous result has no task to read by id
void client.get("task-id", { model: "tts-1" });
// @ts-expect-error a synchronous result has no task to read by id
void client.wait("task-id", { model: "tts-1" });
// @ts-expect-error a synchronous result has no task to read by id
void client.watch("task-id", { model: "tts-1" });
void client.wait({ id: "task-id", status: "completed", model: "tts-1" });

// text_to_speech: tts-1-hd
void client.create({"model":"tts-1-hd","text":"Hello from RunAPI. This is a short test of the voice."});
// @ts-expect-error text is required
void client.create({"model":"tts-1-hd"});
expectTypeOf((await client.run({"model":"tts-1-hd","text":"Hello from RunAPI. This is a short test of the voice."})).model).toEqualTypeOf<"tts-1-hd">();
expectTypeOf(client.estimateCost({"model":"tts-1-hd","text":"Hello from RunAPI. This is a short test of the voice."})).toEqualTypeOf<ExactCost>();
// @ts-expect-error a synchronous result has no task to read by id
void client.get("task-id", { model: "tts-1-hd" });
// @ts-expect-error a synchronous result has no task to read by id
void client.wait("task-id", { model: "tts-1-hd" });
// @ts-expect-error a synchronous result has no task to read by id
void client.watch("task-id", { model: "tts-1-hd" });
void client.wait({ id: "task-id", status: "completed", model: "tts-1-hd" });

// text_to_speech: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.textToSpeech.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.textToSpeech.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.textToSpeech.watch("task-id");
void client.textToSpeech.wait({ id: "task-id", status: "completed" });
