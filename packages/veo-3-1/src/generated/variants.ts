// Generated from specs/veo-3-1.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"integer"};
const p2: InputSchema = {"type":"string","pattern":"^https?://"};
const p3: InputSchema = {"type":"string","enum":["text","first_and_last_frames","reference"]};
const p4: InputSchema = {"type":"string","enum":["16:9","9:16","auto"]};
const p5: InputSchema = {"type":"integer","enum":[4,6,8]};
const p6: InputSchema = {"type":"boolean"};
const p7: InputSchema = {"type":"string","file":true};
const p8: InputSchema = {"type":"array","minItems":1,"maxItems":3,"items":{"type":"string"},"file":true};

/** Every Veo 3.1 variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "veo-3-1",
  baseURL: "https://runapi.ai",
  variants: [
    {
      action: "extend_video",
      method: "POST",
      path: "/api/v1/veo_3_1/extend_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["source_task_id"], "properties": { "source_task_id": p0, "prompt": p0, "seeds": p1, "watermark": p0, "callback_url": p2 } },
    },
    {
      model: "veo-3.1",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/veo_3_1/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":250},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"veo-3.1"}, "prompt": p0, "input_mode": p3, "aspect_ratio": p4, "duration_seconds": p5, "seeds": p1, "enable_translation": p6, "watermark": p0, "first_frame_image_url": p7, "last_frame_image_url": p7, "reference_image_urls": p8, "callback_url": p2 } },
    },
    {
      model: "veo-3.1-fast",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/veo_3_1/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":60},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"veo-3.1-fast"}, "prompt": p0, "input_mode": p3, "aspect_ratio": p4, "duration_seconds": p5, "seeds": p1, "enable_translation": p6, "watermark": p0, "first_frame_image_url": p7, "last_frame_image_url": p7, "reference_image_urls": p8, "callback_url": p2 } },
    },
    {
      model: "veo-3.1-lite",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/veo_3_1/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":30},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"veo-3.1-lite"}, "prompt": p0, "input_mode": {"type":"string","enum":["text","first_and_last_frames","reference"],"default":"text"}, "aspect_ratio": {"type":"string","enum":["16:9","9:16"]}, "duration_seconds": p5, "enable_translation": p6, "watermark": p0, "first_frame_image_url": p7, "last_frame_image_url": p7, "reference_image_urls": p8, "callback_url": p2 }, "rules": [{"when":{"model":"veo-3.1-lite","input_mode":"reference","duration_seconds":4},"forbidden":["duration_seconds"]}, {"when":{"model":"veo-3.1-lite","input_mode":"reference","duration_seconds":6},"forbidden":["duration_seconds"]}] },
    },
    {
      action: "upscale_video",
      method: "POST",
      path: "/api/v1/veo_3_1/upscale_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":120,"by":{"output_resolution":{"1080p":5,"4k":120}}},
      input: { "type": "object", "additionalProperties": false, "required": [], "properties": { "source_task_id": p0, "output_resolution": {"type":"string","enum":["1080p","4k"]}, "index": p1, "callback_url": p2 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type Veo31Models = {
  "veo-3.1": {
    params: WithFileInputs<components["schemas"]["Veo31TextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "veo-3.1-fast": {
    params: WithFileInputs<components["schemas"]["Veo31FastTextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "veo-3.1-lite": {
    params: WithFileInputs<components["schemas"]["Veo31LiteTextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type Veo31Actions = {
  "extend_video": {
    params: components["schemas"]["Veo31ExtendVideo"];
    created: Answer<"createExtendVideo">;
    task: Answer<"getExtendVideo">;
  };
  "text_to_video": {
    params: WithFileInputs<components["schemas"]["Veo31TextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls"> | WithFileInputs<components["schemas"]["Veo31FastTextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls"> | WithFileInputs<components["schemas"]["Veo31LiteTextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
  "upscale_video": {
    params: components["schemas"]["Veo31UpscaleVideo"];
    created: Answer<"createUpscaleVideo">;
    task: Answer<"getUpscaleVideo">;
  };
};

/** The model ids of Veo 3.1 that name one variant (client.create/run take these). */
export type Veo31Model = keyof Veo31Models;

/** The request parameters of one Veo 3.1 variant (of any, when no model is given). */
export type Veo31Params<Model extends Veo31Model = Veo31Model> = Veo31Models[Model]["params"];
