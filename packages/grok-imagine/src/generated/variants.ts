// Generated from specs/grok-imagine.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"string"};
const p2: InputSchema = {"type":"boolean"};
const p3: InputSchema = {"type":"string","pattern":"^https?://"};
const p4: InputSchema = {"type":"string","const":"grok-imagine-image-2-0"};
const p5: InputSchema = {"type":"string","maxLength":5000};
const p6: InputSchema = {"type":"string","enum":["fun","normal","spicy"]};
const p7: InputSchema = {"type":"integer","minimum":6,"maximum":30};
const p8: InputSchema = {"type":"string","enum":["480p","720p"],"default":"480p"};
const p9: InputSchema = {"type":"string","enum":["2:3","3:2","1:1","16:9","9:16"]};
const p10: InputSchema = {"type":"string","const":"grok-imagine-video-1.5-fast"};
const p11: InputSchema = {"type":"array","items":{"type":"string"},"file":true};
const p12: InputSchema = {"type":"integer","default":8,"minimum":1,"maximum":30};
const p13: InputSchema = {"type":"string","enum":["1:1","16:9","9:16","3:2","2:3"]};
const p14: InputSchema = {"type":"string","const":"grok-imagine-video-1.5-preview"};
const p15: InputSchema = {"type":"string","minLength":1,"maxLength":4096};
const p16: InputSchema = {"type":"integer","default":8,"minimum":1,"maximum":15};
const p17: InputSchema = {"type":"string","enum":["480p","720p","1080p"],"default":"480p"};
const p18: InputSchema = {"type":"string","enum":["1:1","16:9","9:16","3:2","2:3","auto"],"default":"auto"};

