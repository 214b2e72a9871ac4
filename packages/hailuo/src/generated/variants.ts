// Generated from specs/hailuo.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"string","file":true};
const p2: InputSchema = {"type":"integer"};
const p3: InputSchema = {"type":"boolean"};
const p4: InputSchema = {"type":"string","pattern":"^https?://"};
const p5: InputSchema = {"type":"integer","enum":[6,10]};
const p6: InputSchema = {"type":"string","enum":["768p","1080p"]};

/** Every Hailuo variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "hailuo",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "hailuo-02-image-to-video-pro",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/hailuo/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":57},
      input: { "type": "object", "additionalProperties": false, "required": ["model","first_frame_image_url"], "properties": { "model": {"type":"string","const":"hailuo-02-image-to-video-pro"}, "prompt": p0, "first_frame_image_url": p1, "last_frame_image_url": p1, "duration_seconds": p2, "output_resolution": p0, "prompt_optimizer": p3, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "hailuo-02-image-to-video-standard",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/hailuo/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":30,"keys":["duration_seconds","output_resolution"],"matrix":{"6":{"512p":12,"768p":30},"10":{"512p":20,"768p":50}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","first_frame_image_url"], "properties": { "model": {"type":"string","const":"hailuo-02-image-to-video-standard"}, "prompt": p0, "first_frame_image_url": p1, "last_frame_image_url": p1, "duration_seconds": p5, "output_resolution": {"type":"string","enum":["512p","768p"]}, "prompt_optimizer": p3, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "hailuo-2.3-image-to-video-pro",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/hailuo/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":90,"keys":["duration_seconds","output_resolution"],"matrix":{"6":{"768p":45,"1080p":80},"10":{"768p":90}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","first_frame_image_url"], "properties": { "model": {"type":"string","const":"hailuo-2.3-image-to-video-pro"}, "prompt": p0, "first_frame_image_url": p1, "last_frame_image_url": p1, "duration_seconds": p5, "output_resolution": p6, "prompt_optimizer": p3, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "hailuo-2.3-image-to-video-standard",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/hailuo/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":50,"keys":["duration_seconds","output_resolution"],"matrix":{"6":{"768p":30,"1080p":50},"10":{"768p":50}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","first_frame_image_url"], "properties": { "model": {"type":"string","const":"hailuo-2.3-image-to-video-standard"}, "prompt": p0, "first_frame_image_url": p1, "last_frame_image_url": p1, "duration_seconds": p5, "output_resolution": p6, "prompt_optimizer": p3, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "hailuo-02-text-to-video-pro",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/hailuo/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":57},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"hailuo-02-text-to-video-pro"}, "prompt": p0, "duration_seconds": p2, "prompt_optimizer": p3, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "hailuo-02-text-to-video-standard",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/hailuo/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":50,"by":{"duration_seconds":{"6":30,"10":50}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"hailuo-02-text-to-video-standard"}, "prompt": p0, "duration_seconds": p5, "prompt_optimizer": p3, "enable_safety_checker": p3, "callback_url": p4 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type HailuoModels = {
  "hailuo-02-image-to-video-pro": {
    params: WithFileInputs<components["schemas"]["Hailuo02ImageToVideoPro"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "hailuo-02-image-to-video-standard": {
    params: WithFileInputs<components["schemas"]["Hailuo02ImageToVideoStandard"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "hailuo-2.3-image-to-video-pro": {
    params: WithFileInputs<components["schemas"]["Hailuo23ImageToVideoPro"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "hailuo-2.3-image-to-video-standard": {
    params: WithFileInputs<components["schemas"]["Hailuo23ImageToVideoStandard"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "hailuo-02-text-to-video-pro": {
    params: components["schemas"]["Hailuo02TextToVideoPro"];
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "hailuo-02-text-to-video-standard": {
    params: components["schemas"]["Hailuo02TextToVideoStandard"];
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type HailuoActions = {
  "image_to_video": {
    params: WithFileInputs<components["schemas"]["Hailuo02ImageToVideoPro"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["Hailuo02ImageToVideoStandard"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["Hailuo23ImageToVideoPro"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["Hailuo23ImageToVideoStandard"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
  };
  "text_to_video": {
    params: components["schemas"]["Hailuo02TextToVideoPro"] | components["schemas"]["Hailuo02TextToVideoStandard"];
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
};

/** The model ids of Hailuo that name one variant (client.create/run take these). */
export type HailuoModel = keyof HailuoModels;

/** The request parameters of one Hailuo variant (of any, when no model is given). */
export type HailuoParams<Model extends HailuoModel = HailuoModel> = HailuoModels[Model]["params"];
