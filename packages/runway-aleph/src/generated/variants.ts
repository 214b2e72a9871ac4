// Generated from specs/runway-aleph.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"string","file":true};

/** Every Runway Aleph variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "runway-aleph",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "runway-aleph",
      action: "edit_video",
      method: "POST",
      path: "/api/v1/runway_aleph/edit_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":110},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_video_url"], "properties": { "model": {"type":"string","const":"runway-aleph"}, "prompt": p0, "source_video_url": p1, "watermark": p0, "aspect_ratio": {"type":"string","enum":["16:9","9:16","4:3","3:4","1:1","21:9"]}, "seed": {"type":"integer"}, "reference_image_url": p1, "callback_url": {"type":"string","pattern":"^https?://"} } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type RunwayAlephModels = {
  "runway-aleph": {
    params: WithFileInputs<components["schemas"]["RunwayAlephEditVideo"], "source_video_url" | "reference_image_url">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type RunwayAlephActions = {
  "edit_video": {
    params: WithFileInputs<components["schemas"]["RunwayAlephEditVideo"], "source_video_url" | "reference_image_url">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
  };
};

/** The model ids of Runway Aleph that name one variant (client.create/run take these). */
export type RunwayAlephModel = keyof RunwayAlephModels;

/** The request parameters of one Runway Aleph variant (of any, when no model is given). */
export type RunwayAlephParams<Model extends RunwayAlephModel = RunwayAlephModel> = RunwayAlephModels[Model]["params"];
