// Generated from specs/gemini-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type GeminiTtsModel, type GeminiTtsModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<GeminiTtsModel>().toEqualTypeOf<"gemini-2.5-pro-tts" | "gemini-3.1-flash-tts">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<GeminiTtsModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"gemini-2.5-pro-tts" | "gemini-3.1-flash-tts">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// text_to_speech: gemini-2.5-pro-tts
void client.create({"model":"gemini-2.5-pro-tts","speakers":[{"speaker_id":"Speaker 1","voice_name":"Achernar"}],"dialogue_turns":[{"text":"Hello from RunAPI. This is a short test of the voice.","speaker_id":"Speaker 1"}]});
// @ts-expect-error speakers is required
void client.create({"model":"gemini-2.5-pro-tts","dialogue_turns":[{"text":"Hello from RunAPI. This is a short test of the voice.","speaker_id":"Speaker 1"}]});
// @ts-expect-error dialogue_turns is required
void client.create({"model":"gemini-2.5-pro-tts","speakers":[{"speaker_id":"Speaker 1","voice_name":"Achernar"}]});
expectTypeOf((await client.run({"model":"gemini-2.5-pro-tts","speakers":[{"speaker_id":"Speaker 1","voice_name":"Achernar"}],"dialogue_turns":[{"text":"Hello from RunAPI. This is a short test of the voice.","speaker_id":"Speaker 1"}]})).model).toEqualTypeOf<"gemini-2.5-pro-tts">();
expectTypeOf(client.estimateCost({"model":"gemini-2.5-pro-tts","speakers":[{"speaker_id":"Speaker 1","voice_name":"Achernar"}],"dialogue_turns":[{"text":"Hello from RunAPI. This is a short test of the voice.","speaker_id":"Speaker 1"}]})).toEqualTypeOf<TokenCost>();
void client.get("task-id", { model: "gemini-2.5-pro-tts" });
void client.wait("task-id", { model: "gemini-2.5-pro-tts" });
void client.watch("task-id", { model: "gemini-2.5-pro-tts" });

// text_to_speech: gemini-3.1-flash-tts
void client.create({"model":"gemini-3.1-flash-tts","speakers":[{"speaker_id":"Speaker 1","voice_name":"Achernar"}],"dialogue_turns":[{"text":"Hello from RunAPI. This is a short test of the voice.","speaker_id":"Speaker 1"}]});
// @ts-expect-error speakers is required
void client.create({"model":"gemini-3.1-flash-tts","dialogue_turns":[{"text":"Hello from RunAPI. This is a short test of the voice.","speaker_id":"Speaker 1"}]});
// @ts-expect-error dialogue_turns is required
void client.create({"model":"gemini-3.1-flash-tts","speakers":[{"speaker_id":"Speaker 1","voice_name":"Achernar"}]});
expectTypeOf((await client.run({"model":"gemini-3.1-flash-tts","speakers":[{"speaker_id":"Speaker 1","voice_name":"Achernar"}],"dialogue_turns":[{"text":"Hello from RunAPI. This is a short test of the voice.","speaker_id":"Speaker 1"}]})).model).toEqualTypeOf<"gemini-3.1-flash-tts">();
expectTypeOf(client.estimateCost({"model":"gemini-3.1-flash-tts","speakers":[{"speaker_id":"Speaker 1","voice_name":"Achernar"}],"dialogue_turns":[{"text":"Hello from RunAPI. This is a short test of the voice.","speaker_id":"Speaker 1"}]})).toEqualTypeOf<TokenCost>();
void client.get("task-id", { model: "gemini-3.1-flash-tts" });
void client.wait("task-id", { model: "gemini-3.1-flash-tts" });
void client.watch("task-id", { model: "gemini-3.1-flash-tts" });

// text_to_speech: reading its tasks
void client.textToSpeech.get("task-id");
void client.textToSpeech.wait("task-id");
void client.textToSpeech.watch("task-id");
