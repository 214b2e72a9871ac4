// Generated from specs/luma.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};

/** Every Luma variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "luma",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "luma-modify-video",
      action: "modify_video",
      method: "POST",
      path: "/api/v1/luma/modify_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":50},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_video_url"], "properties": { "model": {"type":"string","const":"luma-modify-video"}, "prompt": p0, "source_video_url": {"type":"string","file":true}, "watermark": p0, "callback_url": {"type":"string","pattern":"^https?://"} } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type LumaModels = {
  "luma-modify-video": {
    params: WithFileInputs<components["schemas"]["LumaModifyVideo"], "source_video_url">;
    created: Answer<"createModifyVideo">;
    task: Answer<"getModifyVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type LumaActions = {
  "modify_video": {
    params: WithFileInputs<components["schemas"]["LumaModifyVideo"], "source_video_url">;
    created: Answer<"createModifyVideo">;
    task: Answer<"getModifyVideo">;
  };
};

/** The model ids of Luma that name one variant (client.create/run take these). */
export type LumaModel = keyof LumaModels;

/** The request parameters of one Luma variant (of any, when no model is given). */
export type LumaParams<Model extends LumaModel = LumaModel> = LumaModels[Model]["params"];
