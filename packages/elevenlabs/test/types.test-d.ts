// Generated from specs/elevenlabs.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type ElevenlabsModel, type ElevenlabsModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<ElevenlabsModel>().toEqualTypeOf<"audio-isolation" | "speech-to-text" | "text-to-dialogue-v3" | "sound-effect-v2" | "text-to-speech-multilingual-v2" | "text-to-speech-turbo-v2.5">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<ElevenlabsModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"audio-isolation" | "speech-to-text" | "text-to-dialogue-v3" | "sound-effect-v2" | "text-to-speech-multilingual-v2" | "text-to-speech-turbo-v2.5">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// isolate_audio: audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"audio-isolation"});
// @ts-expect-error language_code is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","language_code":"x"});
// @ts-expect-error tag_audio_events is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","tag_audio_events":true});
// @ts-expect-error diarize is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","diarize":true});
// @ts-expect-error dialogue is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","dialogue":["x"]});
// @ts-expect-error stability is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","stability":0});
// @ts-expect-error text is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","text":"x"});
// @ts-expect-error loop is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","loop":true});
// @ts-expect-error duration_seconds is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","duration_seconds":1});
// @ts-expect-error prompt_influence is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","prompt_influence":1});
// @ts-expect-error output_format is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","output_format":"mp3_22050_32"});
// @ts-expect-error voice is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","voice":"x"});
// @ts-expect-error similarity_boost is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","similarity_boost":1});
// @ts-expect-error style is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","style":1});
// @ts-expect-error speed is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","speed":1});
// @ts-expect-error timestamps is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","timestamps":true});
// @ts-expect-error previous_text is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","previous_text":"x"});
// @ts-expect-error next_text is not a parameter of audio-isolation
void client.create({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3","next_text":"x"});
void client.create({ ...{"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3"}, "source_audio_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.create({ ...{"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3"}, "callback_url": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3"})).model).toEqualTypeOf<"audio-isolation">();
expectTypeOf(client.estimateCost({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "audio-isolation" });
void client.wait("task-id", { model: "audio-isolation" });
void client.watch("task-id", { model: "audio-isolation" });

// speech_to_text: speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"speech-to-text"});
// @ts-expect-error dialogue is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","dialogue":["x"]});
// @ts-expect-error stability is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","stability":0});
// @ts-expect-error text is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","text":"x"});
// @ts-expect-error loop is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","loop":true});
// @ts-expect-error duration_seconds is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","duration_seconds":1});
// @ts-expect-error prompt_influence is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","prompt_influence":1});
// @ts-expect-error output_format is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","output_format":"mp3_22050_32"});
// @ts-expect-error voice is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","voice":"x"});
// @ts-expect-error similarity_boost is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","similarity_boost":1});
// @ts-expect-error style is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","style":1});
// @ts-expect-error speed is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","speed":1});
// @ts-expect-error timestamps is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","timestamps":true});
// @ts-expect-error previous_text is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","previous_text":"x"});
// @ts-expect-error next_text is not a parameter of speech-to-text
void client.create({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3","next_text":"x"});
void client.create({ ...{"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3"}, "source_audio_url": new Blob(["local file"]) });
// @ts-expect-error language_code does not take a local file
void client.create({ ...{"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3"}, "language_code": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3"})).model).toEqualTypeOf<"speech-to-text">();
expectTypeOf(client.estimateCost({"model":"speech-to-text","source_audio_url":"https://example.com/source.mp3"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "speech-to-text" });
void client.wait("task-id", { model: "speech-to-text" });
void client.watch("task-id", { model: "speech-to-text" });

// text_to_dialogue: text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}]});
// @ts-expect-error dialogue is required
void client.create({"model":"text-to-dialogue-v3"});
// @ts-expect-error source_audio_url is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"source_audio_url":"x"});
// @ts-expect-error tag_audio_events is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"tag_audio_events":true});
// @ts-expect-error diarize is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"diarize":true});
// @ts-expect-error text is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"text":"x"});
// @ts-expect-error loop is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"loop":true});
// @ts-expect-error duration_seconds is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"duration_seconds":1});
// @ts-expect-error prompt_influence is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"prompt_influence":1});
// @ts-expect-error output_format is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"output_format":"mp3_22050_32"});
// @ts-expect-error voice is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"voice":"x"});
// @ts-expect-error similarity_boost is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"similarity_boost":1});
// @ts-expect-error style is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"style":1});
// @ts-expect-error speed is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"speed":1});
// @ts-expect-error timestamps is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"timestamps":true});
// @ts-expect-error previous_text is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"previous_text":"x"});
// @ts-expect-error next_text is not a parameter of text-to-dialogue-v3
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"next_text":"x"});
// @ts-expect-error stability accepts only 0, 0.5, 1
void client.create({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}],"stability":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}]})).model).toEqualTypeOf<"text-to-dialogue-v3">();
expectTypeOf(client.estimateCost({"model":"text-to-dialogue-v3","dialogue":[{"text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"}]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "text-to-dialogue-v3" });
void client.wait("task-id", { model: "text-to-dialogue-v3" });
void client.watch("task-id", { model: "text-to-dialogue-v3" });

// text_to_sound: sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice."});
// @ts-expect-error text is required
void client.create({"model":"sound-effect-v2"});
// @ts-expect-error source_audio_url is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","source_audio_url":"x"});
// @ts-expect-error language_code is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","language_code":"x"});
// @ts-expect-error tag_audio_events is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","tag_audio_events":true});
// @ts-expect-error diarize is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","diarize":true});
// @ts-expect-error dialogue is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","dialogue":["x"]});
// @ts-expect-error stability is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","stability":0});
// @ts-expect-error voice is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"x"});
// @ts-expect-error similarity_boost is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","similarity_boost":1});
// @ts-expect-error style is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","style":1});
// @ts-expect-error speed is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","speed":1});
// @ts-expect-error timestamps is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","timestamps":true});
// @ts-expect-error previous_text is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","previous_text":"x"});
// @ts-expect-error next_text is not a parameter of sound-effect-v2
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","next_text":"x"});
// @ts-expect-error output_format accepts only mp3_22050_32, mp3_44100_32, mp3_44100_64, mp3_44100_96, mp3_44100_128, mp3_44100_192, pcm_8000, pcm_16000, pcm_22050, pcm_24000, pcm_44100, pcm_48000, ulaw_8000, alaw_8000, opus_48000_32, opus_48000_64, opus_48000_96, opus_48000_128, opus_48000_192
void client.create({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice.","output_format":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice."})).model).toEqualTypeOf<"sound-effect-v2">();
expectTypeOf(client.estimateCost({"model":"sound-effect-v2","text":"Hello from RunAPI. This is a short test of the voice."})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "sound-effect-v2" });
void client.wait("task-id", { model: "sound-effect-v2" });
void client.watch("task-id", { model: "sound-effect-v2" });

