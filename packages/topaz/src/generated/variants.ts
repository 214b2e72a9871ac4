// Generated from specs/topaz.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every Topaz variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "topaz",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "topaz-upscale-image",
      action: "upscale_image",
      method: "POST",
      path: "/api/v1/topaz/upscale_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":40,"by":{"upscale_factor":{"1":10,"2":10,"4":20,"8":40}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","upscale_factor"], "properties": { "model": {"type":"string","const":"topaz-upscale-image"}, "source_image_url": p0, "upscale_factor": {"type":"integer","enum":[1,2,4,8]}, "callback_url": p1 } },
    },
    {
      model: "topaz-upscale-video",
      action: "upscale_video",
      method: "POST",
      path: "/api/v1/topaz/upscale_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":14,"by":{"upscale_factor":{"1":8,"2":8,"4":14}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_video_url"], "properties": { "model": {"type":"string","const":"topaz-upscale-video"}, "source_video_url": p0, "upscale_factor": {"type":"integer","enum":[1,2,4],"default":2}, "callback_url": p1 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type TopazModels = {
  "topaz-upscale-image": {
    params: WithFileInputs<components["schemas"]["TopazUpscaleImage"], "source_image_url">;
    created: Answer<"createUpscaleImage">;
    task: Answer<"getUpscaleImage">;
    cost: "exact";
  };
  "topaz-upscale-video": {
    params: WithFileInputs<components["schemas"]["TopazUpscaleVideo"], "source_video_url">;
    created: Answer<"createUpscaleVideo">;
    task: Answer<"getUpscaleVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type TopazActions = {
  "upscale_image": {
    params: WithFileInputs<components["schemas"]["TopazUpscaleImage"], "source_image_url">;
    created: Answer<"createUpscaleImage">;
    task: Answer<"getUpscaleImage">;
  };
  "upscale_video": {
    params: WithFileInputs<components["schemas"]["TopazUpscaleVideo"], "source_video_url">;
    created: Answer<"createUpscaleVideo">;
    task: Answer<"getUpscaleVideo">;
  };
};

/** The model ids of Topaz that name one variant (client.create/run take these). */
export type TopazModel = keyof TopazModels;

/** The request parameters of one Topaz variant (of any, when no model is given). */
export type TopazParams<Model extends TopazModel = TopazModel> = TopazModels[Model]["params"];
