// Generated from specs/z-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];



/** Every Z Image variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "z-image",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "z-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/z_image/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":1},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","aspect_ratio"], "properties": { "model": {"type":"string","const":"z-image"}, "prompt": {"type":"string","minLength":1,"maxLength":1000}, "aspect_ratio": {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16"]}, "enable_safety_checker": {"type":"boolean"}, "callback_url": {"type":"string","pattern":"^https?://"} } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type ZImageModels = {
  "z-image": {
    params: components["schemas"]["ZImageTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type ZImageActions = {
  "text_to_image": {
    params: components["schemas"]["ZImageTextToImage"];
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
};

/** The model ids of Z Image that name one variant (client.create/run take these). */
export type ZImageModel = keyof ZImageModels;

/** The request parameters of one Z Image variant (of any, when no model is given). */
export type ZImageParams<Model extends ZImageModel = ZImageModel> = ZImageModels[Model]["params"];
