// Generated from specs/flux.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","const":"flux-dev"};
const p1: InputSchema = {"type":"string","minLength":3,"maxLength":5000};
const p2: InputSchema = {"type":"string","file":true};
const p3: InputSchema = {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16","3:2","2:3"],"default":"1:1"};
const p4: InputSchema = {"type":"integer","enum":[1],"default":1};
const p5: InputSchema = {"type":"string","pattern":"^https?://"};
const p6: InputSchema = {"type":"string","const":"flux-pro"};

/** Every Flux variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "flux",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "flux-dev",
      action: "remix_image",
      method: "POST",
      path: "/api/v1/flux/remix_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_url"], "properties": { "model": p0, "prompt": p1, "source_image_url": p2, "aspect_ratio": p3, "output_count": p4, "callback_url": p5 } },
    },
    {
      model: "flux-pro",
      action: "remix_image",
      method: "POST",
      path: "/api/v1/flux/remix_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":10},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","source_image_url"], "properties": { "model": p6, "prompt": p1, "source_image_url": p2, "aspect_ratio": p3, "output_count": p4, "callback_url": p5 } },
    },
    {
      model: "flux-2-klein",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/flux/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":3},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"flux-2-klein"}, "prompt": p1, "aspect_ratio": p3, "output_count": p4, "callback_url": p5 } },
    },
    {
      model: "flux-dev",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/flux/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p0, "prompt": p1, "aspect_ratio": p3, "output_count": p4, "callback_url": p5 } },
    },
    {
      model: "flux-pro",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/flux/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":10},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p6, "prompt": p1, "aspect_ratio": p3, "output_count": p4, "callback_url": p5 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type FluxModels = {
  "flux-2-klein": {
    params: components["schemas"]["Flux2KleinTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type FluxActions = {
  "remix_image": {
    params: WithFileInputs<components["schemas"]["FluxDevRemixImage"], "source_image_url"> | WithFileInputs<components["schemas"]["FluxProRemixImage"], "source_image_url">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
  };
  "text_to_image": {
    params: components["schemas"]["Flux2KleinTextToImage"] | components["schemas"]["FluxDevTextToImage"] | components["schemas"]["FluxProTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Flux that name one variant (client.create/run take these). */
export type FluxModel = keyof FluxModels;

/** The request parameters of one Flux variant (of any, when no model is given). */
export type FluxParams<Model extends FluxModel = FluxModel> = FluxModels[Model]["params"];
