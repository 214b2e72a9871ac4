// Generated from specs/recraft.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every Recraft variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "recraft",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "recraft-remove-background",
      action: "remove_background",
      method: "POST",
      path: "/api/v1/recraft/remove_background",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":1},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": {"type":"string","const":"recraft-remove-background"}, "source_image_url": p0, "callback_url": p1 } },
    },
    {
      model: "recraft-crisp-upscale",
      action: "upscale_image",
      method: "POST",
      path: "/api/v1/recraft/upscale_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":1},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": {"type":"string","const":"recraft-crisp-upscale"}, "source_image_url": p0, "callback_url": p1 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type RecraftModels = {
  "recraft-remove-background": {
    params: WithFileInputs<components["schemas"]["RecraftRemoveBackground"], "source_image_url">;
    created: Answer<"createRemoveBackground">;
    task: Answer<"getRemoveBackground">;
    cost: "exact";
  };
  "recraft-crisp-upscale": {
    params: WithFileInputs<components["schemas"]["RecraftCrispUpscaleUpscaleImage"], "source_image_url">;
    created: Answer<"createUpscaleImage">;
    task: Answer<"getUpscaleImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type RecraftActions = {
  "remove_background": {
    params: WithFileInputs<components["schemas"]["RecraftRemoveBackground"], "source_image_url">;
    created: Answer<"createRemoveBackground">;
    task: Answer<"getRemoveBackground">;
  };
  "upscale_image": {
    params: WithFileInputs<components["schemas"]["RecraftCrispUpscaleUpscaleImage"], "source_image_url">;
    created: Answer<"createUpscaleImage">;
    task: Answer<"getUpscaleImage">;
  };
};

/** The model ids of Recraft that name one variant (client.create/run take these). */
export type RecraftModel = keyof RecraftModels;

/** The request parameters of one Recraft variant (of any, when no model is given). */
export type RecraftParams<Model extends RecraftModel = RecraftModel> = RecraftModels[Model]["params"];
