// Generated from specs/flux-kontext.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"string","enum":["21:9","16:9","4:3","1:1","3:4","9:16"]};
const p2: InputSchema = {"type":"string","enum":["jpeg","png"]};
const p3: InputSchema = {"type":"string","file":true};
const p4: InputSchema = {"type":"boolean"};
const p5: InputSchema = {"type":"integer"};
const p6: InputSchema = {"type":"string","pattern":"^https?://"};

/** Every Flux Kontext variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "flux-kontext",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "flux-kontext-max",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/flux_kontext/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":10},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"flux-kontext-max"}, "prompt": p0, "aspect_ratio": p1, "output_format": p2, "source_image_url": p3, "enable_translation": p4, "enable_prompt_expansion": p4, "safety_tolerance": p5, "watermark": p0, "callback_url": p6 } },
    },
    {
      model: "flux-kontext-pro",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/flux_kontext/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":5},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"flux-kontext-pro"}, "prompt": p0, "aspect_ratio": p1, "output_format": p2, "source_image_url": p3, "enable_translation": p4, "enable_prompt_expansion": p4, "safety_tolerance": p5, "watermark": p0, "callback_url": p6 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type FluxKontextModels = {
  "flux-kontext-max": {
    params: WithFileInputs<components["schemas"]["FluxKontextMaxTextToImage"], "source_image_url">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "flux-kontext-pro": {
    params: WithFileInputs<components["schemas"]["FluxKontextProTextToImage"], "source_image_url">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type FluxKontextActions = {
  "text_to_image": {
    params: WithFileInputs<components["schemas"]["FluxKontextMaxTextToImage"], "source_image_url"> | WithFileInputs<components["schemas"]["FluxKontextProTextToImage"], "source_image_url">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Flux Kontext that name one variant (client.create/run take these). */
export type FluxKontextModel = keyof FluxKontextModels;

/** The request parameters of one Flux Kontext variant (of any, when no model is given). */
export type FluxKontextParams<Model extends FluxKontextModel = FluxKontextModel> = FluxKontextModels[Model]["params"];
