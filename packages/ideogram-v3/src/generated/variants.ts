// Generated from specs/ideogram-v3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"string","file":true};
const p2: InputSchema = {"type":"string","enum":["turbo","balanced","quality"]};
const p3: InputSchema = {"type":"string","enum":["auto","realistic","fiction"]};
const p4: InputSchema = {"type":"boolean"};
const p5: InputSchema = {"type":"integer","enum":[1,2,3,4]};
const p6: InputSchema = {"type":"integer"};
const p7: InputSchema = {"type":"array","items":{"type":"string"},"file":true};
const p8: InputSchema = {"type":"string","pattern":"^https?://"};
const p9: InputSchema = {"type":"string","enum":["1:1","3:4","9:16","4:3","16:9"]};
const p10: InputSchema = {"type":"string","enum":["auto","general","realistic","design"]};
const p11: InputSchema = {"type":"number"};

/** Every Ideogram V3 variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "ideogram-v3",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "ideogram-v3-character-edit",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/ideogram_v3/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":18,"by":{"rendering_speed":{"turbo":12,"balanced":18,"quality":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","mask_url","reference_image_urls"], "properties": { "model": {"type":"string","const":"ideogram-v3-character-edit"}, "prompt": p0, "source_image_url": p1, "mask_url": p1, "rendering_speed": p2, "style": p3, "enable_prompt_expansion": p4, "output_count": p5, "seed": p6, "reference_image_urls": p7, "callback_url": p8 } },
    },
    {
      model: "ideogram-v3-edit",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/ideogram_v3/edit_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7,"by":{"rendering_speed":{"turbo":3.5,"balanced":7,"quality":10}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","mask_url"], "properties": { "model": {"type":"string","const":"ideogram-v3-edit"}, "prompt": p0, "source_image_url": p1, "mask_url": p1, "rendering_speed": p2, "style": p0, "enable_prompt_expansion": p4, "output_count": p5, "seed": p6, "reference_image_urls": p7, "callback_url": p8 } },
    },
    {
      model: "ideogram-v3-reframe",
      action: "reframe_image",
      method: "POST",
      path: "/api/v1/ideogram_v3/reframe_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7,"by":{"rendering_speed":{"turbo":3.5,"balanced":7,"quality":10}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": {"type":"string","const":"ideogram-v3-reframe"}, "source_image_url": p1, "aspect_ratio": p9, "rendering_speed": p2, "style": p10, "output_count": p5, "seed": p6, "callback_url": p8 } },
    },
    {
      model: "ideogram-v3-character-remix",
      action: "remix_image",
      method: "POST",
      path: "/api/v1/ideogram_v3/remix_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":18,"by":{"rendering_speed":{"turbo":12,"balanced":18,"quality":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","reference_image_urls"], "properties": { "model": {"type":"string","const":"ideogram-v3-character-remix"}, "prompt": p0, "source_image_url": p1, "rendering_speed": p2, "style": p3, "enable_prompt_expansion": p4, "aspect_ratio": p9, "output_count": p5, "seed": p6, "strength": p11, "negative_prompt": p0, "reference_image_urls": p7, "style_reference_image_urls": p7, "reference_mask_urls": p7, "callback_url": p8 } },
    },
    {
      model: "ideogram-v3-remix",
      action: "remix_image",
      method: "POST",
      path: "/api/v1/ideogram_v3/remix_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7,"by":{"rendering_speed":{"turbo":3.5,"balanced":7,"quality":10}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url"], "properties": { "model": {"type":"string","const":"ideogram-v3-remix"}, "prompt": p0, "source_image_url": p1, "rendering_speed": p2, "style": p10, "enable_prompt_expansion": p4, "aspect_ratio": p9, "output_count": p5, "seed": p6, "strength": p11, "negative_prompt": p0, "reference_image_urls": p7, "style_reference_image_urls": p7, "reference_mask_urls": p7, "callback_url": p8 } },
    },
    {
      model: "ideogram-v3-character",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/ideogram_v3/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":18,"by":{"rendering_speed":{"turbo":12,"balanced":18,"quality":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","reference_image_urls"], "properties": { "model": {"type":"string","const":"ideogram-v3-character"}, "prompt": p0, "rendering_speed": p2, "style": p3, "enable_prompt_expansion": p4, "aspect_ratio": p9, "output_count": p5, "seed": p6, "negative_prompt": p0, "reference_image_urls": p7, "callback_url": p8 } },
    },
    {
      model: "ideogram-v3-text-to-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/ideogram_v3/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":7,"by":{"rendering_speed":{"turbo":3.5,"balanced":7,"quality":10}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"ideogram-v3-text-to-image"}, "prompt": p0, "rendering_speed": p2, "style": p10, "enable_prompt_expansion": p4, "aspect_ratio": p9, "output_count": p5, "seed": p6, "negative_prompt": p0, "reference_image_urls": p7, "callback_url": p8 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type IdeogramV3Models = {
  "ideogram-v3-character-edit": {
    params: WithFileInputs<components["schemas"]["IdeogramV3CharacterEditEditImage"], "source_image_url" | "mask_url" | "reference_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "ideogram-v3-edit": {
    params: WithFileInputs<components["schemas"]["IdeogramV3EditEditImage"], "source_image_url" | "mask_url" | "reference_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
    cost: "exact";
  };
  "ideogram-v3-reframe": {
    params: WithFileInputs<components["schemas"]["IdeogramV3ReframeReframeImage"], "source_image_url">;
    created: Answer<"createReframeImage">;
    task: Answer<"getReframeImage">;
    cost: "exact";
  };
  "ideogram-v3-character-remix": {
    params: WithFileInputs<components["schemas"]["IdeogramV3CharacterRemixRemixImage"], "source_image_url" | "reference_image_urls" | "style_reference_image_urls" | "reference_mask_urls">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
    cost: "exact";
  };
  "ideogram-v3-remix": {
    params: WithFileInputs<components["schemas"]["IdeogramV3RemixRemixImage"], "source_image_url" | "reference_image_urls" | "style_reference_image_urls" | "reference_mask_urls">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
    cost: "exact";
  };
  "ideogram-v3-character": {
    params: WithFileInputs<components["schemas"]["IdeogramV3CharacterTextToImage"], "reference_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "ideogram-v3-text-to-image": {
    params: WithFileInputs<components["schemas"]["IdeogramV3TextToImage"], "reference_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type IdeogramV3Actions = {
  "edit_image": {
    params: WithFileInputs<components["schemas"]["IdeogramV3CharacterEditEditImage"], "source_image_url" | "mask_url" | "reference_image_urls"> | WithFileInputs<components["schemas"]["IdeogramV3EditEditImage"], "source_image_url" | "mask_url" | "reference_image_urls">;
    created: Answer<"createEditImage">;
    task: Answer<"getEditImage">;
  };
  "reframe_image": {
    params: WithFileInputs<components["schemas"]["IdeogramV3ReframeReframeImage"], "source_image_url">;
    created: Answer<"createReframeImage">;
    task: Answer<"getReframeImage">;
  };
  "remix_image": {
    params: WithFileInputs<components["schemas"]["IdeogramV3CharacterRemixRemixImage"], "source_image_url" | "reference_image_urls" | "style_reference_image_urls" | "reference_mask_urls"> | WithFileInputs<components["schemas"]["IdeogramV3RemixRemixImage"], "source_image_url" | "reference_image_urls" | "style_reference_image_urls" | "reference_mask_urls">;
    created: Answer<"createRemixImage">;
    task: Answer<"getRemixImage">;
  };
  "text_to_image": {
    params: WithFileInputs<components["schemas"]["IdeogramV3CharacterTextToImage"], "reference_image_urls"> | WithFileInputs<components["schemas"]["IdeogramV3TextToImage"], "reference_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Ideogram V3 that name one variant (client.create/run take these). */
export type IdeogramV3Model = keyof IdeogramV3Models;

/** The request parameters of one Ideogram V3 variant (of any, when no model is given). */
export type IdeogramV3Params<Model extends IdeogramV3Model = IdeogramV3Model> = IdeogramV3Models[Model]["params"];
