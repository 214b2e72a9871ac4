// Generated from specs/kling.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"string"};
const p2: InputSchema = {"type":"string","pattern":"^https?://"};
const p3: InputSchema = {"type":"string","minLength":1,"maxLength":2500};
const p4: InputSchema = {"type":"array","minItems":1,"maxItems":4,"items":{"type":"string"},"file":true};
const p5: InputSchema = {"type":"integer","enum":[3,4,5,6,7,8,9,10,11,12,13,14,15],"default":5};
const p6: InputSchema = {"type":"string","enum":["720p","1080p","4k"],"default":"720p"};
const p7: InputSchema = {"type":"string","enum":["auto","16:9","9:16","1:1"]};
const p8: InputSchema = {"type":"boolean","default":false};
const p9: InputSchema = {"type":"string","const":"kling-v3-omni-reference"};
const p10: InputSchema = {"type":"string","const":"kling-v2.5-turbo-image-to-video-pro"};
const p11: InputSchema = {"type":"string","enum":["std","pro"],"default":"std"};
const p12: InputSchema = {"type":"string","const":"kling-v2.5-turbo-text-to-video-pro"};
const p13: InputSchema = {"type":"string","const":"kling-o1"};
const p14: InputSchema = {"type":"integer","enum":[5],"default":5};
const p15: InputSchema = {"type":"string","enum":["16:9","9:16","1:1"],"default":"16:9"};
const p16: InputSchema = {"type":"array","minItems":1,"maxItems":7,"items":{"type":"string"},"file":true};
const p17: InputSchema = {"type":"string","enum":["base","feature"],"default":"base"};
const p18: InputSchema = {"type":"integer","enum":[5,10]};
const p19: InputSchema = {"type":"number"};
const p20: InputSchema = {"type":"string","const":"kling-v2.6"};
const p21: InputSchema = {"type":"integer","enum":[5,10],"default":5};
const p22: InputSchema = {"type":"string","const":"kling-v3-omni"};
const p23: InputSchema = {"type":"string","enum":["720p","1080p"],"default":"720p"};
const p24: InputSchema = {"type":"string","const":"kling-3.0"};
const p25: InputSchema = {"type":"string","enum":["720p","1080p"]};
const p26: InputSchema = {"type":"string","enum":["video","image"]};
const p27: InputSchema = {"type":"boolean"};
const p28: InputSchema = {"type":"string","enum":["16:9","9:16","1:1"]};
const p29: InputSchema = {"type":"array"};

