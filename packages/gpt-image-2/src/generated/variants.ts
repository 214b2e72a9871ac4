// Generated from specs/gpt-image-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","const":"gpt-image-2"};
const p1: InputSchema = {"type":"string"};
const p2: InputSchema = {"type":"string","enum":["auto","1:1","3:2","2:3","4:3","3:4","5:4","4:5","16:9","9:16","2:1","1:2","3:1","1:3","21:9","9:21"]};
const p3: InputSchema = {"type":"string","enum":["1k","2k","4k"]};
const p4: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every GPT Image 2 variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "gpt-image-2",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "gpt-image-2",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/gpt_image_2/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":16},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_urls"], "properties": { "model": p0, "prompt": p1, "source_image_urls": {"type":"array","items":{"type":"string"},"file":true}, "aspect_ratio": p2, "output_resolution": p3, "callback_url": p4 } },
    },
    {
      model: "gpt-image-2",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/gpt_image_2/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":6,"by":{"output_resolution":{"1k":6,"2k":10,"4k":16}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p0, "prompt": p1, "aspect_ratio": p2, "output_resolution": p3, "callback_url": p4 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type GptImage2Models = {

};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type GptImage2Actions = {
  "edit_image": {
    params: WithFileInputs<components["schemas"]["GptImage2EditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "text_to_image": {
    params: components["schemas"]["GptImage2TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of GPT Image 2 that name one variant (client.create/run take these). */
export type GptImage2Model = keyof GptImage2Models;

/** The request parameters of one GPT Image 2 variant (of any, when no model is given). */
export type GptImage2Params<Model extends GptImage2Model = GptImage2Model> = GptImage2Models[Model]["params"];
