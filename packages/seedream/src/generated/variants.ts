// Generated from specs/seedream.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","pattern":"^https?://"};
const p1: InputSchema = {"type":"string"};
const p2: InputSchema = {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16","2:3","3:2","21:9"]};
const p3: InputSchema = {"type":"string","enum":["basic","high"]};
const p4: InputSchema = {"type":"array","minItems":1,"maxItems":14,"items":{"type":"string"},"file":true};
const p5: InputSchema = {"type":"integer"};
const p6: InputSchema = {"type":"boolean"};
const p7: InputSchema = {"type":"string","enum":["basic","high","ultra"]};
const p8: InputSchema = {"type":"string","enum":["png","jpeg"],"default":"png"};
const p9: InputSchema = {"type":"string","minLength":3,"maxLength":5000};
const p10: InputSchema = {"type":"array","minItems":1,"maxItems":10,"items":{"type":"string"},"file":true};
const p11: InputSchema = {"type":"string","enum":["1:1","4:3","3:4","3:2","2:3","16:9","9:16","21:9"]};
const p12: InputSchema = {"type":"string","enum":["1k","2k","4k"]};
const p13: InputSchema = {"type":"integer","enum":[1,2,3,4,5,6]};

/** Every Seedream variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "seedream",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "seedream-5-pro-layer-decomposition",
      action: "decompose_layers",
      method: "POST",
      path: "/api/v1/seedream/decompose_layers",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","image_url"], "properties": { "model": {"type":"string","const":"seedream-5-pro-layer-decomposition"}, "image_url": {"type":"string","pattern":"^https?://","file":true}, "prompt": {"type":"string","maxLength":5000}, "size": {"type":"string","enum":["auto","1K","1.5K","2K"],"default":"auto"}, "output_format": {"type":"string","enum":["png","jpeg"],"default":"jpeg"}, "callback_url": p0 } },
    },
    {
      model: "seedream-4.5-edit",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/seedream/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7},
      input: { "type": "object", "additionalProperties": false, "required": ["model","aspect_ratio","output_quality","source_image_urls"], "properties": { "model": {"type":"string","const":"seedream-4.5-edit"}, "prompt": p1, "aspect_ratio": p2, "output_quality": p3, "source_image_urls": p4, "output_resolution": p1, "output_count": p5, "seed": p5, "enable_safety_checker": p6, "callback_url": p0 } },
    },
    {
      model: "seedream-5-lite-edit",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/seedream/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":6},
      input: { "type": "object", "additionalProperties": false, "required": ["model","aspect_ratio","output_quality","source_image_urls"], "properties": { "model": {"type":"string","const":"seedream-5-lite-edit"}, "prompt": p1, "aspect_ratio": p2, "output_quality": p7, "output_format": p8, "source_image_urls": p4, "output_resolution": p1, "output_count": p5, "seed": p5, "enable_safety_checker": p6, "callback_url": p0 } },
    },
    {
      model: "seedream-5-pro-edit",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/seedream/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7,"by":{"output_quality":{"basic":7,"high":14}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","aspect_ratio","output_quality","source_image_urls"], "properties": { "model": {"type":"string","const":"seedream-5-pro-edit"}, "prompt": p9, "aspect_ratio": p2, "output_quality": p3, "output_format": p8, "source_image_urls": p10, "enable_safety_checker": p6, "callback_url": p0 } },
    },
    {
      model: "seedream-v4-edit",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/seedream/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":10,"by":{"output_count":{"1":10,"2":20,"3":30,"4":40,"5":50,"6":60}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_urls"], "properties": { "model": {"type":"string","const":"seedream-v4-edit"}, "prompt": p1, "aspect_ratio": p11, "output_quality": p1, "source_image_urls": p10, "output_resolution": p12, "output_count": p13, "seed": p5, "enable_safety_checker": p6, "callback_url": p0 } },
    },
    {
      model: "seedream-4.5-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/seedream/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7},
      input: { "type": "object", "additionalProperties": false, "required": ["model","aspect_ratio","output_quality"], "properties": { "model": {"type":"string","const":"seedream-4.5-text-to-image"}, "prompt": p1, "aspect_ratio": p2, "output_quality": p3, "output_resolution": p1, "output_count": p5, "seed": p5, "enable_safety_checker": p6, "callback_url": p0 } },
    },
    {
      model: "seedream-5-lite-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/seedream/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":6},
      input: { "type": "object", "additionalProperties": false, "required": ["model","aspect_ratio","output_quality"], "properties": { "model": {"type":"string","const":"seedream-5-lite-text-to-image"}, "prompt": p1, "aspect_ratio": p2, "output_quality": p7, "output_format": p8, "output_resolution": p1, "output_count": p5, "seed": p5, "enable_safety_checker": p6, "callback_url": p0 } },
    },
    {
      model: "seedream-5-pro-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/seedream/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7,"by":{"output_quality":{"basic":7,"high":14}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","aspect_ratio","output_quality"], "properties": { "model": {"type":"string","const":"seedream-5-pro-text-to-image"}, "prompt": p9, "aspect_ratio": p2, "output_quality": p3, "output_format": p8, "enable_safety_checker": p6, "callback_url": p0 } },
    },
    {
      model: "seedream-v4-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/seedream/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":10},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"seedream-v4-text-to-image"}, "prompt": p1, "aspect_ratio": p11, "output_quality": p1, "output_resolution": p12, "output_count": p13, "seed": p5, "enable_safety_checker": p6, "callback_url": p0 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type SeedreamModels = {
  "seedream-5-pro-layer-decomposition": {
    params: WithFileInputs<components["schemas"]["Seedream5ProLayerDecompositionDecomposeLayers"], "image_url">;
    created: Answer<"createDecomposeLayers">;
    task: Answer<"getDecomposeLayers">;
    cost: "unknown";
  };
  "seedream-4.5-edit": {
    params: WithFileInputs<components["schemas"]["Seedream45EditEditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "seedream-5-lite-edit": {
    params: WithFileInputs<components["schemas"]["Seedream5LiteEditEditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "seedream-5-pro-edit": {
    params: WithFileInputs<components["schemas"]["Seedream5ProEditEditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "seedream-v4-edit": {
    params: WithFileInputs<components["schemas"]["SeedreamV4EditEditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "seedream-4.5-text-to-image": {
    params: components["schemas"]["Seedream45TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "seedream-5-lite-text-to-image": {
    params: components["schemas"]["Seedream5LiteTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "seedream-5-pro-text-to-image": {
    params: components["schemas"]["Seedream5ProTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "seedream-v4-text-to-image": {
    params: components["schemas"]["SeedreamV4TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type SeedreamActions = {
  "decompose_layers": {
    params: WithFileInputs<components["schemas"]["Seedream5ProLayerDecompositionDecomposeLayers"], "image_url">;
    created: Answer<"createDecomposeLayers">;
    task: Answer<"getDecomposeLayers">;
  };
  "edit_image": {
    params: WithFileInputs<components["schemas"]["Seedream45EditEditImage"], "source_image_urls"> | WithFileInputs<components["schemas"]["Seedream5LiteEditEditImage"], "source_image_urls"> | WithFileInputs<components["schemas"]["Seedream5ProEditEditImage"], "source_image_urls"> | WithFileInputs<components["schemas"]["SeedreamV4EditEditImage"], "source_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "text_to_image": {
    params: components["schemas"]["Seedream45TextToImage"] | components["schemas"]["Seedream5LiteTextToImage"] | components["schemas"]["Seedream5ProTextToImage"] | components["schemas"]["SeedreamV4TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Seedream that name one variant (client.create/run take these). */
export type SeedreamModel = keyof SeedreamModels;

/** The request parameters of one Seedream variant (of any, when no model is given). */
export type SeedreamParams<Model extends SeedreamModel = SeedreamModel> = SeedreamModels[Model]["params"];
