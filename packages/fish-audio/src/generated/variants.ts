// Generated from specs/fish-audio.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, Rule, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"string","enum":["mp3","wav"],"default":"mp3"};
const p2: InputSchema = {"type":"integer","enum":[8000,16000,24000,32000,44100],"default":44100};
const p3: InputSchema = {"type":"integer","enum":[64,128,192],"default":128};
const p4: InputSchema = {"type":"array","items":{"type":"object","required":["text","audio"],"properties":{"text":{"type":"string"},"audio":{"type":"string"}}}};
const r0: Rule = {"when":{"output_format":"wav"},"forbidden":["bitrate_kbps"]};
const r1: Rule = {"when":{"output_format":"mp3"},"enum":{"sample_rate_hz":[32000,44100]}};
const r2: Rule = {"when":{"output_format":{"present":false}},"enum":{"sample_rate_hz":[32000,44100]}};

/** Every Fish Audio variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "fish-audio",
  baseURL: "https://runapi.ai",
  variants: [
    {
      action: "create_voice",
      method: "POST",
      path: "/api/v1/fish_audio/create_voice",
      status: "active",
      task: "hybrid",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["name","source_audio_url"], "properties": { "name": p0, "source_audio_url": {"type":"string","file":true} } },
    },
    {
      action: "get_voice",
      method: "POST",
      path: "/api/v1/fish_audio/get_voice",
      status: "active",
      task: "sync",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["voice_id"], "properties": { "voice_id": p0 } },
    },
    {
      action: "list_voices",
      method: "POST",
      path: "/api/v1/fish_audio/list_voices",
      status: "active",
      task: "sync",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": [], "properties": { "page_number": {"type":"integer","default":1,"minimum":1}, "page_size": {"type":"integer","default":10,"minimum":1,"maximum":100} } },
    },
    {
      model: "s1",
      action: "text_to_speech",
      method: "POST",
      path: "/api/v1/fish_audio/text_to_speech",
      status: "active",
      task: "hybrid",
      price: {"unit":"call","cents":4},
      input: { "type": "object", "additionalProperties": false, "required": ["model","text"], "properties": { "model": {"type":"string","const":"s1"}, "text": p0, "output_format": p1, "sample_rate_hz": p2, "bitrate_kbps": p3, "references": p4, "voice_id": p0 }, "rules": [r0, r1, r2] },
    },
    {
      model: "s2-pro",
      action: "text_to_speech",
      method: "POST",
      path: "/api/v1/fish_audio/text_to_speech",
      status: "active",
      task: "hybrid",
      price: {"unit":"call","cents":4},
      input: { "type": "object", "additionalProperties": false, "required": ["model","text"], "properties": { "model": {"type":"string","const":"s2-pro"}, "text": p0, "output_format": p1, "sample_rate_hz": p2, "bitrate_kbps": p3, "references": p4, "voice_id": p0 }, "rules": [r0, r1, r2] },
    },
    {
      model: "s2.1-pro",
      action: "text_to_speech",
      method: "POST",
      path: "/api/v1/fish_audio/text_to_speech",
      status: "active",
      task: "hybrid",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","text"], "properties": { "model": {"type":"string","const":"s2.1-pro"}, "text": p0, "output_format": p1, "sample_rate_hz": p2, "bitrate_kbps": p3, "references": p4, "voice_id": p0 }, "rules": [r0, r1, r2] },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type FishAudioModels = {
  "s1": {
    params: components["schemas"]["FishAudioS1TextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"createTextToSpeech">;
    sync: true;
    cost: "exact";
  };
  "s2-pro": {
    params: components["schemas"]["FishAudioS2ProTextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"createTextToSpeech">;
    sync: true;
    cost: "exact";
  };
  "s2.1-pro": {
    params: components["schemas"]["FishAudioS21ProTextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"createTextToSpeech">;
    sync: true;
    cost: "unknown";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type FishAudioActions = {
  "create_voice": {
    params: WithFileInputs<components["schemas"]["FishAudioCreateVoice"], "source_audio_url">;
    created: Answer<"createCreateVoice">;
    task: Answer<"createCreateVoice">;
    sync: true;
  };
  "get_voice": {
    params: components["schemas"]["FishAudioGetVoice"];
    created: Answer<"createGetVoice">;
    task: Answer<"createGetVoice">;
    sync: true;
  };
  "list_voices": {
    params: components["schemas"]["FishAudioListVoices"];
    created: Answer<"createListVoices">;
    task: Answer<"createListVoices">;
    sync: true;
  };
  "text_to_speech": {
    params: components["schemas"]["FishAudioS1TextToSpeech"] | components["schemas"]["FishAudioS2ProTextToSpeech"] | components["schemas"]["FishAudioS21ProTextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"createTextToSpeech">;
    sync: true;
  };
};

/** The model ids of Fish Audio that name one variant (client.create/run take these). */
export type FishAudioModel = keyof FishAudioModels;

/** The request parameters of one Fish Audio variant (of any, when no model is given). */
export type FishAudioParams<Model extends FishAudioModel = FishAudioModel> = FishAudioModels[Model]["params"];
