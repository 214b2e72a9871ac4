// Generated from specs/gpt-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","const":"gpt-image-1.5"};
const p1: InputSchema = {"type":"string"};
const p2: InputSchema = {"type":"string","enum":["1:1","2:3","3:2"]};
const p3: InputSchema = {"type":"string","enum":["medium","high"]};
const p4: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every GPT Image variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "gpt-image",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "gpt-image-1.5",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/gpt_image/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":22},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_urls","aspect_ratio","quality"], "properties": { "model": p0, "prompt": p1, "source_image_urls": {"type":"array","items":{"type":"string"},"file":true}, "aspect_ratio": p2, "quality": p3, "callback_url": p4 } },
    },
    {
      model: "gpt-image-1.5",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/gpt_image/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":4,"by":{"quality":{"medium":4,"high":22}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","aspect_ratio","quality"], "properties": { "model": p0, "prompt": p1, "aspect_ratio": p2, "quality": p3, "callback_url": p4 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type GptImageModels = {

};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type GptImageActions = {
  "edit_image": {
    params: WithFileInputs<components["schemas"]["GptImage15EditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "text_to_image": {
    params: components["schemas"]["GptImage15TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of GPT Image that name one variant (client.create/run take these). */
export type GptImageModel = keyof GptImageModels;

/** The request parameters of one GPT Image variant (of any, when no model is given). */
export type GptImageParams<Model extends GptImageModel = GptImageModel> = GptImageModels[Model]["params"];
