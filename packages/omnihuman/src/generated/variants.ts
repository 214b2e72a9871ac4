// Generated from specs/omnihuman.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every OmniHuman variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "omnihuman",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "omnihuman-1.5",
      action: "audio_to_video",
      method: "POST",
      path: "/api/v1/omnihuman/audio_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":27},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","source_audio_url"], "properties": { "model": {"type":"string","const":"omnihuman-1.5"}, "source_image_url": p0, "source_audio_url": p0, "mask_urls": {"type":"array","maxItems":5,"items":{"type":"string"},"file":true}, "prompt": {"type":"string","maxLength":300}, "output_resolution": {"type":"string","enum":["720p","1080p"]}, "enable_fast_mode": {"type":"boolean"}, "seed": {"type":"integer"}, "callback_url": p1 } },
    },
    {
      model: "omnihuman-1.5-human-identification",
      action: "human_identification",
      method: "POST",
      path: "/api/v1/omnihuman/human_identification",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": {"type":"string","const":"omnihuman-1.5-human-identification"}, "source_image_url": p0, "callback_url": p1 } },
    },
    {
      model: "omnihuman-1.5-subject-detection",
      action: "subject_detection",
      method: "POST",
      path: "/api/v1/omnihuman/subject_detection",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": {"type":"string","const":"omnihuman-1.5-subject-detection"}, "source_image_url": p0, "callback_url": p1 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type OmnihumanModels = {
  "omnihuman-1.5": {
    params: WithFileInputs<components["schemas"]["Omnihuman15AudioToVideo"], "source_image_url" | "source_audio_url" | "mask_urls">;
    created: Answer<"createAudioToVideo">;
    task: Answer<"getAudioToVideo">;
    cost: "exact";
  };
  "omnihuman-1.5-human-identification": {
    params: WithFileInputs<components["schemas"]["Omnihuman15HumanIdentification"], "source_image_url">;
    created: Answer<"createHumanIdentification">;
    task: Answer<"getHumanIdentification">;
    cost: "exact";
  };
  "omnihuman-1.5-subject-detection": {
    params: WithFileInputs<components["schemas"]["Omnihuman15SubjectDetection"], "source_image_url">;
    created: Answer<"createSubjectDetection">;
    task: Answer<"getSubjectDetection">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type OmnihumanActions = {
  "audio_to_video": {
    params: WithFileInputs<components["schemas"]["Omnihuman15AudioToVideo"], "source_image_url" | "source_audio_url" | "mask_urls">;
    created: Answer<"createAudioToVideo">;
    task: Answer<"getAudioToVideo">;
  };
  "human_identification": {
    params: WithFileInputs<components["schemas"]["Omnihuman15HumanIdentification"], "source_image_url">;
    created: Answer<"createHumanIdentification">;
    task: Answer<"getHumanIdentification">;
  };
  "subject_detection": {
    params: WithFileInputs<components["schemas"]["Omnihuman15SubjectDetection"], "source_image_url">;
    created: Answer<"createSubjectDetection">;
    task: Answer<"getSubjectDetection">;
  };
};

/** The model ids of OmniHuman that name one variant (client.create/run take these). */
export type OmnihumanModel = keyof OmnihumanModels;

/** The request parameters of one OmniHuman variant (of any, when no model is given). */
export type OmnihumanParams<Model extends OmnihumanModel = OmnihumanModel> = OmnihumanModels[Model]["params"];