/** Every Kling variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "kling",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "kling-ai-avatar-pro",
      action: "ai_avatar",
      method: "POST",
      path: "/api/v1/kling/ai_avatar",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":16},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","source_audio_url","prompt"], "properties": { "model": {"type":"string","const":"kling-ai-avatar-pro"}, "source_image_url": p0, "source_audio_url": p0, "prompt": p1, "callback_url": p2 } },
    },
    {
      model: "kling-ai-avatar-standard",
      action: "ai_avatar",
      method: "POST",
      path: "/api/v1/kling/ai_avatar",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":8},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","source_audio_url","prompt"], "properties": { "model": {"type":"string","const":"kling-ai-avatar-standard"}, "source_image_url": p0, "source_audio_url": p0, "prompt": p1, "callback_url": p2 } },
    },
    {
      model: "kling-ai-avatar-v1-pro",
      action: "ai_avatar",
      method: "POST",
      path: "/api/v1/kling/ai_avatar",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":16},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","source_audio_url","prompt"], "properties": { "model": {"type":"string","const":"kling-ai-avatar-v1-pro"}, "source_image_url": p0, "source_audio_url": p0, "prompt": p1, "callback_url": p2 } },
    },
    {
      model: "kling-v1-avatar-standard",
      action: "ai_avatar",
      method: "POST",
      path: "/api/v1/kling/ai_avatar",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":8},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","source_audio_url","prompt"], "properties": { "model": {"type":"string","const":"kling-v1-avatar-standard"}, "source_image_url": p0, "source_audio_url": p0, "prompt": p1, "callback_url": p2 } },
    },
    {
      model: "kling-v3-omni-edit",
      action: "edit_video",
      method: "POST",
      path: "/api/v1/kling/edit_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"kling-v3-omni-edit"}, "prompt": p3, "source_video_url": p0, "source_task_id": p1, "reference_image_urls": p4, "duration_seconds": p5, "output_resolution": p6, "aspect_ratio": p7, "enable_sound": p8, "callback_url": p2 }, "rules": [{"when":{"model":"kling-v3-omni-edit","source_task_id":{"present":false},"source_video_url":{"present":false}},"requiredAny":["source_video_url","source_task_id"]}, {"when":{"model":"kling-v3-omni-edit","source_video_url":{"present":true}},"forbidden":["source_task_id"]}, {"when":{"model":"kling-v3-omni-edit","source_task_id":{"present":true}},"forbidden":["source_video_url"]}, {"when":{"model":"kling-v3-omni-edit","source_video_url":{"present":true},"reference_image_urls":{"present":false}},"required":["aspect_ratio"],"enum":{"aspect_ratio":["auto"],"duration_seconds":[5]}}, {"when":{"model":"kling-v3-omni-edit","source_task_id":{"present":true},"reference_image_urls":{"present":false}},"required":["aspect_ratio"],"enum":{"aspect_ratio":["auto"],"duration_seconds":[5]}}, {"when":{"model":"kling-v3-omni-edit","source_video_url":{"present":true},"reference_image_urls":{"present":true}},"required":["aspect_ratio"],"enum":{"aspect_ratio":["16:9","9:16","1:1"]}}, {"when":{"model":"kling-v3-omni-edit","source_task_id":{"present":true},"reference_image_urls":{"present":true}},"required":["aspect_ratio"],"enum":{"aspect_ratio":["16:9","9:16","1:1"]}}] },
    },
    {
      model: "kling-v3-omni-reference",
      action: "edit_video",
      method: "POST",
      path: "/api/v1/kling/edit_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p9, "prompt": p3, "source_video_url": p0, "source_task_id": p1, "reference_image_urls": p4, "duration_seconds": p5, "output_resolution": p6, "aspect_ratio": p7, "enable_sound": p8, "callback_url": p2 }, "rules": [{"when":{"model":"kling-v3-omni-reference","source_task_id":{"present":false},"source_video_url":{"present":false}},"requiredAny":["source_video_url","source_task_id"]}, {"when":{"model":"kling-v3-omni-reference","source_video_url":{"present":true}},"forbidden":["source_task_id"]}, {"when":{"model":"kling-v3-omni-reference","source_task_id":{"present":true}},"forbidden":["source_video_url"]}, {"when":{"model":"kling-v3-omni-reference","source_video_url":{"present":true},"reference_image_urls":{"present":false}},"required":["aspect_ratio"],"enum":{"aspect_ratio":["auto"],"enable_sound":[false],"duration_seconds":[5]}}, {"when":{"model":"kling-v3-omni-reference","source_task_id":{"present":true},"reference_image_urls":{"present":false}},"required":["aspect_ratio"],"enum":{"aspect_ratio":["auto"],"enable_sound":[false],"duration_seconds":[5]}}, {"when":{"model":"kling-v3-omni-reference","source_video_url":{"present":true},"reference_image_urls":{"present":true}},"required":["aspect_ratio"],"enum":{"aspect_ratio":["16:9","9:16","1:1"],"enable_sound":[false]}}, {"when":{"model":"kling-v3-omni-reference","source_task_id":{"present":true},"reference_image_urls":{"present":true}},"required":["aspect_ratio"],"enum":{"aspect_ratio":["16:9","9:16","1:1"],"enable_sound":[false]}}] },
    },
    {
      model: "kling-v2.5-turbo-image-to-video-pro",
      action: "extend_video",
      method: "POST",
      path: "/api/v1/kling/extend_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":9,"by":{"mode":{"std":4.2,"pro":8.4}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id"], "properties": { "model": p10, "source_task_id": p1, "mode": p11, "prompt": p1, "callback_url": p2 } },
    },
    {
      model: "kling-v2.5-turbo-text-to-video-pro",
      action: "extend_video",
      method: "POST",
      path: "/api/v1/kling/extend_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":9,"by":{"mode":{"std":4.2,"pro":8.4}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id"], "properties": { "model": p12, "source_task_id": p1, "mode": p11, "prompt": p1, "callback_url": p2 } },
    },
    {
      model: "kling-o1",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/kling/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url"], "properties": { "model": p13, "prompt": p3, "first_frame_image_url": p0, "mode": p11, "enable_sound": p8, "duration_seconds": p14, "aspect_ratio": p15, "last_frame_image_url": p0, "reference_image_urls": p16, "reference_video_url": p0, "reference_video_type": p17, "preserve_reference_video_audio": p8, "callback_url": p2 } },
    },
    {
      model: "kling-v2.1-master-image-to-video",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/kling/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":32},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url"], "properties": { "model": {"type":"string","const":"kling-v2.1-master-image-to-video"}, "prompt": p1, "first_frame_image_url": p0, "duration_seconds": p18, "aspect_ratio": p1, "negative_prompt": p1, "cfg_scale": p19, "last_frame_image_url": p0, "callback_url": p2 } },
    },
    {
      model: "kling-v2.1-pro",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/kling/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":10},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url"], "properties": { "model": {"type":"string","const":"kling-v2.1-pro"}, "prompt": p1, "first_frame_image_url": p0, "duration_seconds": p18, "aspect_ratio": p1, "negative_prompt": p1, "cfg_scale": p19, "last_frame_image_url": p0, "callback_url": p2 } },
    },
    {
      model: "kling-v2.1-standard",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/kling/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":5},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url"], "properties": { "model": {"type":"string","const":"kling-v2.1-standard"}, "prompt": p1, "first_frame_image_url": p0, "duration_seconds": p18, "aspect_ratio": p1, "negative_prompt": p1, "cfg_scale": p19, "last_frame_image_url": p0, "callback_url": p2 } },
    },
    {
      model: "kling-v2.5-turbo-image-to-video-pro",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/kling/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":9},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url"], "properties": { "model": p10, "prompt": p1, "first_frame_image_url": p0, "duration_seconds": p18, "aspect_ratio": p1, "negative_prompt": p1, "cfg_scale": p19, "last_frame_image_url": p0, "callback_url": p2 } },
    },
    {
      model: "kling-v2.6",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/kling/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":40,"keys":["mode","enable_sound"],"matrix":{"std":{"false":12},"pro":{"false":20,"true":40}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url"], "properties": { "model": p20, "prompt": p3, "first_frame_image_url": p0, "mode": p11, "enable_sound": p8, "duration_seconds": p21, "aspect_ratio": p15, "last_frame_image_url": p0, "callback_url": p2 } },
    },
    {
      model: "kling-v3-omni",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/kling/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":120,"keys":["output_resolution","enable_sound"],"matrix":{"720p":{"false":24,"true":32},"1080p":{"false":32,"true":40},"4k":{"false":119.5,"true":119.5}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url"], "properties": { "model": p22, "prompt": p3, "first_frame_image_url": p0, "enable_sound": p8, "duration_seconds": p5, "aspect_ratio": p15, "output_resolution": p6, "last_frame_image_url": p0, "callback_url": p2 } },
    },
    {
      model: "kling-v3-turbo-image-to-video",
      action: "image_to_video",
      method: "POST",
      path: "/api/v1/kling/image_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":18,"by":{"output_resolution":{"720p":18,"1080p":22.5}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","first_frame_image_url"], "properties": { "model": {"type":"string","const":"kling-v3-turbo-image-to-video"}, "prompt": p3, "first_frame_image_url": p0, "duration_seconds": p5, "output_resolution": p23, "callback_url": p2 } },
    },
    {
      model: "kling-3.0",
      action: "motion_control",
      method: "POST",
      path: "/api/v1/kling/motion_control",
      status: "active",
      task: "async",
      price: {"unit":"second","cents":20,"by":{"output_resolution":{"720p":20,"1080p":27}},"duration_source":"videos[0].url"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","reference_video_url"], "properties": { "model": p24, "source_image_url": p0, "reference_video_url": p0, "prompt": p1, "output_resolution": p25, "character_orientation": p26, "background_source": p26, "callback_url": p2 } },
    },
    {
      model: "kling-v2.6",
      action: "motion_control",
      method: "POST",
      path: "/api/v1/kling/motion_control",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_image_url","reference_video_url","output_resolution","character_orientation"], "properties": { "model": p20, "source_image_url": p0, "reference_video_url": p0, "prompt": {"type":"string","maxLength":2500}, "output_resolution": p25, "character_orientation": p26, "callback_url": p2 } },
    },
    {
      model: "kling-3.0",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/kling/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":67,"keys":["enable_sound","output_resolution"],"matrix":{"false":{"720p":14,"1080p":18,"4k":67},"true":{"720p":20,"1080p":27,"4k":67}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": p24, "prompt": p1, "enable_sound": p27, "duration_seconds": {"type":"integer","enum":[3,4,5,6,7,8,9,10,11,12,13,14,15]}, "aspect_ratio": p28, "output_resolution": {"type":"string","enum":["720p","1080p","4k"]}, "negative_prompt": p1, "cfg_scale": p19, "multi_shots": p27, "multi_prompt": p29, "first_frame_image_url": p0, "last_frame_image_url": p0, "kling_elements": p29, "callback_url": p2 } },
    },
    {
      model: "kling-o1",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/kling/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p13, "prompt": p3, "mode": p11, "enable_sound": p8, "duration_seconds": p14, "aspect_ratio": p15, "reference_image_urls": p16, "reference_video_url": p0, "reference_video_type": p17, "preserve_reference_video_audio": p8, "callback_url": p2 } },
    },
    {
      model: "kling-v2.1-master-text-to-video",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/kling/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":32},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": {"type":"string","const":"kling-v2.1-master-text-to-video"}, "prompt": p1, "enable_sound": p27, "duration_seconds": p18, "aspect_ratio": p28, "negative_prompt": p1, "cfg_scale": p19, "callback_url": p2 } },
    },
    {
      model: "kling-v2.5-turbo-text-to-video-pro",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/kling/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":9},
      input: { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": p12, "prompt": p1, "enable_sound": p27, "duration_seconds": p18, "aspect_ratio": p28, "negative_prompt": p1, "cfg_scale": p19, "callback_url": p2 } },
    },
    {
      model: "kling-v2.6",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/kling/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":40,"keys":["mode","enable_sound"],"matrix":{"std":{"false":12},"pro":{"false":20,"true":40}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p20, "prompt": p3, "mode": p11, "enable_sound": p8, "duration_seconds": p21, "aspect_ratio": p15, "callback_url": p2 } },
    },
    {
      model: "kling-v3-omni",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/kling/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":120,"keys":["output_resolution","enable_sound"],"matrix":{"720p":{"false":24,"true":32},"1080p":{"false":32,"true":40},"4k":{"false":119.5,"true":119.5}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p22, "prompt": p3, "enable_sound": p8, "duration_seconds": p5, "aspect_ratio": p15, "output_resolution": p6, "callback_url": p2 } },
    },
    {
      model: "kling-v3-omni-reference",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/kling/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt","aspect_ratio","reference_image_urls"], "properties": { "model": p9, "prompt": p3, "enable_sound": p8, "duration_seconds": p5, "aspect_ratio": p28, "output_resolution": p6, "reference_image_urls": p16, "callback_url": p2 } },
    },
    {
      model: "kling-v3-turbo-text-to-video",
      action: "text_to_video",
      method: "POST",
      path: "/api/v1/kling/text_to_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":18,"by":{"output_resolution":{"720p":18,"1080p":22.5}}},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": {"type":"string","const":"kling-v3-turbo-text-to-video"}, "prompt": p3, "duration_seconds": p5, "aspect_ratio": p15, "output_resolution": p23, "callback_url": p2 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type KlingModels = {
  "kling-ai-avatar-pro": {
    params: WithFileInputs<components["schemas"]["KlingAiAvatarPro"], "source_image_url" | "source_audio_url">;
    created: Answer<"createAiAvatar">;
    task: Answer<"getAiAvatar">;
    cost: "exact";
  };
  "kling-ai-avatar-standard": {
    params: WithFileInputs<components["schemas"]["KlingAiAvatarStandard"], "source_image_url" | "source_audio_url">;
    created: Answer<"createAiAvatar">;
    task: Answer<"getAiAvatar">;
    cost: "exact";
  };
  "kling-ai-avatar-v1-pro": {
    params: WithFileInputs<components["schemas"]["KlingAiAvatarV1Pro"], "source_image_url" | "source_audio_url">;
    created: Answer<"createAiAvatar">;
    task: Answer<"getAiAvatar">;
    cost: "exact";
  };
  "kling-v1-avatar-standard": {
    params: WithFileInputs<components["schemas"]["KlingV1AvatarStandardAiAvatar"], "source_image_url" | "source_audio_url">;
    created: Answer<"createAiAvatar">;
    task: Answer<"getAiAvatar">;
    cost: "exact";
  };
  "kling-v3-omni-edit": {
    params: WithFileInputs<components["schemas"]["KlingV3OmniEditEditVideo"], "source_video_url" | "reference_image_urls">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
    cost: "unknown";
  };
  "kling-v2.1-master-image-to-video": {
    params: WithFileInputs<components["schemas"]["KlingV21MasterImageToVideo"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "kling-v2.1-pro": {
    params: WithFileInputs<components["schemas"]["KlingV21ProImageToVideo"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "kling-v2.1-standard": {
    params: WithFileInputs<components["schemas"]["KlingV21StandardImageToVideo"], "first_frame_image_url" | "last_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "kling-v3-turbo-image-to-video": {
    params: WithFileInputs<components["schemas"]["KlingV3TurboImageToVideo"], "first_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
    cost: "exact";
  };
  "kling-v2.1-master-text-to-video": {
    params: components["schemas"]["KlingV21MasterTextToVideo"];
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
  "kling-v3-turbo-text-to-video": {
    params: components["schemas"]["KlingV3TurboTextToVideo"];
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type KlingActions = {
  "ai_avatar": {
    params: WithFileInputs<components["schemas"]["KlingAiAvatarPro"], "source_image_url" | "source_audio_url"> | WithFileInputs<components["schemas"]["KlingAiAvatarStandard"], "source_image_url" | "source_audio_url"> | WithFileInputs<components["schemas"]["KlingAiAvatarV1Pro"], "source_image_url" | "source_audio_url"> | WithFileInputs<components["schemas"]["KlingV1AvatarStandardAiAvatar"], "source_image_url" | "source_audio_url">;
    created: Answer<"createAiAvatar">;
    task: Answer<"getAiAvatar">;
  };
  "edit_video": {
    params: WithFileInputs<components["schemas"]["KlingV3OmniEditEditVideo"], "source_video_url" | "reference_image_urls"> | WithFileInputs<components["schemas"]["KlingV3OmniReferenceEditVideo"], "source_video_url" | "reference_image_urls">;
    created: Answer<"createEditVideo">;
    task: Answer<"getEditVideo">;
  };
  "extend_video": {
    params: components["schemas"]["KlingV25TurboImageToVideoProExtendVideo"] | components["schemas"]["KlingV25TurboTextToVideoProExtendVideo"];
    created: Answer<"createExtendVideo">;
    task: Answer<"getExtendVideo">;
  };
  "image_to_video": {
    params: WithFileInputs<components["schemas"]["KlingO1ImageToVideo"], "first_frame_image_url" | "last_frame_image_url" | "reference_image_urls" | "reference_video_url"> | WithFileInputs<components["schemas"]["KlingV21MasterImageToVideo"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["KlingV21ProImageToVideo"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["KlingV21StandardImageToVideo"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["KlingV25TurboImageToVideoPro"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["KlingV26ImageToVideo"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["KlingV3OmniImageToVideo"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["KlingV3TurboImageToVideo"], "first_frame_image_url">;
    created: Answer<"createImageToVideo">;
    task: Answer<"getImageToVideo">;
  };
  "motion_control": {
    params: WithFileInputs<components["schemas"]["Kling30MotionControl"], "source_image_url" | "reference_video_url"> | WithFileInputs<components["schemas"]["KlingV26MotionControl"], "source_image_url" | "reference_video_url">;
    created: Answer<"createMotionControl">;
    task: Answer<"getMotionControl">;
  };
  "text_to_video": {
    params: WithFileInputs<components["schemas"]["Kling30TextToVideo"], "first_frame_image_url" | "last_frame_image_url"> | WithFileInputs<components["schemas"]["KlingO1TextToVideo"], "reference_image_urls" | "reference_video_url"> | components["schemas"]["KlingV21MasterTextToVideo"] | components["schemas"]["KlingV25TurboTextToVideoPro"] | components["schemas"]["KlingV26TextToVideo"] | components["schemas"]["KlingV3OmniTextToVideo"] | WithFileInputs<components["schemas"]["KlingV3OmniReferenceTextToVideo"], "reference_image_urls"> | components["schemas"]["KlingV3TurboTextToVideo"];
    created: Answer<"createTextToVideo">;
    task: Answer<"getTextToVideo">;
  };
};

/** The model ids of Kling that name one variant (client.create/run take these). */
export type KlingModel = keyof KlingModels;

/** The request parameters of one Kling variant (of any, when no model is given). */
export type KlingParams<Model extends KlingModel = KlingModel> = KlingModels[Model]["params"];
