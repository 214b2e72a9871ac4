// Generated from specs/happyhorse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"string","file":true};
const p2: InputSchema = {"type":"string","enum":["720p","1080p"]};
const p3: InputSchema = {"type":"integer"};
const p4: InputSchema = {"type":"string","pattern":"^https?://"};
const p5: InputSchema = {"type":"array","minItems":1,"maxItems":9,"items":{"type":"string"},"file":true};
const p6: InputSchema = {"type":"string","enum":["16:9","9:16","1:1","4:3","3:4"]};
const p7: InputSchema = {"type":"array","items":{"type":"string"},"file":true};

/** Every HappyHorse variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "happyhorse",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "happyhorse-edit-video",
      action: "edit_video",
      method: "POST",
      path: "/api/v1/happyhorse/edit_video",
      status: "active",
      task: "async",
      price: {"unit":"second","cents":48,"by":{"output_resolution":{"720p":28,"1080p":48}},"duration_source":"videos[0].url"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_video_url"], "properties": { "model": {"type":"string","const":"happyhorse-edit-video"}, "prompt": p0, "source_video_url": p1, "reference_image_urls": {"type":"array","maxItems":5,"items":{"type":"string"},"file":true}, "output_resolution": p2, "audio_setting": {"type":"string","enum":["auto","original"]}, "seed": p3, "callback_url": p4 } },
    },
    {
      model: "happyhorse-1.0-i2v",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/happyhorse/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":54,"by":{"output_resolution":{"720p":31.5,"1080p":54}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","first_frame_image_url"], "properties": { "model": {"type":"string","const":"happyhorse-1.0-i2v"}, "first_frame_image_url": p1, "prompt": p0, "output_resolution": p2, "duration_seconds": p3, "seed": p3, "callback_url": p4 } },
    },
    {
      model: "happyhorse-image-to-video",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/happyhorse/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":48,"by":{"output_resolution":{"720p":28,"1080p":48}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","first_frame_image_url"], "properties": { "model": {"type":"string","const":"happyhorse-image-to-video"}, "first_frame_image_url": p1, "prompt": p0, "output_resolution": p2, "duration_seconds": p3, "seed": p3, "callback_url": p4 } },
    },
    {
      model: "happyhorse-1.0-r2v",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/happyhorse/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":54,"by":{"output_resolution":{"720p":31.5,"1080p":54}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","reference_image_urls"], "properties": { "model": {"type":"string","const":"happyhorse-1.0-r2v"}, "prompt": p0, "reference_image_urls": p5, "output_resolution": p2, "aspect_ratio": p6, "duration_seconds": p3, "seed": p3, "callback_url": p4 } },
    },
    {
      model: "happyhorse-1.0-t2v",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/happyhorse/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":54,"by":{"output_resolution":{"720p":31.5,"1080p":54}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"happyhorse-1.0-t2v"}, "prompt": p0, "reference_image_urls": p7, "output_resolution": p2, "aspect_ratio": p6, "duration_seconds": p3, "seed": p3, "callback_url": p4 } },
    },
    {
      model: "happyhorse-character",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/happyhorse/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":48,"by":{"output_resolution":{"720p":28,"1080p":48}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","reference_image_urls"], "properties": { "model": {"type":"string","const":"happyhorse-character"}, "prompt": p0, "reference_image_urls": p5, "output_resolution": p2, "aspect_ratio": p6, "duration_seconds": p3, "seed": p3, "callback_url": p4 } },
    },
    {
      model: "happyhorse-text-to-video",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/happyhorse/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":48,"by":{"output_resolution":{"720p":28,"1080p":48}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"happyhorse-text-to-video"}, "prompt": p0, "reference_image_urls": p7, "output_resolution": p2, "aspect_ratio": p6, "duration_seconds": p3, "seed": p3, "callback_url": p4 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type HappyhorseModels = {
  "happyhorse-edit-video": {
    params: WithFileInputs<components["schemas"]["HappyhorseEditVideo"], "source_video_url" | "reference_image_urls">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
    cost: "rate";
  };
  "happyhorse-1.0-i2v": {
    params: WithFileInputs<components["schemas"]["Happyhorse10I2vImageToVideo"], "first_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "happyhorse-image-to-video": {
    params: WithFileInputs<components["schemas"]["HappyhorseImageToVideo"], "first_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "happyhorse-1.0-r2v": {
    params: WithFileInputs<components["schemas"]["Happyhorse10R2vTextToVideo"], "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "happyhorse-1.0-t2v": {
    params: WithFileInputs<components["schemas"]["Happyhorse10T2vTextToVideo"], "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "happyhorse-character": {
    params: WithFileInputs<components["schemas"]["HappyhorseCharacterTextToVideo"], "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "happyhorse-text-to-video": {
    params: WithFileInputs<components["schemas"]["HappyhorseTextToVideo"], "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type HappyhorseActions = {
  "edit_video": {
    params: WithFileInputs<components["schemas"]["HappyhorseEditVideo"], "source_video_url" | "reference_image_urls">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
  };
  "image_to_video": {
    params: WithFileInputs<components["schemas"]["Happyhorse10I2vImageToVideo"], "first_frame_image_url"> | WithFileInputs<components["schemas"]["HappyhorseImageToVideo"], "first_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
  };
  "text_to_video": {
    params: WithFileInputs<components["schemas"]["Happyhorse10R2vTextToVideo"], "reference_image_urls"> | WithFileInputs<components["schemas"]["Happyhorse10T2vTextToVideo"], "reference_image_urls"> | WithFileInputs<components["schemas"]["HappyhorseCharacterTextToVideo"], "reference_image_urls"> | WithFileInputs<components["schemas"]["HappyhorseTextToVideo"], "reference_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
};

/** The model ids of HappyHorse that name one variant (client.create/run take these). */
export type HappyhorseModel = keyof HappyhorseModels;

/** The request parameters of one HappyHorse variant (of any, when no model is given). */
export type HappyhorseParams<Model extends HappyhorseModel = HappyhorseModel> = HappyhorseModels[Model]["params"];
