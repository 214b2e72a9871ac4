// Generated from specs/pixverse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","const":"pixverse-v6"};
const p1: InputSchema = {"type":"string","minLength":3,"maxLength":5000};
const p2: InputSchema = {"type":"string","enum":["360p","540p","720p","1080p"],"default":"720p"};
const p3: InputSchema = {"type":"integer","default":5,"minimum":1,"maximum":15};
const p4: InputSchema = {"type":"boolean","enum":[true,false],"default":false};
const p5: InputSchema = {"type":"integer","minimum":0,"maximum":2147483647};
const p6: InputSchema = {"type":"string","enum":["16:9","4:3","1:1","3:4","9:16","2:3","3:2","21:9"],"default":"16:9"};
const p7: InputSchema = {"type":"string","pattern":"^https?://"};
const p8: InputSchema = {"type":"string","file":true};
const p9: InputSchema = {"type":"boolean","default":false};

/** Every PixVerse variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "pixverse",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "pixverse-v6",
      action: "edit_video",
      method: "POST",
      path: "/api/v1/pixverse/edit_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","output_resolution","duration_seconds","reference_image_urls","aspect_ratio"], "properties": { "model": p0, "prompt": p1, "output_resolution": p2, "duration_seconds": p3, "enable_audio": p4, "seed": p5, "reference_image_urls": {"type":"array","minItems":1,"maxItems":7,"items":{"type":"string"},"file":true}, "aspect_ratio": p6, "callback_url": p7 } },
    },
    {
      model: "pixverse-v6",
      action: "extend_video",
      method: "POST",
      path: "/api/v1/pixverse/extend_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","output_resolution","duration_seconds","source_task_id"], "properties": { "model": p0, "prompt": p1, "output_resolution": p2, "duration_seconds": p3, "enable_audio": p4, "seed": p5, "source_task_id": {"type":"string"}, "callback_url": p7 } },
    },
    {
      model: "pixverse-v6",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/pixverse/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","output_resolution","duration_seconds","first_frame_image_url"], "properties": { "model": p0, "prompt": p1, "output_resolution": p2, "duration_seconds": p3, "enable_audio": p4, "seed": p5, "first_frame_image_url": p8, "enable_multi_clip": p9, "callback_url": p7 } },
    },
    {
      model: "pixverse-v6",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/pixverse/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","output_resolution","duration_seconds","aspect_ratio"], "properties": { "model": p0, "prompt": p1, "output_resolution": p2, "duration_seconds": p3, "enable_audio": p4, "seed": p5, "aspect_ratio": p6, "enable_multi_clip": p9, "callback_url": p7 } },
    },
    {
      model: "pixverse-v6",
      action: "transition_video",
      method: "POST",
      path: "/api/v1/pixverse/transition_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","output_resolution","duration_seconds","first_frame_image_url","last_frame_image_url"], "properties": { "model": p0, "prompt": p1, "output_resolution": p2, "duration_seconds": p3, "enable_audio": p4, "seed": p5, "first_frame_image_url": p8, "last_frame_image_url": p8, "callback_url": p7 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type PixverseModels = {

};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type PixverseActions = {
  "edit_video": {
    params: WithFileInputs<components["schemas"]["PixverseV6EditVideo"], "reference_image_urls">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
  };
  "extend_video": {
    params: components["schemas"]["PixverseV6ExtendVideo"];
    created: Answer<"createExtendVideo">;
    task: Answer<"getExtendVideo">;
  };
  "image_to_video": {
    params: WithFileInputs<components["schemas"]["PixverseV6ImageToVideo"], "first_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
  };
  "text_to_video": {
    params: components["schemas"]["PixverseV6TextToVideo"];
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
  "transition_video": {
    params: WithFileInputs<components["schemas"]["PixverseV6TransitionVideo"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createTransitionVideo">;
    task: Answer<"getTransitionVideo">;
  };
};

/** The model ids of PixVerse that name one variant (client.create/run take these). */
export type PixverseModel = keyof PixverseModels;

/** The request parameters of one PixVerse variant (of any, when no model is given). */
export type PixverseParams<Model extends PixverseModel = PixverseModel> = PixverseModels[Model]["params"];
