// Generated from specs/seedance.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string"};
const p1: InputSchema = {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16","21:9"]};
const p2: InputSchema = {"type":"string","enum":["480p","720p","1080p"]};
const p3: InputSchema = {"type":"boolean"};
const p4: InputSchema = {"type":"integer","minimum":-1,"maximum":2147483647};
const p5: InputSchema = {"type":"string","pattern":"^https?://"};
const p6: InputSchema = {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16","21:9","auto"]};
const p7: InputSchema = {"type":"string","enum":["480p","720p"]};
const p8: InputSchema = {"type":"integer","default":5,"minimum":4,"maximum":15};
const p9: InputSchema = {"type":"string","file":true};
const p10: InputSchema = {"type":"array","maxItems":9,"items":{"type":"string"},"file":true};
const p11: InputSchema = {"type":"array","maxItems":3,"items":{"type":"string"},"file":true};
const p12: InputSchema = {"type":"array","maxItems":10,"items":{"type":"string"},"file":true};
const p13: InputSchema = {"type":"integer","enum":[5,10]};

/** Every Seedance variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "seedance",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "seedance-1.5-pro",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/seedance/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":15,"keys":["generate_audio","output_resolution"],"matrix":{"false":{"480p":1.75,"720p":3.5,"1080p":7.5},"true":{"480p":3.5,"720p":7,"1080p":15}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","duration_seconds"], "properties": { "model": {"type":"string","const":"seedance-1.5-pro"}, "prompt": p0, "aspect_ratio": p1, "output_resolution": p2, "duration_seconds": {"type":"integer","minimum":4,"maximum":12}, "generate_audio": p3, "enable_safety_checker": p3, "source_image_urls": {"type":"array","maxItems":2,"items":{"type":"string"},"file":true}, "lock_camera": p3, "seed": p4, "callback_url": p5 } },
    },
    {
      model: "seedance-2-mini",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/seedance/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"seedance-2-mini"}, "prompt": p0, "aspect_ratio": p6, "output_resolution": p7, "duration_seconds": p8, "generate_audio": p3, "first_frame_image_url": p9, "last_frame_image_url": p9, "reference_image_urls": p10, "reference_video_urls": p11, "reference_audio_urls": p11, "web_search": p3, "callback_url": p5 } },
    },
    {
      model: "seedance-2.0",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/seedance/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"seedance-2.0"}, "prompt": p0, "aspect_ratio": p6, "output_resolution": {"type":"string","enum":["480p","720p","1080p","4k"]}, "duration_seconds": p8, "generate_audio": p3, "enable_safety_checker": p3, "first_frame_image_url": p9, "last_frame_image_url": p9, "reference_image_urls": p10, "reference_video_urls": p11, "reference_audio_urls": p11, "web_search": p3, "callback_url": p5 } },
    },
    {
      model: "seedance-2.0-fast",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/seedance/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"seedance-2.0-fast"}, "prompt": p0, "aspect_ratio": p6, "output_resolution": p7, "duration_seconds": p8, "generate_audio": p3, "enable_safety_checker": p3, "first_frame_image_url": p9, "last_frame_image_url": p9, "reference_image_urls": p10, "reference_video_urls": p11, "reference_audio_urls": p11, "web_search": p3, "callback_url": p5 } },
    },
    {
      model: "seedance-2.5",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/seedance/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"seedance-2.5"}, "prompt": {"type":"string","minLength":3,"maxLength":30000}, "aspect_ratio": {"type":"string","enum":["1:1","4:3","3:4","16:9","9:16","21:9","auto"],"default":"auto"}, "output_resolution": {"type":"string","enum":["480p","720p","1080p"],"default":"720p"}, "duration_seconds": {"type":"integer","enum":[-1,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30],"default":5}, "generate_audio": {"type":"boolean","default":true}, "enable_safety_checker": p3, "return_last_frame": {"type":"boolean","default":false}, "output_format": {"type":"string","enum":["mp4","mov"],"default":"mp4"}, "first_frame_image_url": p9, "last_frame_image_url": p9, "reference_image_urls": {"type":"array","maxItems":30,"items":{"type":"string"},"file":true}, "reference_video_urls": p12, "reference_audio_urls": p12, "web_search": p3, "callback_url": p5 }, "rules": [{"when":{"model":"seedance-2.5","first_frame_image_url":{"present":true}},"forbidden":["reference_image_urls","reference_video_urls","reference_audio_urls"]}, {"when":{"model":"seedance-2.5","last_frame_image_url":{"present":true}},"required":["first_frame_image_url"],"forbidden":["reference_image_urls","reference_video_urls","reference_audio_urls"]}] },
    },
    {
      model: "seedance-v1-pro",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/seedance/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":3,"by":{"output_resolution":{"480p":0.56,"720p":1.2,"1080p":2.8}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","duration_seconds"], "properties": { "model": {"type":"string","const":"seedance-v1-pro"}, "prompt": p0, "aspect_ratio": p1, "output_resolution": p2, "duration_seconds": p13, "enable_safety_checker": p3, "lock_camera": p3, "first_frame_image_url": p9, "seed": {"type":"integer"}, "callback_url": p5 } },
    },
    {
      model: "seedance-v1-pro-fast",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/seedance/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":2,"by":{"output_resolution":{"720p":0.64,"1080p":1.44}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","duration_seconds","first_frame_image_url"], "properties": { "model": {"type":"string","const":"seedance-v1-pro-fast"}, "prompt": p0, "output_resolution": {"type":"string","enum":["720p","1080p"]}, "duration_seconds": p13, "enable_safety_checker": p3, "first_frame_image_url": p9, "seed": p4, "callback_url": p5 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type SeedanceModels = {
  "seedance-1.5-pro": {
    params: WithFileInputs<components["schemas"]["Seedance15ProTextToVideo"], "source_image_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "seedance-2-mini": {
    params: WithFileInputs<components["schemas"]["Seedance2MiniTextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls" | "reference_video_urls" | "reference_audio_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "unknown";
  };
  "seedance-2.0": {
    params: WithFileInputs<components["schemas"]["Seedance20TextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls" | "reference_video_urls" | "reference_audio_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "unknown";
  };
  "seedance-2.0-fast": {
    params: WithFileInputs<components["schemas"]["Seedance20FastTextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls" | "reference_video_urls" | "reference_audio_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "unknown";
  };
  "seedance-2.5": {
    params: WithFileInputs<components["schemas"]["Seedance25TextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls" | "reference_video_urls" | "reference_audio_urls">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "unknown";
  };
  "seedance-v1-pro": {
    params: WithFileInputs<components["schemas"]["SeedanceV1ProTextToVideo"], "first_frame_image_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "seedance-v1-pro-fast": {
    params: WithFileInputs<components["schemas"]["SeedanceV1ProFastTextToVideo"], "first_frame_image_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type SeedanceActions = {
  "text_to_video": {
    params: WithFileInputs<components["schemas"]["Seedance15ProTextToVideo"], "source_image_urls"> | WithFileInputs<components["schemas"]["Seedance2MiniTextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls" | "reference_video_urls" | "reference_audio_urls"> | WithFileInputs<components["schemas"]["Seedance20TextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls" | "reference_video_urls" | "reference_audio_urls"> | WithFileInputs<components["schemas"]["Seedance20FastTextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls" | "reference_video_urls" | "reference_audio_urls"> | WithFileInputs<components["schemas"]["Seedance25TextToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls" | "reference_video_urls" | "reference_audio_urls"> | WithFileInputs<components["schemas"]["SeedanceV1ProTextToVideo"], "first_frame_image_url"> | WithFileInputs<components["schemas"]["SeedanceV1ProFastTextToVideo"], "first_frame_image_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
};

/** The model ids of Seedance that name one variant (client.create/run take these). */
export type SeedanceModel = keyof SeedanceModels;

/** The request parameters of one Seedance variant (of any, when no model is given). */
export type SeedanceParams<Model extends SeedanceModel = SeedanceModel> = SeedanceModels[Model]["params"];
