// Generated from specs/runway.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","const":"runway"};
const p1: InputSchema = {"type":"string"};
const p2: InputSchema = {"type":"string","enum":["720p","1080p"]};
const p3: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every Runway variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "runway",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "runway",
      action: "extend_video",
      method: "POST",
      path: "/api/v1/runway/extend_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12,"by":{"output_resolution":{"720p":12,"1080p":30}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","prompt","output_resolution"], "properties": { "model": p0, "source_task_id": p1, "prompt": p1, "output_resolution": p2, "watermark": p1, "callback_url": p3 } },
    },
    {
      model: "runway",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/runway/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":30,"keys":["duration_seconds","output_resolution"],"matrix":{"5":{"720p":12,"1080p":30},"10":{"720p":30}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","duration_seconds","output_resolution"], "properties": { "model": p0, "prompt": p1, "duration_seconds": {"type":"integer","enum":[5,10]}, "output_resolution": p2, "first_frame_image_url": {"type":"string","file":true}, "aspect_ratio": {"type":"string","enum":["16:9","9:16","1:1","4:3","3:4"]}, "watermark": p1, "callback_url": p3 }, "rules": [{"when":{"first_frame_image_url":{"present":false}},"required":["aspect_ratio"]}, {"when":{"first_frame_image_url":{"present":true}},"forbidden":["aspect_ratio"]}] },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type RunwayModels = {

};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type RunwayActions = {
  "extend_video": {
    params: components["schemas"]["RunwayExtendVideo"];
    created: Answer<"createExtendVideo">;
    task: Answer<"getExtendVideo">;
  };
  "text_to_video": {
    params: WithFileInputs<components["schemas"]["RunwayTextToVideo"], "first_frame_image_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
};

/** The model ids of Runway that name one variant (client.create/run take these). */
export type RunwayModel = keyof RunwayModels;

/** The request parameters of one Runway variant (of any, when no model is given). */
export type RunwayParams<Model extends RunwayModel = RunwayModel> = RunwayModels[Model]["params"];
