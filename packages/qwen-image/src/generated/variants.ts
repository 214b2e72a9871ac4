// Generated from specs/qwen-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"string","enum":["1:1","3:4","9:16","4:3","16:9"],"default":"1:1"};
const p2: InputSchema = {"type":"string","enum":["png","jpeg"],"default":"png"};
const p3: InputSchema = {"type":"integer"};
const p4: InputSchema = {"type":"string","pattern":"^https?://"};
const p5: InputSchema = {"type":"string","minLength":1,"maxLength":5000};

/** Every Qwen Image variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "qwen-image",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "qwen-image-edit-image",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/qwen_image/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_url"], "properties": { "model": {"type":"string","const":"qwen-image-edit-image"}, "prompt": {"type":"string","minLength":1,"maxLength":2000}, "source_image_url": p0, "aspect_ratio": p1, "output_format": p2, "seed": p3, "callback_url": p4 } },
    },
    {
      model: "qwen-image-remix-image",
      action: "remix_image",
      method: "POST",
      path: "/api/v1/qwen_image/remix_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_url"], "properties": { "model": {"type":"string","const":"qwen-image-remix-image"}, "prompt": p5, "source_image_url": p0, "strength": {"type":"number","default":0.8,"minimum":0,"maximum":1}, "output_format": p2, "seed": p3, "callback_url": p4 } },
    },
    {
      model: "qwen-image-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/qwen_image/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"qwen-image-text-to-image"}, "prompt": p5, "aspect_ratio": p1, "seed": p3, "output_format": p2, "callback_url": p4 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type QwenImageModels = {
  "qwen-image-edit-image": {
    params: WithFileInputs<components["schemas"]["QwenImageEditImage"], "source_image_url">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "unknown";
  };
  "qwen-image-remix-image": {
    params: WithFileInputs<components["schemas"]["QwenImageRemixImage"], "source_image_url">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
    cost: "unknown";
  };
  "qwen-image-text-to-image": {
    params: components["schemas"]["QwenImageTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "unknown";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type QwenImageActions = {
  "edit_image": {
    params: WithFileInputs<components["schemas"]["QwenImageEditImage"], "source_image_url">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "remix_image": {
    params: WithFileInputs<components["schemas"]["QwenImageRemixImage"], "source_image_url">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
  };
  "text_to_image": {
    params: components["schemas"]["QwenImageTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Qwen Image that name one variant (client.create/run take these). */
export type QwenImageModel = keyof QwenImageModels;

/** The request parameters of one Qwen Image variant (of any, when no model is given). */
export type QwenImageParams<Model extends QwenImageModel = QwenImageModel> = QwenImageModels[Model]["params"];
