// Generated from specs/wan.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"string","enum":["480p","580p","720p"]};
const p2: InputSchema = {"type":"boolean"};
const p3: InputSchema = {"type":"string","pattern":"^https?://"};
const p4: InputSchema = {"type":"array","items":{"type":"string"},"file":true};
const p5: InputSchema = {"type":"string"};
const p6: InputSchema = {"type":"string","enum":["720p","1080p"]};
const p7: InputSchema = {"type":"integer"};
const p8: InputSchema = {"type":"string","enum":["16:9","9:16","1:1","4:3","3:4"]};
const p9: InputSchema = {"type":"number"};
const p10: InputSchema = {"type":"string","enum":["1:1","16:9","4:3","21:9","3:4","9:16","8:1","1:8"]};
const p11: InputSchema = {"type":"string","enum":["1k","2k","4k"]};
const p12: InputSchema = {"type":"array"};

/** Every Wan variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "wan",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "wan-2.2-animate-move",
      action: "animate",
      method: "POST",
      path: "/api/v1/wan/animate",
      status: "active",
      task: "async",
      price: {"unit":"second","cents":13,"by":{"output_resolution":{"480p":6,"580p":9.5,"720p":12.5}},"duration_source":"videos[0].url"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","reference_video_url"], "properties": { "model": {"type":"string","const":"wan-2.2-animate-move"}, "source_image_url": p0, "reference_video_url": p0, "output_resolution": p1, "enable_safety_checker": p2, "callback_url": p3 } },
    },
    {
      model: "wan-2.2-animate-replace",
      action: "animate",
      method: "POST",
      path: "/api/v1/wan/animate",
      status: "active",
      task: "async",
      price: {"unit":"second","cents":13,"by":{"output_resolution":{"480p":6,"580p":9.5,"720p":12.5}},"duration_source":"videos[0].url"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","reference_video_url"], "properties": { "model": {"type":"string","const":"wan-2.2-animate-replace"}, "source_image_url": p0, "reference_video_url": p0, "output_resolution": p1, "enable_safety_checker": p2, "callback_url": p3 } },
    },
    {
      model: "wan-2.6-edit-video",
      action: "edit_video",
      method: "POST",
      path: "/api/v1/wan/edit_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":14,"by":{"output_resolution":{"720p":14,"1080p":21}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_video_urls","prompt"], "properties": { "model": {"type":"string","const":"wan-2.6-edit-video"}, "source_video_url": p0, "source_video_urls": p4, "prompt": p5, "negative_prompt": p5, "reference_image_url": p0, "output_resolution": p6, "aspect_ratio": p5, "duration_seconds": p7, "audio_setting": p5, "enable_prompt_expansion": p2, "watermark": p2, "seed": p7, "enable_safety_checker": p2, "audio": p2, "multi_shots": p2, "callback_url": p3 } },
    },
    {
      model: "wan-2.6-flash-edit-video",
      action: "edit_video",
      method: "POST",
      path: "/api/v1/wan/edit_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":30,"by":{"audio":{"false":30,"true":60}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_video_urls","prompt"], "properties": { "model": {"type":"string","const":"wan-2.6-flash-edit-video"}, "source_video_url": p0, "source_video_urls": p4, "prompt": p5, "negative_prompt": p5, "reference_image_url": p0, "output_resolution": p5, "aspect_ratio": p5, "duration_seconds": p7, "audio_setting": p5, "enable_prompt_expansion": p2, "watermark": p2, "seed": p7, "enable_safety_checker": p2, "audio": p2, "multi_shots": p2, "callback_url": p3 } },
    },
    {
      model: "wan-2.7-edit-video",
      action: "edit_video",
      method: "POST",
      path: "/api/v1/wan/edit_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":16,"by":{"output_resolution":{"720p":16,"1080p":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_video_url"], "properties": { "model": {"type":"string","const":"wan-2.7-edit-video"}, "source_video_url": p0, "source_video_urls": p4, "prompt": p5, "negative_prompt": p5, "reference_image_url": p0, "output_resolution": p6, "aspect_ratio": p8, "duration_seconds": p7, "audio_setting": p5, "enable_prompt_expansion": p2, "watermark": p2, "seed": p7, "enable_safety_checker": p2, "audio": p2, "callback_url": p3 } },
    },
    {
      model: "wan-2.2-a14b-image-to-video-turbo",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/wan/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":40,"by":{"output_resolution":{"480p":40,"720p":80}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","first_frame_image_url"], "properties": { "model": {"type":"string","const":"wan-2.2-a14b-image-to-video-turbo"}, "prompt": p5, "first_frame_image_url": p0, "last_frame_image_url": p0, "source_video_url": p0, "duration_seconds": p7, "output_resolution": {"type":"string","enum":["480p","720p"]}, "aspect_ratio": p5, "negative_prompt": p5, "enable_prompt_expansion": p2, "seed": p7, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "audio": p2, "driving_audio_url": p0, "background_audio_url": p0, "ratio": p5, "callback_url": p3 } },
    },
    {
      model: "wan-2.5-image-to-video",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/wan/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12,"by":{"output_resolution":{"720p":12,"1080p":20}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","first_frame_image_url","duration_seconds"], "properties": { "model": {"type":"string","const":"wan-2.5-image-to-video"}, "prompt": p5, "first_frame_image_url": p0, "last_frame_image_url": p0, "source_video_url": p0, "duration_seconds": p7, "output_resolution": p6, "aspect_ratio": p5, "negative_prompt": p5, "enable_prompt_expansion": p2, "seed": p7, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "audio": p2, "driving_audio_url": p0, "background_audio_url": p0, "ratio": p5, "callback_url": p3 } },
    },
    {
      model: "wan-2.6-flash-image-to-video",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/wan/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":30,"by":{"audio":{"false":30,"true":60}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url","audio"], "properties": { "model": {"type":"string","const":"wan-2.6-flash-image-to-video"}, "prompt": p5, "first_frame_image_url": p0, "last_frame_image_url": p0, "source_video_url": p0, "duration_seconds": {"type":"integer","enum":[5,10,15],"default":5}, "output_resolution": {"type":"string","enum":["720p","1080p"],"default":"1080p"}, "aspect_ratio": p5, "negative_prompt": p5, "enable_prompt_expansion": p2, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "audio": p2, "multi_shots": p2, "driving_audio_url": p0, "background_audio_url": p0, "ratio": p5, "callback_url": p3 } },
    },
    {
      model: "wan-2.6-image-to-video",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/wan/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":14,"by":{"output_resolution":{"720p":14,"1080p":21}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url"], "properties": { "model": {"type":"string","const":"wan-2.6-image-to-video"}, "prompt": p5, "first_frame_image_url": p0, "last_frame_image_url": p0, "source_video_url": p0, "duration_seconds": p7, "output_resolution": p6, "aspect_ratio": p5, "negative_prompt": p5, "enable_prompt_expansion": p2, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "audio": p2, "multi_shots": p2, "driving_audio_url": p0, "background_audio_url": p0, "ratio": p5, "callback_url": p3 } },
    },
    {
      model: "wan-2.7-image-to-video",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/wan/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":16,"by":{"output_resolution":{"720p":16,"1080p":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"wan-2.7-image-to-video"}, "prompt": p5, "first_frame_image_url": p0, "last_frame_image_url": p0, "source_video_url": p0, "duration_seconds": p7, "output_resolution": p6, "aspect_ratio": p5, "negative_prompt": p5, "enable_prompt_expansion": p2, "seed": p7, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "audio": p2, "driving_audio_url": p0, "background_audio_url": p0, "ratio": p5, "callback_url": p3 } },
    },
    {
      model: "wan-2.2-a14b-speech-to-video-turbo",
      action: "speech_to_video",
      method: "POST",
      path: "/api/v1/wan/speech_to_video",
      status: "active",
      task: "async",
      price: {"unit":"second","cents":24,"by":{"output_resolution":{"480p":12,"580p":18,"720p":24}},"duration_source":"videos[0].url"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","source_audio_url","prompt"], "properties": { "model": {"type":"string","const":"wan-2.2-a14b-speech-to-video-turbo"}, "source_image_url": p0, "source_audio_url": p0, "prompt": p5, "num_frames": p7, "frames_per_second": p7, "output_resolution": p1, "negative_prompt": p5, "seed": p7, "num_inference_steps": p7, "guidance_scale": p9, "shift": p9, "enable_safety_checker": p2, "callback_url": p3 } },
    },
    {
      model: "wan-2.7-image",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/wan/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":5},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"wan-2.7-image"}, "prompt": p5, "aspect_ratio": p10, "output_resolution": p11, "output_count": p7, "enable_sequential": p2, "thinking_mode": p2, "watermark": p2, "seed": p7, "enable_safety_checker": p2, "source_image_urls": p4, "color_palette": p12, "bbox_list": p12, "callback_url": p3 } },
    },
    {
      model: "wan-2.7-image-pro",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/wan/text_to_image",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"wan-2.7-image-pro"}, "prompt": p5, "aspect_ratio": p10, "output_resolution": p11, "output_count": p7, "enable_sequential": p2, "thinking_mode": p2, "watermark": p2, "seed": p7, "enable_safety_checker": p2, "source_image_urls": p4, "color_palette": p12, "bbox_list": p12, "callback_url": p3 } },
    },
    {
      model: "wan-2.2-a14b-text-to-video-turbo",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/wan/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":40,"by":{"output_resolution":{"480p":40,"580p":60,"720p":80}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"wan-2.2-a14b-text-to-video-turbo"}, "prompt": p5, "duration_seconds": p7, "output_resolution": p1, "aspect_ratio": p5, "ratio": p5, "negative_prompt": p5, "reference_image_urls": p4, "reference_video_urls": p4, "first_frame_image_url": p0, "reference_audio_url": p0, "enable_prompt_expansion": p2, "seed": p7, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "background_audio_url": p0, "callback_url": p3 } },
    },
    {
      model: "wan-2.5-text-to-video",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/wan/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12,"by":{"output_resolution":{"720p":12,"1080p":20}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"wan-2.5-text-to-video"}, "prompt": p5, "duration_seconds": p7, "output_resolution": p6, "aspect_ratio": p5, "ratio": p5, "negative_prompt": p5, "reference_image_urls": p4, "reference_video_urls": p4, "first_frame_image_url": p0, "reference_audio_url": p0, "enable_prompt_expansion": p2, "seed": p7, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "background_audio_url": p0, "callback_url": p3 } },
    },
    {
      model: "wan-2.6-text-to-video",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/wan/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":14,"by":{"output_resolution":{"720p":14,"1080p":21}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"wan-2.6-text-to-video"}, "prompt": p5, "duration_seconds": p7, "output_resolution": p6, "aspect_ratio": p5, "ratio": p5, "negative_prompt": p5, "reference_image_urls": p4, "reference_video_urls": p4, "first_frame_image_url": p0, "reference_audio_url": p0, "enable_prompt_expansion": p2, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "background_audio_url": p0, "multi_shots": p2, "callback_url": p3 } },
    },
    {
      model: "wan-2.7-r2v",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/wan/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":16,"by":{"output_resolution":{"720p":16,"1080p":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"wan-2.7-r2v"}, "prompt": p5, "duration_seconds": {"type":"integer","default":5,"minimum":2,"maximum":10}, "output_resolution": p6, "aspect_ratio": p8, "ratio": p5, "negative_prompt": p5, "reference_image_urls": p4, "reference_video_urls": p4, "first_frame_image_url": p0, "reference_audio_url": p0, "enable_prompt_expansion": p2, "seed": p7, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "background_audio_url": p0, "callback_url": p3 } },
    },
    {
      model: "wan-2.7-text-to-video",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/wan/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":16,"by":{"output_resolution":{"720p":16,"1080p":24}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"wan-2.7-text-to-video"}, "prompt": p5, "duration_seconds": p7, "output_resolution": p6, "aspect_ratio": p5, "ratio": p5, "negative_prompt": p5, "reference_image_urls": p4, "reference_video_urls": p4, "first_frame_image_url": p0, "reference_audio_url": p0, "enable_prompt_expansion": p2, "seed": p7, "acceleration": p5, "enable_safety_checker": p2, "watermark": p2, "background_audio_url": p0, "callback_url": p3 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type WanModels = {
  "wan-2.2-animate-move": {
    params: WithFileInputs<components["schemas"]["Wan22AnimateMove"], "source_image_url" | "reference_video_url">;
    created: Answer<"createAnimate">;
    task: Answer<"getAnimate">;
    cost: "rate";
  };
  "wan-2.2-animate-replace": {
    params: WithFileInputs<components["schemas"]["Wan22AnimateReplace"], "source_image_url" | "reference_video_url">;
    created: Answer<"createAnimate">;
    task: Answer<"getAnimate">;
    cost: "rate";
  };
  "wan-2.6-edit-video": {
    params: WithFileInputs<components["schemas"]["Wan26EditVideo"], "source_video_url" | "source_video_urls" | "reference_image_url">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
    cost: "exact";
  };
  "wan-2.6-flash-edit-video": {
    params: WithFileInputs<components["schemas"]["Wan26FlashEditVideo"], "source_video_url" | "source_video_urls" | "reference_image_url">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
    cost: "exact";
  };
  "wan-2.7-edit-video": {
    params: WithFileInputs<components["schemas"]["Wan27EditVideo"], "source_video_url" | "source_video_urls" | "reference_image_url">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
    cost: "exact";
  };
  "wan-2.2-a14b-image-to-video-turbo": {
    params: WithFileInputs<components["schemas"]["Wan22A14bImageToVideoTurbo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "wan-2.5-image-to-video": {
    params: WithFileInputs<components["schemas"]["Wan25ImageToVideo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "wan-2.6-flash-image-to-video": {
    params: WithFileInputs<components["schemas"]["Wan26FlashImageToVideo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "wan-2.6-image-to-video": {
    params: WithFileInputs<components["schemas"]["Wan26ImageToVideo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "wan-2.7-image-to-video": {
    params: WithFileInputs<components["schemas"]["Wan27ImageToVideo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "wan-2.2-a14b-speech-to-video-turbo": {
    params: WithFileInputs<components["schemas"]["Wan22A14bSpeechToVideoTurbo"], "source_image_url" | "source_audio_url">;
    created: Answer<"createSpeechToVideo">;
    task: Answer<"getSpeechToVideo">;
    cost: "rate";
  };
  "wan-2.7-image": {
    params: WithFileInputs<components["schemas"]["Wan27ImageTextToImage"], "source_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "wan-2.7-image-pro": {
    params: WithFileInputs<components["schemas"]["Wan27ImageProTextToImage"], "source_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
    cost: "exact";
  };
  "wan-2.2-a14b-text-to-video-turbo": {
    params: WithFileInputs<components["schemas"]["Wan22A14bTextToVideoTurbo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "wan-2.5-text-to-video": {
    params: WithFileInputs<components["schemas"]["Wan25TextToVideo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "wan-2.6-text-to-video": {
    params: WithFileInputs<components["schemas"]["Wan26TextToVideo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "wan-2.7-r2v": {
    params: WithFileInputs<components["schemas"]["Wan27R2vTextToVideo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "wan-2.7-text-to-video": {
    params: WithFileInputs<components["schemas"]["Wan27TextToVideo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type WanActions = {
  "animate": {
    params: WithFileInputs<components["schemas"]["Wan22AnimateMove"], "source_image_url" | "reference_video_url"> | WithFileInputs<components["schemas"]["Wan22AnimateReplace"], "source_image_url" | "reference_video_url">;
    created: Answer<"createAnimate">;
    task: Answer<"getAnimate">;
  };
  "edit_video": {
    params: WithFileInputs<components["schemas"]["Wan26EditVideo"], "source_video_url" | "source_video_urls" | "reference_image_url"> | WithFileInputs<components["schemas"]["Wan26FlashEditVideo"], "source_video_url" | "source_video_urls" | "reference_image_url"> | WithFileInputs<components["schemas"]["Wan27EditVideo"], "source_video_url" | "source_video_urls" | "reference_image_url">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
  };
  "image_to_video": {
    params: WithFileInputs<components["schemas"]["Wan22A14bImageToVideoTurbo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url"> | WithFileInputs<components["schemas"]["Wan25ImageToVideo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url"> | WithFileInputs<components["schemas"]["Wan26FlashImageToVideo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url"> | WithFileInputs<components["schemas"]["Wan26ImageToVideo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url"> | WithFileInputs<components["schemas"]["Wan27ImageToVideo"], "first_frame_image_url" | "last_frame_image_url" | "source_video_url" | "driving_audio_url" | "background_audio_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
  };
  "speech_to_video": {
    params: WithFileInputs<components["schemas"]["Wan22A14bSpeechToVideoTurbo"], "source_image_url" | "source_audio_url">;
    created: Answer<"createSpeechToVideo">;
    task: Answer<"getSpeechToVideo">;
  };
  "text_to_image": {
    params: WithFileInputs<components["schemas"]["Wan27ImageTextToImage"], "source_image_urls"> | WithFileInputs<components["schemas"]["Wan27ImageProTextToImage"], "source_image_urls">;
    created: Answer<"createTextToImage">;
    task: Answer<"getTextToImage">;
  };
  "text_to_video": {
    params: WithFileInputs<components["schemas"]["Wan22A14bTextToVideoTurbo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url"> | WithFileInputs<components["schemas"]["Wan25TextToVideo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url"> | WithFileInputs<components["schemas"]["Wan26TextToVideo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url"> | WithFileInputs<components["schemas"]["Wan27R2vTextToVideo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url"> | WithFileInputs<components["schemas"]["Wan27TextToVideo"], "reference_image_urls" | "reference_video_urls" | "first_frame_image_url" | "reference_audio_url" | "background_audio_url">;
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
};

/** The model ids of Wan that name one variant (client.create/run take these). */
export type WanModel = keyof WanModels;

/** The request parameters of one Wan variant (of any, when no model is given). */
export type WanParams<Model extends WanModel = WanModel> = WanModels[Model]["params"];
