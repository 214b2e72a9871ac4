// Generated from specs/gpt-4o-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];



/** Every GPT-4o Image variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "gpt-4o-image",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "gpt-4o-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/gpt_4o_image/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":6,"by":{"output_count":{"2":7,"4":8}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","aspect_ratio"], "properties": { "model": {"type":"string","const":"gpt-4o-image"}, "prompt": {"type":"string"}, "aspect_ratio": {"type":"string","enum":["1:1","3:2","2:3"]}, "source_image_urls": {"type":"array","maxItems":5,"items":{"type":"string"},"file":true}, "mask_url": {"type":"string","file":true}, "output_count": {"type":"integer","enum":[1,2,4]}, "enable_prompt_expansion": {"type":"boolean"}, "callback_url": {"type":"string","pattern":"^https?://"} } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type Gpt4oImageModels = {
  "gpt-4o-image": {
    params: WithFileInputs<components["schemas"]["Gpt4oImageTextToImage"], "source_image_urls" | "mask_url">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type Gpt4oImageActions = {
  "text_to_image": {
    params: WithFileInputs<components["schemas"]["Gpt4oImageTextToImage"], "source_image_urls" | "mask_url">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of GPT-4o Image that name one variant (client.create/run take these). */
export type Gpt4oImageModel = keyof Gpt4oImageModels;

/** The request parameters of one GPT-4o Image variant (of any, when no model is given). */
export type Gpt4oImageParams<Model extends Gpt4oImageModel = Gpt4oImageModel> = Gpt4oImageModels[Model]["params"];
