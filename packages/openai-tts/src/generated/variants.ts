// Generated from specs/openai-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","maxLength":4096};

/** Every OpenAI TTS variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "openai-tts",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "tts-1",
      action: "text_to_speech",
      method: "POST",
      path: "/api/v1/openai_tts/text_to_speech",
      status: "active",
      task: "hybrid",
      price: {"unit":"call","cents":4},
      input: { "type": "object", "additionalProperties": false, "required": ["model","text"], "properties": { "model": {"type":"string","const":"tts-1"}, "text": p0 } },
    },
    {
      model: "tts-1-hd",
      action: "text_to_speech",
      method: "POST",
      path: "/api/v1/openai_tts/text_to_speech",
      status: "active",
      task: "hybrid",
      price: {"unit":"call","cents":8},
      input: { "type": "object", "additionalProperties": false, "required": ["model","text"], "properties": { "model": {"type":"string","const":"tts-1-hd"}, "text": p0 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type OpenaiTtsModels = {
  "tts-1": {
    params: components["schemas"]["OpenaiTtsTts1TextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"createTextToSpeech">;
    sync: true;
    cost: "exact";
  };
  "tts-1-hd": {
    params: components["schemas"]["OpenaiTtsTts1HdTextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"createTextToSpeech">;
    sync: true;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type OpenaiTtsActions = {
  "text_to_speech": {
    params: components["schemas"]["OpenaiTtsTts1TextToSpeech"] | components["schemas"]["OpenaiTtsTts1HdTextToSpeech"];
    created: Answer<"createTextToSpeech">;
    task: Answer<"createTextToSpeech">;
    sync: true;
  };
};

/** The model ids of OpenAI TTS that name one variant (client.create/run take these). */
export type OpenaiTtsModel = keyof OpenaiTtsModels;

/** The request parameters of one OpenAI TTS variant (of any, when no model is given). */
export type OpenaiTtsParams<Model extends OpenaiTtsModel = OpenaiTtsModel> = OpenaiTtsModels[Model]["params"];
