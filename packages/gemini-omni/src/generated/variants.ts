// Generated from specs/gemini-omni.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","maxLength":210};
const p1: InputSchema = {"type":"string","maxLength":20000};
const p2: InputSchema = {"type":"string","pattern":"^https?://"};
const p3: InputSchema = {"type":"array","maxItems":3};

/** Every Gemini Omni variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "gemini-omni",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "gemini-omni-audio",
      action: "create_audio",
      method: "POST",
      path: "/api/v1/gemini_omni/create_audio",
      status: "active",
      task: "sync",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_id","name"], "properties": { "model": {"type":"string","const":"gemini-omni-audio"}, "audio_id": {"type":"string"}, "name": p0, "voice_description": p1, "example_dialogue": {"type":"string","maxLength":120} } },
    },
    {
      model: "gemini-omni-character",
      action: "create_character",
      method: "POST",
      path: "/api/v1/gemini_omni/create_character",
      status: "active",
      task: "sync",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["model","descriptions","reference_image_url"], "properties": { "model": {"type":"string","const":"gemini-omni-character"}, "descriptions": p1, "reference_image_url": {"type":"string","file":true}, "audio_ids": {"type":"array"}, "character_name": p0 } },
    },
    {
      model: "gemini-omni-flash-preview",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/gemini_omni/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":60},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"gemini-omni-flash-preview"}, "prompt": p1, "aspect_ratio": {"type":"string","enum":["16:9","9:16"],"default":"16:9"}, "output_resolution": {"type":"string","enum":["720p"],"default":"720p"}, "callback_url": p2 } },
    },
    {
      model: "gemini-omni-text-to-video",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/gemini_omni/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","duration_seconds"], "properties": { "model": {"type":"string","const":"gemini-omni-text-to-video"}, "prompt": p1, "duration_seconds": {"type":"integer","enum":[4,6,8,10]}, "reference_image_urls": {"type":"array","maxItems":7,"items":{"type":"string"},"file":true}, "audio_ids": p3, "video_list": {"type":"array","maxItems":1,"items":{"type":"object","required":["url","ends","start"],"properties":{"url":{"type":"string"},"ends":{"type":"number","minimum":0},"start":{"type":"number","minimum":0}}}}, "character_ids": p3, "aspect_ratio": {"type":"string","enum":["16:9","9:16"]}, "output_resolution": {"type":"string","enum":["720p","1080p","4k"],"default":"720p"}, "seed": {"type":"integer","minimum":0,"maximum":2147483647}, "callback_url": p2 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type GeminiOmniModels = {
  "gemini-omni-audio": {
    params: components["schemas"]["GeminiOmniAudioCreateAudio"];
    created: Answer<"createCreateAudio">;
    task: Answer<"createCreateAudio">;
    sync: true;
    cost: "exact";
  };
  "gemini-omni-character": {
    params: WithFileInputs<components["schemas"]["GeminiOmniCharacterCreateCharacter"], "reference_image_url">;
    created: Answer<"createCreateCharacter">;
    task: Answer<"createCreateCharacter">;
    sync: true;
    cost: "exact";
  };
  "gemini-omni-flash-preview": {
    params: components["schemas"]["GeminiOmniFlashPreviewTextToVideo"];
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "gemini-omni-text-to-video": {
    params: WithFileInputs<components["schemas"]["GeminiOmniTextToVideo"], "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "unknown";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type GeminiOmniActions = {
  "create_audio": {
    params: components["schemas"]["GeminiOmniAudioCreateAudio"];
    created: Answer<"createCreateAudio">;
    task: Answer<"createCreateAudio">;
    sync: true;
  };
  "create_character": {
    params: WithFileInputs<components["schemas"]["GeminiOmniCharacterCreateCharacter"], "reference_image_url">;
    created: Answer<"createCreateCharacter">;
    task: Answer<"createCreateCharacter">;
    sync: true;
  };
  "text_to_video": {
    params: components["schemas"]["GeminiOmniFlashPreviewTextToVideo"] | WithFileInputs<components["schemas"]["GeminiOmniTextToVideo"], "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
};

/** The model ids of Gemini Omni that name one variant (client.create/run take these). */
export type GeminiOmniModel = keyof GeminiOmniModels;

/** The request parameters of one Gemini Omni variant (of any, when no model is given). */
export type GeminiOmniParams<Model extends GeminiOmniModel = GeminiOmniModel> = GeminiOmniModels[Model]["params"];