/** Every Grok Imagine variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "grok-imagine",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "grok-imagine-edit-image",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/grok_imagine/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":4},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": {"type":"string","const":"grok-imagine-edit-image"}, "source_image_url": p0, "prompt": p1, "enable_safety_checker": p2, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-image-2-0",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/grok_imagine/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","prompt"], "properties": { "model": p4, "source_task_id": p1, "mask_indices": {"type":"array","minItems":1,"items":{"type":"integer","minimum":1}}, "prompt": p1, "callback_url": p3 } },
    },
    {
      action: "extend_video",
      method: "POST",
      path: "/api/v1/grok_imagine/extend_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["source_task_id","prompt","start_seconds","extension_duration_seconds"], "properties": { "source_task_id": p1, "prompt": p5, "start_seconds": {"type":"integer","minimum":0}, "extension_duration_seconds": {"type":"integer","enum":[6,10]}, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-image-to-video",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/grok_imagine/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":2,"by":{"output_resolution":{"480p":1.6,"720p":3}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"grok-imagine-image-to-video"}, "source_image_url": p0, "source_task_id": p1, "index": {"type":"integer","minimum":0,"maximum":5}, "prompt": p5, "motion_style": p6, "duration_seconds": p7, "output_resolution": p8, "aspect_ratio": p9, "enable_safety_checker": p2, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-video-1.5-fast",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/grok_imagine/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":75,"by":{"duration_seconds":{"1-10":18,"11-20":45,"21-30":75}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": p10, "source_image_url": p0, "reference_image_urls": p11, "prompt": p5, "duration_seconds": p12, "output_resolution": p8, "aspect_ratio": p13, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-video-1.5-preview",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/grok_imagine/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":3},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": p14, "source_image_url": p0, "reference_image_urls": {"type":"array","maxItems":6,"items":{"type":"string"},"file":true}, "prompt": p15, "duration_seconds": p16, "output_resolution": p17, "aspect_ratio": p18, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-image-2-0",
      action: "segment_map",
      method: "POST",
      path: "/api/v1/grok_imagine/segment_map",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id"], "properties": { "model": p4, "source_task_id": p1, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-image-2-0",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/grok_imagine/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","aspect_ratio"], "properties": { "model": p4, "prompt": p1, "aspect_ratio": {"type":"string","enum":["1:1","2:3","3:2","16:9","9:16"]}, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/grok_imagine/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":4,"by":{"enable_pro":{"true":5,"false":4}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"grok-imagine-text-to-image"}, "prompt": p5, "aspect_ratio": p9, "enable_safety_checker": p2, "enable_pro": p2, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-text-to-video",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/grok_imagine/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":2,"by":{"output_resolution":{"480p":1.6,"720p":3}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"grok-imagine-text-to-video"}, "prompt": p5, "aspect_ratio": p9, "motion_style": p6, "duration_seconds": p7, "output_resolution": p8, "enable_safety_checker": p2, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-video-1.5-fast",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/grok_imagine/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":75,"by":{"duration_seconds":{"1-10":18,"11-20":45,"21-30":75}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p10, "prompt": p5, "reference_image_urls": p11, "aspect_ratio": p13, "duration_seconds": p12, "output_resolution": p8, "callback_url": p3 } },
    },
    {
      model: "grok-imagine-video-1.5-preview",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/grok_imagine/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":2,"by":{"output_resolution":{"480p":1.6,"720p":3}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p14, "prompt": p15, "reference_image_urls": {"type":"array","maxItems":7,"items":{"type":"string"},"file":true}, "aspect_ratio": p18, "duration_seconds": p16, "output_resolution": p17, "callback_url": p3 } },
    },
    {
      action: "upscale_image",
      method: "POST",
      path: "/api/v1/grok_imagine/upscale_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":10},
      input: { "type": "object", "additionalProperties": false, "required": ["source_task_id"], "properties": { "source_task_id": p1, "callback_url": p3 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type GrokImagineModels = {
  "grok-imagine-edit-image": {
    params: WithFileInputs<components["schemas"]["GrokImagineEditImage"], "source_image_url">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "grok-imagine-image-to-video": {
    params: WithFileInputs<components["schemas"]["GrokImagineImageToVideo"], "source_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "grok-imagine-text-to-image": {
    params: components["schemas"]["GrokImagineTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "grok-imagine-text-to-video": {
    params: components["schemas"]["GrokImagineTextToVideo"];
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type GrokImagineActions = {
  "edit_image": {
    params: WithFileInputs<components["schemas"]["GrokImagineEditImage"], "source_image_url"> | components["schemas"]["GrokImagineImage20EditImage"];
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "extend_video": {
    params: components["schemas"]["GrokImagineExtendVideo"];
    created: Answer<"createExtendVideo">;
    task: Answer<"getExtendVideo">;
  };
  "image_to_video": {
    params: WithFileInputs<components["schemas"]["GrokImagineImageToVideo"], "source_image_url"> | WithFileInputs<components["schemas"]["GrokImagineVideo15FastImageToVideo"], "source_image_url" | "reference_image_urls"> | WithFileInputs<components["schemas"]["GrokImagineVideo15PreviewImageToVideo"], "source_image_url" | "reference_image_urls">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
  };
  "segment_map": {
    params: components["schemas"]["GrokImagineImage20SegmentMap"];
    created: Answer<"createSegmentMap">;
    task: Answer<"getSegmentMap">;
  };
  "text_to_image": {
    params: components["schemas"]["GrokImagineImage20TextToImage"] | components["schemas"]["GrokImagineTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
  "text_to_video": {
    params: components["schemas"]["GrokImagineTextToVideo"] | WithFileInputs<components["schemas"]["GrokImagineVideo15FastTextToVideo"], "reference_image_urls"> | WithFileInputs<components["schemas"]["GrokImagineVideo15PreviewTextToVideo"], "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
  "upscale_image": {
    params: components["schemas"]["GrokImagineUpscaleImage"];
    created: Answer<"createUpscaleImage">;
    task: Answer<"getUpscaleImage">;
  };
};

/** The model ids of Grok Imagine that name one variant (client.create/run take these). */
export type GrokImagineModel = keyof GrokImagineModels;

/** The request parameters of one Grok Imagine variant (of any, when no model is given). */
export type GrokImagineParams<Model extends GrokImagineModel = GrokImagineModel> = GrokImagineModels[Model]["params"];
