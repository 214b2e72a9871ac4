// Generated from specs/midjourney.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"string","file":true};
const p2: InputSchema = {"type":"boolean","default":false};
const p3: InputSchema = {"type":"string","pattern":"^https?://"};
const p4: InputSchema = {"type":"string","const":"midjourney-image-to-video"};

/** Every Midjourney variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "midjourney",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "midjourney-edit-image",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/midjourney/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":8},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_url"], "properties": { "model": {"type":"string","const":"midjourney-edit-image"}, "prompt": p0, "source_image_url": p1, "mask_url": p1, "include_split_images": p2, "callback_url": p3 } },
    },
    {
      model: "midjourney-image-to-video",
      action: "extend_video",
      method: "POST",
      path: "/api/v1/midjourney/extend_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":62},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id"], "properties": { "model": p4, "source_task_id": p0, "prompt": p0, "callback_url": p3 } },
    },
    {
      action: "get_seed",
      method: "POST",
      path: "/api/v1/midjourney/get_seed",
      status: "active",
      task: "hybrid",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["image_id"], "properties": { "image_id": p0 } },
    },
    {
      action: "image_to_prompt",
      method: "POST",
      path: "/api/v1/midjourney/image_to_prompt",
      status: "active",
      task: "hybrid",
      price: {"unit":"call","cents":6},
      input: { "type": "object", "additionalProperties": false, "required": ["source_image_url"], "properties": { "source_image_url": p1 } },
    },
    {
      model: "midjourney-image-to-video",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/midjourney/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":62},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": p4, "prompt": p0, "source_image_url": p1, "last_frame_image_url": p1, "output_resolution": {"type":"string","enum":["480p"],"default":"480p"}, "enable_loop": p2, "callback_url": p3 } },
    },
    {
      action: "shorten_prompt",
      method: "POST",
      path: "/api/v1/midjourney/shorten_prompt",
      status: "active",
      task: "hybrid",
      price: {"unit":"call","cents":6},
      input: { "type": "object", "additionalProperties": false, "required": ["prompt"], "properties": { "prompt": p0 } },
    },
    {
      model: "midjourney-v8.1",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/midjourney/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"midjourney-v8.1"}, "prompt": p0, "enable_prompt_translation": p2, "include_split_images": p2, "callback_url": p3 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type MidjourneyModels = {
  "midjourney-edit-image": {
    params: WithFileInputs<components["schemas"]["MidjourneyEditImage"], "source_image_url" | "mask_url">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "midjourney-v8.1": {
    params: components["schemas"]["MidjourneyV81TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type MidjourneyActions = {
  "edit_image": {
    params: WithFileInputs<components["schemas"]["MidjourneyEditImage"], "source_image_url" | "mask_url">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "extend_video": {
    params: components["schemas"]["MidjourneyImageToVideoExtendVideo"];
    created: Answer<"createExtendVideo">;
    task: Answer<"getExtendVideo">;
  };
  "get_seed": {
    params: components["schemas"]["MidjourneyGetSeed"];
    created: Answer<"createGetSeed">;
    task: Answer<"createGetSeed">;
    sync: true;
  };
  "image_to_prompt": {
    params: WithFileInputs<components["schemas"]["MidjourneyImageToPrompt"], "source_image_url">;
    created: Answer<"createImageToPrompt">;
    task: Answer<"createImageToPrompt">;
    sync: true;
  };
  "image_to_video": {
    params: WithFileInputs<components["schemas"]["MidjourneyImageToVideo"], "source_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
  };
  "shorten_prompt": {
    params: components["schemas"]["MidjourneyShortenPrompt"];
    created: Answer<"createShortenPrompt">;
    task: Answer<"createShortenPrompt">;
    sync: true;
  };
  "text_to_image": {
    params: components["schemas"]["MidjourneyV81TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Midjourney that name one variant (client.create/run take these). */
export type MidjourneyModel = keyof MidjourneyModels;

/** The request parameters of one Midjourney variant (of any, when no model is given). */
export type MidjourneyParams<Model extends MidjourneyModel = MidjourneyModel> = MidjourneyModels[Model]["params"];
