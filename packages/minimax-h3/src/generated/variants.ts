// Generated from specs/minimax-h3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","const":"minimax-h3"};
const p1: InputSchema = {"type":"string","minLength":1,"maxLength":7000};
const p2: InputSchema = {"type":"string","pattern":"^https?://","file":true};
const p3: InputSchema = {"type":"integer","enum":[4,5,6,7,8,9,10,11,12,13,14,15],"default":6};
const p4: InputSchema = {"type":"string","enum":["768p","2k"],"default":"2k"};
const p5: InputSchema = {"type":"string","pattern":"^https?://"};
const p6: InputSchema = {"type":"array","maxItems":3,"items":{"type":"string","pattern":"^https?://"},"file":true};

/** Every MiniMax H3 variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "minimax-h3",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "minimax-h3",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/minimax_h3/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p0, "prompt": p1, "first_frame_image_url": p2, "last_frame_image_url": p2, "duration_seconds": p3, "output_resolution": p4, "callback_url": p5 }, "rules": [{"requiredAny":["first_frame_image_url","last_frame_image_url"]}] },
    },
    {
      model: "minimax-h3",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/minimax_h3/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p0, "prompt": p1, "duration_seconds": p3, "output_resolution": p4, "aspect_ratio": {"type":"string","enum":["adaptive","21:9","16:9","4:3","1:1","3:4","9:16"]}, "reference_image_urls": {"type":"array","maxItems":9,"items":{"type":"string","pattern":"^https?://"},"file":true}, "reference_video_urls": p6, "reference_audio_urls": p6, "callback_url": p5 }, "rules": [{"when":{"reference_audio_urls":{"present":true}},"requiredAny":["reference_image_urls","reference_video_urls"]}, {"when":{"reference_image_urls":{"present":false},"reference_video_urls":{"present":false}},"required":["aspect_ratio"],"enum":{"aspect_ratio":["21:9","16:9","4:3","1:1","3:4","9:16"]}}] },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type MinimaxH3Models = {

};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type MinimaxH3Actions = {
  "image_to_video": {
    params: WithFileInputs<components["schemas"]["MinimaxH3ImageToVideo"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
  };
  "text_to_video": {
    params: WithFileInputs<components["schemas"]["MinimaxH3TextToVideo"], "reference_image_urls" | "reference_video_urls" | "reference_audio_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
};

/** The model ids of MiniMax H3 that name one variant (client.create/run take these). */
export type MinimaxH3Model = keyof MinimaxH3Models;

/** The request parameters of one MiniMax H3 variant (of any, when no model is given). */
export type MinimaxH3Params<Model extends MinimaxH3Model = MinimaxH3Model> = MinimaxH3Models[Model]["params"];
