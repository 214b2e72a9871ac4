// Generated from specs/gemini-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"number","default":1,"minimum":0,"maximum":2};
const p1: InputSchema = {"type":"string"};
const p2: InputSchema = {"type":"array","minItems":1,"items":{"type":"object","required":["speaker_id","voice_name"],"properties":{"pace":{"type":"string","enum":["Natural","Rapid Fire","The Drift","Staccato"]},"style":{"type":"string","enum":["Vocal Smile","Newscaster","Whisper","Empathetic","Promo/Hype","Deadpan"]},"accent":{"type":"string","enum":["Neutral","American (Gen)","American (Valley)","American (South)","British (RP)","British (Brixton)","Transatlantic","Australian"]},"speaker_id":{"type":"string","pattern":"^Speaker [1-9][0-9]*$"},"voice_name":{"type":"string","enum":["Achernar","Achird","Algenib","Algieba","Alnilam","Aoede","Autonoe","Callirrhoe","Charon","Despina","Enceladus","Erinome","Fenrir","Gacrux","Iapetus","Kore","Laomedeia","Leda","Orus","Puck","Pulcherrima","Rasalgethi","Sadachbia","Sadaltager","Schedar","Sulafat","Umbriel","Vindemiatrix","Zephyr","Zubenelgenubi"]},"audio_profile":{"type":"string"}}}};
const p3: InputSchema = {"type":"array","minItems":1,"items":{"type":"object","required":["text","speaker_id"],"properties":{"text":{"type":"string","maxLength":10000},"speaker_id":{"type":"string"}}}};
const p4: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every Gemini TTS variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "gemini-tts",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "gemini-2.5-pro-tts",
      action: "text_to_speech",
      method: "POST",
      path: "/api/v1/gemini_tts/text_to_speech",
      status: "active",
      task: "async",
      price: {"unit":"million_tokens","input_cents":140,"output_cents":2800},
      input: { "type": "object", "additionalProperties": false, "required": ["model","speakers","dialogue_turns"], "properties": { "model": {"type":"string","const":"gemini-2.5-pro-tts"}, "temperature": p0, "scene": p1, "sample_context": p1, "speakers": p2, "dialogue_turns": p3, "callback_url": p4 } },
    },
    {
      model: "gemini-3.1-flash-tts",
      action: "text_to_speech",
      method: "POST",
      path: "/api/v1/gemini_tts/text_to_speech",
      status: "active",
      task: "async",
      price: {"unit":"million_tokens","input_cents":140,"output_cents":2800},
      input: { "type": "object", "additionalProperties": false, "required": ["model","speakers","dialogue_turns"], "properties": { "model": {"type":"string","const":"gemini-3.1-flash-tts"}, "temperature": p0, "scene": p1, "sample_context": p1, "speakers": p2, "dialogue_turns": p3, "callback_url": p4 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type GeminiTtsModels = {
  "gemini-2.5-pro-tts": {
    params: components["schemas"]["GeminiTts25ProTtsTextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"getTextToSpeech">;
    cost: "tokens";
  };
  "gemini-3.1-flash-tts": {
    params: components["schemas"]["GeminiTts31FlashTtsTextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"getTextToSpeech">;
    cost: "tokens";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type GeminiTtsActions = {
  "text_to_speech": {
    params: components["schemas"]["GeminiTts25ProTtsTextToSpeech"] | components["schemas"]["GeminiTts31FlashTtsTextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"getTextToSpeech">;
  };
};

/** The model ids of Gemini TTS that name one variant (client.create/run take these). */
export type GeminiTtsModel = keyof GeminiTtsModels;

/** The request parameters of one Gemini TTS variant (of any, when no model is given). */
export type GeminiTtsParams<Model extends GeminiTtsModel = GeminiTtsModel> = GeminiTtsModels[Model]["params"];
