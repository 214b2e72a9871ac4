// Generated from specs/infinitetalk.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};

/** Every InfiniteTalk variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "infinitetalk",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "infinitetalk-from-audio",
      action: "audio_to_video",
      method: "POST",
      path: "/api/v1/infinitetalk/audio_to_video",
      status: "active",
      task: "async",
      price: {"unit":"second","cents":12,"by":{"output_resolution":{"480p":3,"720p":12}},"duration_source":"videos[0].url"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","source_audio_url"], "properties": { "model": {"type":"string","const":"infinitetalk-from-audio"}, "source_image_url": p0, "source_audio_url": p0, "prompt": {"type":"string"}, "output_resolution": {"type":"string","enum":["480p","720p"]}, "seed": {"type":"integer"}, "callback_url": {"type":"string","pattern":"^https?://"} } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type InfinitetalkModels = {
  "infinitetalk-from-audio": {
    params: WithFileInputs<components["schemas"]["InfinitetalkFromAudioAudioToVideo"], "source_image_url" | "source_audio_url">;
    created: Answer<"createAudioToVideo">;
    task: Answer<"getAudioToVideo">;
    cost: "rate";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type InfinitetalkActions = {
  "audio_to_video": {
    params: WithFileInputs<components["schemas"]["InfinitetalkFromAudioAudioToVideo"], "source_image_url" | "source_audio_url">;
    created: Answer<"createAudioToVideo">;
    task: Answer<"getAudioToVideo">;
  };
};

/** The model ids of InfiniteTalk that name one variant (client.create/run take these). */
export type InfinitetalkModel = keyof InfinitetalkModels;

/** The request parameters of one InfiniteTalk variant (of any, when no model is given). */
export type InfinitetalkParams<Model extends InfinitetalkModel = InfinitetalkModel> = InfinitetalkModels[Model]["params"];
