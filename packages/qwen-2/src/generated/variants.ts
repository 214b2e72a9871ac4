// Generated from specs/qwen-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"integer"};
const p2: InputSchema = {"type":"boolean"};
const p3: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every Qwen 2 variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "qwen-2",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "qwen-2-edit-image",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/qwen_2/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":6},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_url"], "properties": { "model": {"type":"string","const":"qwen-2-edit-image"}, "prompt": p0, "source_image_url": {"type":"string","file":true}, "aspect_ratio": {"type":"string","enum":["1:1","2:3","3:2","3:4","4:3","9:16","16:9","21:9"]}, "output_format": {"type":"string","enum":["jpeg","png"]}, "seed": p1, "enable_safety_checker": p2, "callback_url": p3 } },
    },
    {
      model: "qwen-2-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/qwen_2/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":6},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"qwen-2-text-to-image"}, "prompt": p0, "aspect_ratio": {"type":"string","enum":["1:1","3:4","4:3","9:16","16:9"]}, "seed": p1, "output_format": {"type":"string","enum":["png","jpeg"]}, "enable_safety_checker": p2, "callback_url": p3 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type Qwen2Models = {
  "qwen-2-edit-image": {
    params: WithFileInputs<components["schemas"]["Qwen2EditImage"], "source_image_url">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "qwen-2-text-to-image": {
    params: components["schemas"]["Qwen2TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type Qwen2Actions = {
  "edit_image": {
    params: WithFileInputs<components["schemas"]["Qwen2EditImage"], "source_image_url">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "text_to_image": {
    params: components["schemas"]["Qwen2TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Qwen 2 that name one variant (client.create/run take these). */
export type Qwen2Model = keyof Qwen2Models;

/** The request parameters of one Qwen 2 variant (of any, when no model is given). */
export type Qwen2Params<Model extends Qwen2Model = Qwen2Model> = Qwen2Models[Model]["params"];
