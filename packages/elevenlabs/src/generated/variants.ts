// Generated from specs/elevenlabs.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"string","pattern":"^https?://"};
const p2: InputSchema = {"type":"string"};
const p3: InputSchema = {"type":"boolean"};
const p4: InputSchema = {"type":"number"};

/** Every ElevenLabs variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "elevenlabs",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "audio-isolation",
      action: "isolate_audio",
      method: "POST",
      path: "/api/v1/elevenlabs/isolate_audio",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_audio_url"], "properties": { "model": {"type":"string","const":"audio-isolation"}, "source_audio_url": p0, "callback_url": p1 } },
    },
    {
      model: "speech-to-text",
      action: "speech_to_text",
      method: "POST",
      path: "/api/v1/elevenlabs/speech_to_text",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":4},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_audio_url"], "properties": { "model": {"type":"string","const":"speech-to-text"}, "source_audio_url": p0, "language_code": p2, "tag_audio_events": p3, "diarize": p3, "callback_url": p1 } },
    },
    {
      model: "text-to-dialogue-v3",
      action: "text_to_dialogue",
      method: "POST",
      path: "/api/v1/elevenlabs/text_to_dialogue",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":14},
      input: { "type": "object", "additionalProperties": false, "required": ["model","dialogue"], "properties": { "model": {"type":"string","const":"text-to-dialogue-v3"}, "dialogue": {"type":"array"}, "stability": {"type":"number","enum":[0,0.5,1]}, "language_code": p2, "callback_url": p1 } },
    },
    {
      model: "sound-effect-v2",
      action: "text_to_sound",
      method: "POST",
      path: "/api/v1/elevenlabs/text_to_sound",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":15},
      input: { "type": "object", "additionalProperties": false, "required": ["model","text"], "properties": { "model": {"type":"string","const":"sound-effect-v2"}, "text": p2, "loop": p3, "duration_seconds": p4, "prompt_influence": p4, "output_format": {"type":"string","enum":["mp3_22050_32","mp3_44100_32","mp3_44100_64","mp3_44100_96","mp3_44100_128","mp3_44100_192","pcm_8000","pcm_16000","pcm_22050","pcm_24000","pcm_44100","pcm_48000","ulaw_8000","alaw_8000","opus_48000_32","opus_48000_64","opus_48000_96","opus_48000_128","opus_48000_192"]}, "callback_url": p1 } },
    },
    {
      model: "text-to-speech-multilingual-v2",
      action: "text_to_speech",
      method: "POST",
      path: "/api/v1/elevenlabs/text_to_speech",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","text","voice"], "properties": { "model": {"type":"string","const":"text-to-speech-multilingual-v2"}, "text": p2, "voice": p2, "stability": p4, "similarity_boost": p4, "style": p4, "speed": p4, "timestamps": p3, "previous_text": p2, "next_text": p2, "language_code": p2, "callback_url": p1 } },
    },
    {
      model: "text-to-speech-turbo-v2.5",
      action: "text_to_speech",
      method: "POST",
      path: "/api/v1/elevenlabs/text_to_speech",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":6},
      input: { "type": "object", "additionalProperties": false, "required": ["model","text"], "properties": { "model": {"type":"string","const":"text-to-speech-turbo-v2.5"}, "text": p2, "voice": p2, "stability": p4, "similarity_boost": p4, "style": p4, "speed": p4, "timestamps": p3, "previous_text": p2, "next_text": p2, "language_code": p2, "callback_url": p1 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type ElevenlabsModels = {
  "audio-isolation": {
    params: WithFileInputs<components["schemas"]["ElevenlabsAudioIsolationIsolateAudio"], "source_audio_url">;
    created: Answer<"createIsolateAudio">;
    task: Answer<"getIsolateAudio">;
    cost: "exact";
  };
  "speech-to-text": {
    params: WithFileInputs<components["schemas"]["ElevenlabsSpeechToText"], "source_audio_url">;
    created: Answer<"createSpeechToText">;
    task: Answer<"getSpeechToText">;
    cost: "exact";
  };
  "text-to-dialogue-v3": {
    params: components["schemas"]["ElevenlabsTextToDialogueV3"];
    created: Answer<"createTextToDialogue">;
    task: Answer<"getTextToDialogue">;
    cost: "exact";
  };
  "sound-effect-v2": {
    params: components["schemas"]["ElevenlabsSoundEffectV2TextToSound"];
    created: Answer<"createTextToSound">;
    task: Answer<"getTextToSound">;
    cost: "exact";
  };
  "text-to-speech-multilingual-v2": {
    params: components["schemas"]["ElevenlabsTextToSpeechMultilingualV2"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"getTextToSpeech">;
    cost: "exact";
  };
  "text-to-speech-turbo-v2.5": {
    params: components["schemas"]["ElevenlabsTextToSpeechTurboV25"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"getTextToSpeech">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type ElevenlabsActions = {
  "isolate_audio": {
    params: WithFileInputs<components["schemas"]["ElevenlabsAudioIsolationIsolateAudio"], "source_audio_url">;
    created: Answer<"createIsolateAudio">;
    task: Answer<"getIsolateAudio">;
  };
  "speech_to_text": {
    params: WithFileInputs<components["schemas"]["ElevenlabsSpeechToText"], "source_audio_url">;
    created: Answer<"createSpeechToText">;
    task: Answer<"getSpeechToText">;
  };
  "text_to_dialogue": {
    params: components["schemas"]["ElevenlabsTextToDialogueV3"];
    created: Answer<"createTextToDialogue">;
    task: Answer<"getTextToDialogue">;
  };
  "text_to_sound": {
    params: components["schemas"]["ElevenlabsSoundEffectV2TextToSound"];
    created: Answer<"createTextToSound">;
    task: Answer<"getTextToSound">;
  };
  "text_to_speech": {
    params: components["schemas"]["ElevenlabsTextToSpeechMultilingualV2"] | components["schemas"]["ElevenlabsTextToSpeechTurboV25"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"getTextToSpeech">;
  };
};

/** The model ids of ElevenLabs that name one variant (client.create/run take these). */
export type ElevenlabsModel = keyof ElevenlabsModels;

/** The request parameters of one ElevenLabs variant (of any, when no model is given). */
export type ElevenlabsParams<Model extends ElevenlabsModel = ElevenlabsModel> = ElevenlabsModels[Model]["params"];
