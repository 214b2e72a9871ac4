// Generated from specs/qwen-3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","minLength":1,"maxLength":800};
const p1: InputSchema = {"type":"array","minItems":1,"maxItems":3,"items":{"type":"string"},"file":true};
const p2: InputSchema = {"type":"string","enum":["1k","2k"],"default":"1k"};
const p3: InputSchema = {"type":"string","enum":["1:1","3:2","2:3","4:3","3:4","16:9","9:16","21:9"],"default":"16:9"};
const p4: InputSchema = {"type":"string","enum":["png","jpeg"],"default":"png"};
const p5: InputSchema = {"type":"boolean","default":true};
const p6: InputSchema = {"type":"boolean","default":false};
const p7: InputSchema = {"type":"string","minLength":0,"maxLength":5000};
const p8: InputSchema = {"type":"integer","default":1,"minimum":0,"maximum":2147483647};
const p9: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every Qwen 3 variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "qwen-3",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "qwen-3-edit-image",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/qwen_3/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_urls"], "properties": { "model": {"type":"string","const":"qwen-3-edit-image"}, "prompt": p0, "source_image_urls": p1, "output_resolution": p2, "aspect_ratio": p3, "output_format": p4, "enable_prompt_expansion": p5, "enable_safety_checker": p6, "negative_prompt": p7, "seed": p8, "callback_url": p9 } },
    },
    {
      model: "qwen-3-pro-edit-image",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/qwen_3/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_urls"], "properties": { "model": {"type":"string","const":"qwen-3-pro-edit-image"}, "prompt": p0, "source_image_urls": p1, "output_resolution": p2, "aspect_ratio": p3, "output_format": p4, "enable_prompt_expansion": p5, "enable_safety_checker": p6, "negative_prompt": p7, "seed": p8, "callback_url": p9 } },
    },
    {
      model: "qwen-3-pro-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/qwen_3/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"qwen-3-pro-text-to-image"}, "prompt": p0, "output_resolution": p2, "aspect_ratio": p3, "output_format": p4, "enable_prompt_expansion": p5, "enable_safety_checker": p6, "negative_prompt": p7, "seed": p8, "callback_url": p9 } },
    },
    {
      model: "qwen-3-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/qwen_3/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"qwen-3-text-to-image"}, "prompt": p0, "output_resolution": p2, "aspect_ratio": p3, "output_format": p4, "enable_prompt_expansion": p5, "enable_safety_checker": p6, "negative_prompt": p7, "seed": p8, "callback_url": p9 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type Qwen3Models = {
  "qwen-3-edit-image": {
    params: WithFileInputs<components["schemas"]["Qwen3EditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "unknown";
  };
  "qwen-3-pro-edit-image": {
    params: WithFileInputs<components["schemas"]["Qwen3ProEditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "unknown";
  };
  "qwen-3-pro-text-to-image": {
    params: components["schemas"]["Qwen3ProTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "unknown";
  };
  "qwen-3-text-to-image": {
    params: components["schemas"]["Qwen3TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "unknown";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type Qwen3Actions = {
  "edit_image": {
    params: WithFileInputs<components["schemas"]["Qwen3EditImage"], "source_image_urls"> | WithFileInputs<components["schemas"]["Qwen3ProEditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "text_to_image": {
    params: components["schemas"]["Qwen3ProTextToImage"] | components["schemas"]["Qwen3TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Qwen 3 that name one variant (client.create/run take these). */
export type Qwen3Model = keyof Qwen3Models;

/** The request parameters of one Qwen 3 variant (of any, when no model is given). */
export type Qwen3Params<Model extends Qwen3Model = Qwen3Model> = Qwen3Models[Model]["params"];
