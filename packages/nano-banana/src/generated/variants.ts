// Generated from specs/nano-banana.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","const":"nano-banana-2-lite"};
const p1: InputSchema = {"type":"string","minLength":1,"maxLength":20000};
const p2: InputSchema = {"type":"string","enum":["1:1","1:4","1:8","2:3","3:2","3:4","4:1","4:3","4:5","5:4","8:1","9:16","16:9","21:9","auto"],"default":"auto"};
const p3: InputSchema = {"type":"string","pattern":"^https?://"};
const p4: InputSchema = {"type":"string"};
const p5: InputSchema = {"type":"string","enum":["1:1","9:16","16:9","3:4","4:3","3:2","2:3","5:4","4:5","21:9","auto"]};
const p6: InputSchema = {"type":"array","items":{"type":"string"},"file":true};
const p7: InputSchema = {"type":"string","enum":["png","jpeg","jpg"]};
const p8: InputSchema = {"type":"string","enum":["1k","2k","4k"]};

/** Every Nano Banana variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "nano-banana",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "nano-banana-2-lite",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/nano_banana/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":4},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","aspect_ratio","source_image_urls"], "properties": { "model": p0, "prompt": p1, "aspect_ratio": p2, "source_image_urls": {"type":"array","minItems":1,"maxItems":10,"items":{"type":"string"},"file":true}, "callback_url": p3 } },
    },
    {
      model: "nano-banana-edit",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/nano_banana/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":4},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_urls"], "properties": { "model": {"type":"string","const":"nano-banana-edit"}, "prompt": p4, "output_format": {"type":"string","enum":["png","jpeg"]}, "aspect_ratio": p5, "source_image_urls": p6, "callback_url": p3 } },
    },
    {
      model: "nano-banana",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/nano_banana/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":4},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"nano-banana"}, "prompt": p4, "output_format": p7, "aspect_ratio": p5, "output_resolution": p4, "reference_image_urls": p6, "callback_url": p3 } },
    },
    {
      model: "nano-banana-2",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/nano_banana/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":8,"by":{"output_resolution":{"1k":8,"2k":12,"4k":18}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"nano-banana-2"}, "prompt": p4, "output_format": p7, "aspect_ratio": {"type":"string","enum":["1:1","1:4","1:8","2:3","3:2","3:4","4:1","4:3","4:5","5:4","8:1","9:16","16:9","21:9","auto"]}, "output_resolution": p8, "reference_image_urls": p6, "callback_url": p3 } },
    },
    {
      model: "nano-banana-2-lite",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/nano_banana/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":3},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","aspect_ratio"], "properties": { "model": p0, "prompt": p1, "aspect_ratio": p2, "reference_image_urls": {"type":"array","maxItems":10,"items":{"type":"string"},"file":true}, "callback_url": p3 } },
    },
    {
      model: "nano-banana-pro",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/nano_banana/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":18,"by":{"output_resolution":{"1k":18,"2k":18,"4k":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"nano-banana-pro"}, "prompt": p4, "output_format": p7, "aspect_ratio": {"type":"string","enum":["1:1","2:3","3:2","3:4","4:3","4:5","5:4","9:16","16:9","21:9","auto"]}, "output_resolution": p8, "reference_image_urls": p6, "callback_url": p3 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type NanoBananaModels = {
  "nano-banana-edit": {
    params: WithFileInputs<components["schemas"]["NanoBananaEditEditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "nano-banana": {
    params: WithFileInputs<components["schemas"]["NanoBananaTextToImage"], "reference_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "nano-banana-2": {
    params: WithFileInputs<components["schemas"]["NanoBanana2TextToImage"], "reference_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "nano-banana-pro": {
    params: WithFileInputs<components["schemas"]["NanoBananaProTextToImage"], "reference_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type NanoBananaActions = {
  "edit_image": {
    params: WithFileInputs<components["schemas"]["NanoBanana2LiteEditImage"], "source_image_urls"> | WithFileInputs<components["schemas"]["NanoBananaEditEditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "text_to_image": {
    params: WithFileInputs<components["schemas"]["NanoBananaTextToImage"], "reference_image_urls"> | WithFileInputs<components["schemas"]["NanoBanana2TextToImage"], "reference_image_urls"> | WithFileInputs<components["schemas"]["NanoBanana2LiteTextToImage"], "reference_image_urls"> | WithFileInputs<components["schemas"]["NanoBananaProTextToImage"], "reference_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Nano Banana that name one variant (client.create/run take these). */
export type NanoBananaModel = keyof NanoBananaModels;

/** The request parameters of one Nano Banana variant (of any, when no model is given). */
export type NanoBananaParams<Model extends NanoBananaModel = NanoBananaModel> = NanoBananaModels[Model]["params"];
