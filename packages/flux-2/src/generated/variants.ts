// Generated from specs/flux-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","minLength":3,"maxLength":5000};
const p1: InputSchema = {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16","3:2","2:3"],"default":"1:1"};
const p2: InputSchema = {"type":"string","enum":["1k","2k"],"default":"1k"};
const p3: InputSchema = {"type":"boolean"};
const p4: InputSchema = {"type":"string","pattern":"^https?://"};
const p5: InputSchema = {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16","3:2","2:3"]};
const p6: InputSchema = {"type":"string","enum":["1k"],"default":"1k"};
const p7: InputSchema = {"type":"integer","enum":[1],"default":1};
const p8: InputSchema = {"type":"array","minItems":1,"maxItems":8,"items":{"type":"string","pattern":"^https?://"},"file":true};
const p9: InputSchema = {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16","3:2","2:3","auto"],"default":"1:1"};
const p10: InputSchema = {"type":"array","minItems":1,"maxItems":8,"items":{"type":"string"},"file":true};
const p11: InputSchema = {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16","3:2","2:3","auto"]};
const p12: InputSchema = {"type":"string","enum":["1k","2k"]};

/** Every Flux 2 variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "flux-2",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "flux-2-pro-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/flux_2/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":5,"by":{"output_resolution":{"1k":5,"2k":7}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"flux-2-pro-text-to-image"}, "prompt": p0, "aspect_ratio": p1, "output_resolution": p2, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "flux-2-flex-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/flux_2/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":14,"by":{"output_resolution":{"1k":14,"2k":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"flux-2-flex-text-to-image"}, "prompt": p0, "aspect_ratio": p1, "output_resolution": p2, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "flux-2-max-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/flux_2/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","aspect_ratio"], "properties": { "model": {"type":"string","const":"flux-2-max-text-to-image"}, "prompt": p0, "aspect_ratio": p5, "output_resolution": p6, "output_count": p7, "callback_url": p4 } },
    },
    {
      model: "flux-2-pro-image-to-image",
      action: "image_to_image",
      method: "POST",
      path: "/api/v1/flux_2/image_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":5,"by":{"output_resolution":{"1k":5,"2k":7}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_urls"], "properties": { "model": {"type":"string","const":"flux-2-pro-image-to-image"}, "prompt": p0, "source_image_urls": p8, "aspect_ratio": p9, "output_resolution": p2, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "flux-2-flex-image-to-image",
      action: "image_to_image",
      method: "POST",
      path: "/api/v1/flux_2/image_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":14,"by":{"output_resolution":{"1k":14,"2k":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_urls"], "properties": { "model": {"type":"string","const":"flux-2-flex-image-to-image"}, "prompt": p0, "source_image_urls": p8, "aspect_ratio": p9, "output_resolution": p2, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "flux-2-flex-remix-image",
      action: "remix_image",
      method: "POST",
      path: "/api/v1/flux_2/remix_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":14,"by":{"output_resolution":{"1k":14,"2k":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_urls"], "properties": { "model": {"type":"string","const":"flux-2-flex-remix-image"}, "prompt": p0, "source_image_urls": p10, "aspect_ratio": p11, "output_resolution": p12, "enable_safety_checker": p3, "callback_url": p4 } },
    },
    {
      model: "flux-2-max-remix-image",
      action: "remix_image",
      method: "POST",
      path: "/api/v1/flux_2/remix_image",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_urls","aspect_ratio"], "properties": { "model": {"type":"string","const":"flux-2-max-remix-image"}, "prompt": p0, "source_image_urls": {"type":"array","minItems":1,"maxItems":1,"items":{"type":"string"},"file":true}, "aspect_ratio": p5, "output_resolution": p6, "output_count": p7, "callback_url": p4 } },
    },
    {
      model: "flux-2-pro-remix-image",
      action: "remix_image",
      method: "POST",
      path: "/api/v1/flux_2/remix_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":5,"by":{"output_resolution":{"1k":5,"2k":7}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_urls"], "properties": { "model": {"type":"string","const":"flux-2-pro-remix-image"}, "prompt": p0, "source_image_urls": p10, "aspect_ratio": p11, "output_resolution": p12, "enable_safety_checker": p3, "callback_url": p4 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type Flux2Models = {
  "flux-2-pro-text-to-image": {
    params: components["schemas"]["Flux2ProTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "flux-2-flex-text-to-image": {
    params: components["schemas"]["Flux2FlexTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "flux-2-max-text-to-image": {
    params: components["schemas"]["Flux2MaxTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "unknown";
  };
  "flux-2-pro-image-to-image": {
    params: WithFileInputs<components["schemas"]["Flux2ProImageToImage"], "source_image_urls">;
    created: Answer<"createImageToImage">;
    task: Answer<"getImageToImage">;
    cost: "exact";
  };
  "flux-2-flex-image-to-image": {
    params: WithFileInputs<components["schemas"]["Flux2FlexImageToImage"], "source_image_urls">;
    created: Answer<"createImageToImage">;
    task: Answer<"getImageToImage">;
    cost: "exact";
  };
  "flux-2-flex-remix-image": {
    params: WithFileInputs<components["schemas"]["Flux2FlexRemixImage"], "source_image_urls">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
    cost: "exact";
  };
  "flux-2-max-remix-image": {
    params: WithFileInputs<components["schemas"]["Flux2MaxRemixImage"], "source_image_urls">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
    cost: "unknown";
  };
  "flux-2-pro-remix-image": {
    params: WithFileInputs<components["schemas"]["Flux2ProRemixImage"], "source_image_urls">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type Flux2Actions = {
  "text_to_image": {
    params: components["schemas"]["Flux2ProTextToImage"] | components["schemas"]["Flux2FlexTextToImage"] | components["schemas"]["Flux2MaxTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
  "image_to_image": {
    params: WithFileInputs<components["schemas"]["Flux2ProImageToImage"], "source_image_urls"> | WithFileInputs<components["schemas"]["Flux2FlexImageToImage"], "source_image_urls">;
    created: Answer<"createImageToImage">;
    task: Answer<"getImageToImage">;
  };
  "remix_image": {
    params: WithFileInputs<components["schemas"]["Flux2FlexRemixImage"], "source_image_urls"> | WithFileInputs<components["schemas"]["Flux2MaxRemixImage"], "source_image_urls"> | WithFileInputs<components["schemas"]["Flux2ProRemixImage"], "source_image_urls">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
  };
};

/** The model ids of Flux 2 that name one variant (client.create/run take these). */
export type Flux2Model = keyof Flux2Models;

/** The request parameters of one Flux 2 variant (of any, when no model is given). */
export type Flux2Params<Model extends Flux2Model = Flux2Model> = Flux2Models[Model]["params"];