// text_to_speech: text-to-speech-multilingual-v2
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"});
// @ts-expect-error text is required
void client.create({"model":"text-to-speech-multilingual-v2","voice":"Rachel"});
// @ts-expect-error voice is required
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice."});
// @ts-expect-error source_audio_url is not a parameter of text-to-speech-multilingual-v2
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel","source_audio_url":"x"});
// @ts-expect-error tag_audio_events is not a parameter of text-to-speech-multilingual-v2
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel","tag_audio_events":true});
// @ts-expect-error diarize is not a parameter of text-to-speech-multilingual-v2
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel","diarize":true});
// @ts-expect-error dialogue is not a parameter of text-to-speech-multilingual-v2
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel","dialogue":["x"]});
// @ts-expect-error loop is not a parameter of text-to-speech-multilingual-v2
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel","loop":true});
// @ts-expect-error duration_seconds is not a parameter of text-to-speech-multilingual-v2
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel","duration_seconds":1});
// @ts-expect-error prompt_influence is not a parameter of text-to-speech-multilingual-v2
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel","prompt_influence":1});
// @ts-expect-error output_format is not a parameter of text-to-speech-multilingual-v2
void client.create({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel","output_format":"mp3_22050_32"});
expectTypeOf((await client.run({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"})).model).toEqualTypeOf<"text-to-speech-multilingual-v2">();
expectTypeOf(client.estimateCost({"model":"text-to-speech-multilingual-v2","text":"Hello from RunAPI. This is a short test of the voice.","voice":"Rachel"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "text-to-speech-multilingual-v2" });
void client.wait("task-id", { model: "text-to-speech-multilingual-v2" });
void client.watch("task-id", { model: "text-to-speech-multilingual-v2" });

// text_to_speech: text-to-speech-turbo-v2.5
void client.create({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice."});
// @ts-expect-error text is required
void client.create({"model":"text-to-speech-turbo-v2.5"});
// @ts-expect-error source_audio_url is not a parameter of text-to-speech-turbo-v2.5
void client.create({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice.","source_audio_url":"x"});
// @ts-expect-error tag_audio_events is not a parameter of text-to-speech-turbo-v2.5
void client.create({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice.","tag_audio_events":true});
// @ts-expect-error diarize is not a parameter of text-to-speech-turbo-v2.5
void client.create({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice.","diarize":true});
// @ts-expect-error dialogue is not a parameter of text-to-speech-turbo-v2.5
void client.create({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice.","dialogue":["x"]});
// @ts-expect-error loop is not a parameter of text-to-speech-turbo-v2.5
void client.create({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice.","loop":true});
// @ts-expect-error duration_seconds is not a parameter of text-to-speech-turbo-v2.5
void client.create({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice.","duration_seconds":1});
// @ts-expect-error prompt_influence is not a parameter of text-to-speech-turbo-v2.5
void client.create({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice.","prompt_influence":1});
// @ts-expect-error output_format is not a parameter of text-to-speech-turbo-v2.5
void client.create({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice.","output_format":"mp3_22050_32"});
expectTypeOf((await client.run({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice."})).model).toEqualTypeOf<"text-to-speech-turbo-v2.5">();
expectTypeOf(client.estimateCost({"model":"text-to-speech-turbo-v2.5","text":"Hello from RunAPI. This is a short test of the voice."})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "text-to-speech-turbo-v2.5" });
void client.wait("task-id", { model: "text-to-speech-turbo-v2.5" });
void client.watch("task-id", { model: "text-to-speech-turbo-v2.5" });

// isolate_audio: reading its tasks
void client.isolateAudio.get("task-id");
void client.isolateAudio.wait("task-id");
void client.isolateAudio.watch("task-id");

// speech_to_text: reading its tasks
void client.speechToText.get("task-id");
void client.speechToText.wait("task-id");
void client.speechToText.watch("task-id");

// text_to_dialogue: reading its tasks
void client.textToDialogue.get("task-id");
void client.textToDialogue.wait("task-id");
void client.textToDialogue.watch("task-id");

// text_to_sound: reading its tasks
void client.textToSound.get("task-id");
void client.textToSound.wait("task-id");
void client.textToSound.watch("task-id");

// text_to_speech: reading its tasks
void client.textToSpeech.get("task-id");
void client.textToSpeech.wait("task-id");
void client.textToSpeech.watch("task-id");
