// Generated from specs/imagen-4.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"string","pattern":"^https?://"};
const p2: InputSchema = {"type":"string","enum":["1:1","16:9","9:16","3:4","4:3"]};
const p3: InputSchema = {"type":"integer"};

/** Every Imagen 4 variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "imagen-4",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "imagen-4-pro-remix-image",
      action: "remix_image",
      method: "POST",
      path: "/api/v1/imagen_4/remix_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":18,"by":{"output_resolution":{"1k":18,"2k":18,"4k":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_urls"], "properties": { "model": {"type":"string","const":"imagen-4-pro-remix-image"}, "prompt": p0, "source_image_urls": {"type":"array","minItems":1,"maxItems":8,"items":{"type":"string"},"file":true}, "aspect_ratio": {"type":"string","enum":["1:1","2:3","3:2","3:4","4:3","4:5","5:4","9:16","16:9","21:9","auto"]}, "output_resolution": {"type":"string","enum":["1k","2k","4k"]}, "output_format": {"type":"string","enum":["png","jpg"]}, "callback_url": p1 } },
    },
    {
      model: "imagen-4",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/imagen_4/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":8},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"imagen-4"}, "prompt": p0, "negative_prompt": p0, "aspect_ratio": p2, "seed": p3, "callback_url": p1 } },
    },
    {
      model: "imagen-4-fast",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/imagen_4/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":4},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"imagen-4-fast"}, "prompt": p0, "negative_prompt": p0, "aspect_ratio": {"type":"string","enum":["1:1","16:9","9:16","3:4","4:3","auto"]}, "seed": p3, "callback_url": p1 } },
    },
    {
      model: "imagen-4-ultra",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/imagen_4/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"imagen-4-ultra"}, "prompt": p0, "negative_prompt": p0, "aspect_ratio": p2, "seed": p3, "callback_url": p1 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type Imagen4Models = {
  "imagen-4-pro-remix-image": {
    params: WithFileInputs<components["schemas"]["Imagen4ProRemixImage"], "source_image_urls">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
    cost: "exact";
  };
  "imagen-4": {
    params: components["schemas"]["Imagen4TextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "imagen-4-fast": {
    params: components["schemas"]["Imagen4FastTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "imagen-4-ultra": {
    params: components["schemas"]["Imagen4UltraTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type Imagen4Actions = {
  "remix_image": {
    params: WithFileInputs<components["schemas"]["Imagen4ProRemixImage"], "source_image_urls">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
  };
  "text_to_image": {
    params: components["schemas"]["Imagen4TextToImage"] | components["schemas"]["Imagen4FastTextToImage"] | components["schemas"]["Imagen4UltraTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Imagen 4 that name one variant (client.create/run take these). */
export type Imagen4Model = keyof Imagen4Models;

/** The request parameters of one Imagen 4 variant (of any, when no model is given). */
export type Imagen4Params<Model extends Imagen4Model = Imagen4Model> = Imagen4Models[Model]["params"];
