// Generated from specs/suno.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, Rule, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","const":"suno-v4.5-plus"};
const p1: InputSchema = {"type":"string","enum":["male","female"]};
const p2: InputSchema = {"type":"number"};
const p3: InputSchema = {"type":"string","file":true};
const p4: InputSchema = {"type":"string"};
const p5: InputSchema = {"type":"string","pattern":"^https?://"};
const p6: InputSchema = {"type":"string","const":"suno-v5"};
const p7: InputSchema = {"type":"string","const":"suno-v5.5"};
const p8: InputSchema = {"type":"string","const":"suno-v4"};
const p9: InputSchema = {"type":"number","minimum":0};
const p10: InputSchema = {"type":"string","const":"suno-v4.5"};
const p11: InputSchema = {"type":"string","enum":["auto_lyrics","exact_lyrics","instrumental"]};
const p12: InputSchema = {"type":"string","enum":["style","voice"]};
const p13: InputSchema = {"type":"string","const":"suno-v4.5-all"};
const p14: InputSchema = {"type":"array","minItems":2,"maxItems":2,"items":{"type":"string"},"file":true};
const p15: InputSchema = {"type":"string","enum":["source","custom"]};
const p16: InputSchema = {"type":"boolean"};
const p17: InputSchema = {"type":"array","minItems":1,"maxItems":4,"items":{"type":"string"},"file":true};
const p18: InputSchema = {"type":"string","maxLength":3000};
const p19: InputSchema = {"type":"integer"};
const p20: InputSchema = {"type":"string","enum":["Cm","C#m","Dm","D#m","Em","Fm","F#m","Gm","G#m","Am","A#m","Bm","C","C#","D","D#","E","F","F#","G","G#","A","A#","B"]};
const r0: Rule = {"when":{"vocal_mode":"auto_lyrics"},"required":["prompt"],"forbidden":["lyrics","style","title"]};
const r1: Rule = {"when":{"vocal_mode":"exact_lyrics"},"required":["lyrics","style","title"],"forbidden":["prompt"]};
const r2: Rule = {"when":{"vocal_mode":"instrumental"},"required":["style","title"],"forbidden":["prompt","lyrics"]};
const r3: Rule = {"when":{"vocal_mode":"auto_lyrics"},"required":["prompt"],"forbidden":["lyrics","style","title","negative_tags","vocal_gender"]};
const r4: Rule = {"when":{"vocal_mode":"instrumental"},"required":["style","title"],"forbidden":["prompt","lyrics","vocal_gender"]};

/** Every Suno variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "suno",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "suno-v4.5-plus",
      action: "add_instrumental",
      method: "POST",
      path: "/api/v1/suno/add_instrumental",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","title","negative_tags","tags"], "properties": { "model": p0, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "title": p4, "negative_tags": p4, "tags": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v5",
      action: "add_instrumental",
      method: "POST",
      path: "/api/v1/suno/add_instrumental",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","title","negative_tags","tags"], "properties": { "model": p6, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "title": p4, "negative_tags": p4, "tags": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v5.5",
      action: "add_instrumental",
      method: "POST",
      path: "/api/v1/suno/add_instrumental",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","title","negative_tags","tags"], "properties": { "model": p7, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "title": p4, "negative_tags": p4, "tags": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4",
      action: "add_samples",
      method: "POST",
      path: "/api/v1/suno/add_samples",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_url","start_seconds","end_seconds"], "properties": { "model": p8, "audio_url": p3, "start_seconds": p9, "end_seconds": p9, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5",
      action: "add_samples",
      method: "POST",
      path: "/api/v1/suno/add_samples",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_url","start_seconds","end_seconds"], "properties": { "model": p10, "audio_url": p3, "start_seconds": p9, "end_seconds": p9, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5-plus",
      action: "add_samples",
      method: "POST",
      path: "/api/v1/suno/add_samples",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_url","start_seconds","end_seconds"], "properties": { "model": p0, "audio_url": p3, "start_seconds": p9, "end_seconds": p9, "callback_url": p5 } },
    },
    {
      model: "suno-v5",
      action: "add_samples",
      method: "POST",
      path: "/api/v1/suno/add_samples",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_url","start_seconds","end_seconds"], "properties": { "model": p6, "audio_url": p3, "start_seconds": p9, "end_seconds": p9, "callback_url": p5 } },
    },
    {
      model: "suno-v5.5",
      action: "add_samples",
      method: "POST",
      path: "/api/v1/suno/add_samples",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_url","start_seconds","end_seconds"], "properties": { "model": p7, "audio_url": p3, "start_seconds": p9, "end_seconds": p9, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5-plus",
      action: "add_vocals",
      method: "POST",
      path: "/api/v1/suno/add_vocals",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","lyrics","title","negative_tags","style"], "properties": { "model": p0, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "lyrics": p4, "title": p4, "negative_tags": p4, "style": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v5",
      action: "add_vocals",
      method: "POST",
      path: "/api/v1/suno/add_vocals",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","lyrics","title","negative_tags","style"], "properties": { "model": p6, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "lyrics": p4, "title": p4, "negative_tags": p4, "style": p4, "callback_url": p5 } },
    },
    {
      action: "blend_lyrics",
      method: "POST",
      path: "/api/v1/suno/blend_lyrics",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":1},
      input: { "type": "object", "additionalProperties": false, "required": ["lyrics_a","lyrics_b"], "properties": { "lyrics_a": p4, "lyrics_b": p4, "callback_url": p5 } },
    },
    {
      action: "boost_style",
      method: "POST",
      path: "/api/v1/suno/boost_style",
      status: "active",
      task: "sync",
      price: {"unit":"call","cents":1},
      input: { "type": "object", "additionalProperties": false, "required": ["description"], "properties": { "description": p4 } },
    },
    {
      action: "check_voice",
      method: "POST",
      path: "/api/v1/suno/check_voice",
      status: "active",
      task: "sync",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id"], "properties": { "task_id": p4 } },
    },
    {
      action: "convert_audio",
      method: "POST",
      path: "/api/v1/suno/convert_audio",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":1},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id","audio_id"], "properties": { "task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4",
      action: "cover_audio",
      method: "POST",
      path: "/api/v1/suno/cover_audio",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","vocal_mode"], "properties": { "model": p8, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v4.5",
      action: "cover_audio",
      method: "POST",
      path: "/api/v1/suno/cover_audio",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","vocal_mode"], "properties": { "model": p10, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v4.5-all",
      action: "cover_audio",
      method: "POST",
      path: "/api/v1/suno/cover_audio",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","vocal_mode"], "properties": { "model": p13, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v4.5-plus",
      action: "cover_audio",
      method: "POST",
      path: "/api/v1/suno/cover_audio",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","vocal_mode"], "properties": { "model": p0, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v5",
      action: "cover_audio",
      method: "POST",
      path: "/api/v1/suno/cover_audio",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","vocal_mode"], "properties": { "model": p6, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v5.5",
      action: "cover_audio",
      method: "POST",
      path: "/api/v1/suno/cover_audio",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url","vocal_mode"], "properties": { "model": p7, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url": p3, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v4",
      action: "create_mashup",
      method: "POST",
      path: "/api/v1/suno/create_mashup",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url_list","vocal_mode"], "properties": { "model": p8, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url_list": p14, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v4.5",
      action: "create_mashup",
      method: "POST",
      path: "/api/v1/suno/create_mashup",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url_list","vocal_mode"], "properties": { "model": p10, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url_list": p14, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v4.5-all",
      action: "create_mashup",
      method: "POST",
      path: "/api/v1/suno/create_mashup",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url_list","vocal_mode"], "properties": { "model": p13, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url_list": p14, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v4.5-plus",
      action: "create_mashup",
      method: "POST",
      path: "/api/v1/suno/create_mashup",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url_list","vocal_mode"], "properties": { "model": p0, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url_list": p14, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v5",
      action: "create_mashup",
      method: "POST",
      path: "/api/v1/suno/create_mashup",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url_list","vocal_mode"], "properties": { "model": p6, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url_list": p14, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v5.5",
      action: "create_mashup",
      method: "POST",
      path: "/api/v1/suno/create_mashup",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","upload_url_list","vocal_mode"], "properties": { "model": p7, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "upload_url_list": p14, "vocal_mode": p11, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "persona_id": p4, "persona_type": p12, "callback_url": p5 }, "rules": [r0, r1, r2] },
    },
    {
      model: "suno-v4",
      action: "extend_music",
      method: "POST",
      path: "/api/v1/suno/extend_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","parameter_mode"], "properties": { "model": p8, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "task_id": p4, "audio_id": p4, "audio_url": p3, "upload_url": p3, "parameter_mode": p15, "instrumental": p16, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "continue_at": p2, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5",
      action: "extend_music",
      method: "POST",
      path: "/api/v1/suno/extend_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","parameter_mode"], "properties": { "model": p10, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "task_id": p4, "audio_id": p4, "audio_url": p3, "upload_url": p3, "parameter_mode": p15, "instrumental": p16, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "continue_at": p2, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5-all",
      action: "extend_music",
      method: "POST",
      path: "/api/v1/suno/extend_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","parameter_mode"], "properties": { "model": p13, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "task_id": p4, "audio_id": p4, "audio_url": p3, "upload_url": p3, "parameter_mode": p15, "instrumental": p16, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "continue_at": p2, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5-plus",
      action: "extend_music",
      method: "POST",
      path: "/api/v1/suno/extend_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","parameter_mode"], "properties": { "model": p0, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "task_id": p4, "audio_id": p4, "audio_url": p3, "upload_url": p3, "parameter_mode": p15, "instrumental": p16, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "continue_at": p2, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v5",
      action: "extend_music",
      method: "POST",
      path: "/api/v1/suno/extend_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","parameter_mode"], "properties": { "model": p6, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "task_id": p4, "audio_id": p4, "audio_url": p3, "upload_url": p3, "parameter_mode": p15, "instrumental": p16, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "continue_at": p2, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v5.5",
      action: "extend_music",
      method: "POST",
      path: "/api/v1/suno/extend_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","parameter_mode"], "properties": { "model": p7, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "task_id": p4, "audio_id": p4, "audio_url": p3, "upload_url": p3, "parameter_mode": p15, "instrumental": p16, "prompt": p4, "lyrics": p4, "style": p4, "title": p4, "continue_at": p2, "persona_id": p4, "persona_type": p12, "negative_tags": p4, "callback_url": p5 } },
    },
    {
      action: "generate_artwork",
      method: "POST",
      path: "/api/v1/suno/generate_artwork",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id"], "properties": { "task_id": p4, "callback_url": p5 } },
    },
    {
      action: "generate_lyrics",
      method: "POST",
      path: "/api/v1/suno/generate_lyrics",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":1},
      input: { "type": "object", "additionalProperties": false, "required": ["prompt"], "properties": { "prompt": p4, "callback_url": p5 } },
    },
    {
      action: "generate_midi",
      method: "POST",
      path: "/api/v1/suno/generate_midi",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id"], "properties": { "task_id": p4, "callback_url": p5 } },
    },
    {
      action: "generate_persona",
      method: "POST",
      path: "/api/v1/suno/generate_persona",
      status: "active",
      task: "sync",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id","audio_id","name","description"], "properties": { "task_id": p4, "audio_id": p4, "name": p4, "description": p4 } },
    },
    {
      action: "generate_voice",
      method: "POST",
      path: "/api/v1/suno/generate_voice",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id","verify_url"], "properties": { "task_id": p4, "verify_url": p3, "voice_name": p4, "description": p4, "style": p4, "singer_skill_level": {"type":"string","enum":["beginner","intermediate","advanced","professional"]}, "callback_url": p5 } },
    },
    {
      action: "get_timestamped_lyrics",
      method: "POST",
      path: "/api/v1/suno/get_timestamped_lyrics",
      status: "active",
      task: "sync",
      price: {"unit":"call","cents":1},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id","audio_id"], "properties": { "task_id": p4, "audio_id": p4 } },
    },
    {
      model: "suno-v4",
      action: "inspire_music",
      method: "POST",
      path: "/api/v1/suno/inspire_music",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_urls"], "properties": { "model": p8, "audio_urls": p17, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5",
      action: "inspire_music",
      method: "POST",
      path: "/api/v1/suno/inspire_music",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_urls"], "properties": { "model": p10, "audio_urls": p17, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5-plus",
      action: "inspire_music",
      method: "POST",
      path: "/api/v1/suno/inspire_music",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_urls"], "properties": { "model": p0, "audio_urls": p17, "callback_url": p5 } },
    },
    {
      model: "suno-v5",
      action: "inspire_music",
      method: "POST",
      path: "/api/v1/suno/inspire_music",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_urls"], "properties": { "model": p6, "audio_urls": p17, "callback_url": p5 } },
    },
    {
      model: "suno-v5.5",
      action: "inspire_music",
      method: "POST",
      path: "/api/v1/suno/inspire_music",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","audio_urls"], "properties": { "model": p7, "audio_urls": p17, "callback_url": p5 } },
    },
    {
      action: "regenerate_validation_phrase",
      method: "POST",
      path: "/api/v1/suno/regenerate_validation_phrase",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id"], "properties": { "task_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4",
      action: "remaster_audio",
      method: "POST",
      path: "/api/v1/suno/remaster_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p8, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5",
      action: "remaster_audio",
      method: "POST",
      path: "/api/v1/suno/remaster_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p10, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5-plus",
      action: "remaster_audio",
      method: "POST",
      path: "/api/v1/suno/remaster_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p0, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v5",
      action: "remaster_audio",
      method: "POST",
      path: "/api/v1/suno/remaster_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p6, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v5.5",
      action: "remaster_audio",
      method: "POST",
      path: "/api/v1/suno/remaster_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p7, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      action: "replace_section",
      method: "POST",
      path: "/api/v1/suno/replace_section",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":5},
      input: { "type": "object", "additionalProperties": false, "required": ["lyrics","tags","title","infill_start_time","infill_end_time","full_lyrics"], "properties": { "task_id": p4, "audio_id": p4, "upload_url": p3, "lyrics": p4, "tags": p4, "title": p4, "infill_start_time": p2, "infill_end_time": p2, "negative_tags": p4, "full_lyrics": p4, "callback_url": p5 } },
    },
    {
      action: "separate_audio_stems",
      method: "POST",
      path: "/api/v1/suno/separate_audio_stems",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":16,"by":{"type":{"split_stem":62.5,"split_stem_advanced":10}}},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id","audio_id","type"], "properties": { "task_id": p4, "audio_id": p4, "type": {"type":"string","enum":["separate_vocal","split_stem","split_stem_advanced"],"default":"separate_vocal"}, "stem_name": {"type":"string","enum":["Lead Vocal","Drum Kit","Kick","Snare","Risers","Bass","Backing Vocals","Piano","Electric Guitar","Percussion","String Section","Synth","Acoustic Guitar","Sound Effects","Synth Pad","Synth Bass","Guitar","Brass Section","Organ","Electronic Drum Kit","Lead Electric Guitar","Synth Keys","Rhythm Electric Guitar","Electric Piano","Upright Bass","Keyboards","Distorted Electric Guitar","Synth Strings","Synth Lead","Woodwinds","Rhythm Acoustic Guitar","Flute","Harp","Tambourine","Trumpet","Arpeggiator","Accordion","Fiddle","Pedal Steel Guitar","Synth Voice","Violin","Digital Piano","Synth Brass","Mandolin","Choir","Banjo","Bells","Clarinet","Tenor Saxophone","Trombone","Shaker","French Horn","Glockenspiel","Electric Bass","Cello","Timpani","Harmonica","Marimba","Vibraphone","Lap Steel Guitar","Saxophone","Orchestra","Horns","Cymbals","Hand Clap","Oboe","Celesta","Congas","Drone","Alto Saxophone","Double Bass","Ukulele","Harpsichord","Baritone Saxophone","Xylophone","Tuba","Bass Guitar","Whistle","Lead Guitar","Rhodes","808","Bongos","Bassoon","Cowbell","Viola","Sitar","Steel Drums","Piccolo","Theremin","Bagpipes","Hi-Hat","Music Box","Melodica","Tabla","Koto","Djembe","Taiko","Didgeridoo"]}, "callback_url": p5 }, "rules": [{"when":{"type":"split_stem_advanced"},"required":["stem_name"]}] },
    },
    {
      model: "suno-v4",
      action: "stitch_audio",
      method: "POST",
      path: "/api/v1/suno/stitch_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p8, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5",
      action: "stitch_audio",
      method: "POST",
      path: "/api/v1/suno/stitch_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p10, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4.5-plus",
      action: "stitch_audio",
      method: "POST",
      path: "/api/v1/suno/stitch_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p0, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v5",
      action: "stitch_audio",
      method: "POST",
      path: "/api/v1/suno/stitch_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p6, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v5.5",
      action: "stitch_audio",
      method: "POST",
      path: "/api/v1/suno/stitch_audio",
      status: "active",
      task: "async",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","source_task_id","audio_id"], "properties": { "model": p7, "source_task_id": p4, "audio_id": p4, "callback_url": p5 } },
    },
    {
      model: "suno-v4",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/suno/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":22},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode"], "properties": { "model": p8, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "vocal_mode": p11, "prompt": p18, "lyrics": p4, "style": p4, "title": p4, "negative_tags": p4, "persona_id": p4, "persona_type": p12, "continue_at": p2, "callback_url": p5 }, "rules": [r3, r1, r4] },
    },
    {
      model: "suno-v4.5",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/suno/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":22},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode"], "properties": { "model": p10, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "vocal_mode": p11, "prompt": p18, "lyrics": p4, "style": p4, "title": p4, "negative_tags": p4, "persona_id": p4, "persona_type": p12, "continue_at": p2, "callback_url": p5 }, "rules": [r3, r1, r4] },
    },
    {
      model: "suno-v4.5-all",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/suno/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":12},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode"], "properties": { "model": p13, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "vocal_mode": p11, "prompt": p18, "lyrics": p4, "style": p4, "title": p4, "negative_tags": p4, "persona_id": p4, "persona_type": p12, "continue_at": p2, "callback_url": p5 }, "rules": [r3, r1, r4] },
    },
    {
      model: "suno-v4.5-plus",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/suno/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":22},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode"], "properties": { "model": p0, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "vocal_mode": p11, "prompt": p18, "lyrics": p4, "style": p4, "title": p4, "negative_tags": p4, "persona_id": p4, "persona_type": p12, "continue_at": p2, "callback_url": p5 }, "rules": [r3, r1, r4] },
    },
    {
      model: "suno-v5",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/suno/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":22},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode"], "properties": { "model": p6, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "vocal_mode": p11, "prompt": p18, "lyrics": p4, "style": p4, "title": p4, "negative_tags": p4, "persona_id": p4, "persona_type": p12, "continue_at": p2, "callback_url": p5 }, "rules": [r3, r1, r4] },
    },
    {
      model: "suno-v5.5",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/suno/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":22},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode"], "properties": { "model": p7, "vocal_gender": p1, "style_weight": p2, "weirdness_constraint": p2, "audio_weight": p2, "vocal_mode": p11, "prompt": p18, "lyrics": p4, "style": p4, "title": p4, "negative_tags": p4, "persona_id": p4, "persona_type": p12, "duration_seconds": {"type":"integer","minimum":10,"maximum":360}, "continue_at": p2, "callback_url": p5 }, "rules": [{"when":{"vocal_mode":"auto_lyrics"},"required":["prompt"],"forbidden":["lyrics","style","title","negative_tags","vocal_gender","duration_seconds"]}, r1, r4] },
    },
    {
      model: "suno-v5",
      action: "text_to_sound",
      method: "POST",
      path: "/api/v1/suno/text_to_sound",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":3},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p6, "prompt": p4, "sound_loop": p16, "sound_tempo": p19, "sound_key": p20, "grab_lyrics": p16, "callback_url": p5 } },
    },
    {
      model: "suno-v5.5",
      action: "text_to_sound",
      method: "POST",
      path: "/api/v1/suno/text_to_sound",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":3},
      input: { "type": "object", "additionalProperties": false, "required": ["model","prompt"], "properties": { "model": p7, "prompt": p4, "sound_loop": p16, "sound_tempo": p19, "sound_key": p20, "grab_lyrics": p16, "callback_url": p5 } },
    },
    {
      action: "visualize_music",
      method: "POST",
      path: "/api/v1/suno/visualize_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":2},
      input: { "type": "object", "additionalProperties": false, "required": ["task_id","audio_id"], "properties": { "task_id": p4, "audio_id": p4, "author": p4, "domain_name": p4, "callback_url": p5 } },
    },
    {
      action: "voice_to_validation_phrase",
      method: "POST",
      path: "/api/v1/suno/voice_to_validation_phrase",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":0},
      input: { "type": "object", "additionalProperties": false, "required": ["voice_url","vocal_start_seconds","vocal_end_seconds"], "properties": { "voice_url": p3, "vocal_start_seconds": p19, "vocal_end_seconds": p19, "language": {"type":"string","enum":["en","zh","es","fr","pt","de","ja","ko","hi","ru"]}, "callback_url": p5 } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type SunoModels = {

};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type SunoActions = {
  "add_instrumental": {
    params: WithFileInputs<components["schemas"]["SunoV45PlusAddInstrumental"], "upload_url"> | WithFileInputs<components["schemas"]["SunoV5AddInstrumental"], "upload_url"> | WithFileInputs<components["schemas"]["SunoV55AddInstrumental"], "upload_url">;
    created: Answer<"createAddInstrumental">;
    task: Answer<"getAddInstrumental">;
  };
  "add_samples": {
    params: WithFileInputs<components["schemas"]["SunoV4AddSamples"], "audio_url"> | WithFileInputs<components["schemas"]["SunoV45AddSamples"], "audio_url"> | WithFileInputs<components["schemas"]["SunoV45PlusAddSamples"], "audio_url"> | WithFileInputs<components["schemas"]["SunoV5AddSamples"], "audio_url"> | WithFileInputs<components["schemas"]["SunoV55AddSamples"], "audio_url">;
    created: Answer<"createAddSamples">;
    task: Answer<"getAddSamples">;
  };
  "add_vocals": {
    params: WithFileInputs<components["schemas"]["SunoV45PlusAddVocals"], "upload_url"> | WithFileInputs<components["schemas"]["SunoV5AddVocals"], "upload_url">;
    created: Answer<"createAddVocals">;
    task: Answer<"getAddVocals">;
  };
  "blend_lyrics": {
    params: components["schemas"]["SunoBlendLyrics"];
    created: Answer<"createBlendLyrics">;
    task: Answer<"getBlendLyrics">;
  };
  "boost_style": {
    params: components["schemas"]["SunoBoostStyle"];
    created: Answer<"createBoostStyle">;
    task: Answer<"createBoostStyle">;
    sync: true;
  };
  "check_voice": {
    params: components["schemas"]["SunoCheckVoice"];
    created: Answer<"createCheckVoice">;
    task: Answer<"createCheckVoice">;
    sync: true;
  };
  "convert_audio": {
    params: components["schemas"]["SunoConvertAudio"];
    created: Answer<"createConvertAudio">;
    task: Answer<"getConvertAudio">;
  };
  "cover_audio": {
    params: WithFileInputs<components["schemas"]["SunoV4CoverAudio"], "upload_url"> | WithFileInputs<components["schemas"]["SunoV45CoverAudio"], "upload_url"> | WithFileInputs<components["schemas"]["SunoV45AllCoverAudio"], "upload_url"> | WithFileInputs<components["schemas"]["SunoV45PlusCoverAudio"], "upload_url"> | WithFileInputs<components["schemas"]["SunoV5CoverAudio"], "upload_url"> | WithFileInputs<components["schemas"]["SunoV55CoverAudio"], "upload_url">;
    created: Answer<"createCoverAudio">;
    task: Answer<"getCoverAudio">;
  };
  "create_mashup": {
    params: WithFileInputs<components["schemas"]["SunoV4CreateMashup"], "upload_url_list"> | WithFileInputs<components["schemas"]["SunoV45CreateMashup"], "upload_url_list"> | WithFileInputs<components["schemas"]["SunoV45AllCreateMashup"], "upload_url_list"> | WithFileInputs<components["schemas"]["SunoV45PlusCreateMashup"], "upload_url_list"> | WithFileInputs<components["schemas"]["SunoV5CreateMashup"], "upload_url_list"> | WithFileInputs<components["schemas"]["SunoV55CreateMashup"], "upload_url_list">;
    created: Answer<"createCreateMashup">;
    task: Answer<"getCreateMashup">;
  };
  "extend_music": {
    params: WithFileInputs<components["schemas"]["SunoV4ExtendMusic"], "audio_url" | "upload_url"> | WithFileInputs<components["schemas"]["SunoV45ExtendMusic"], "audio_url" | "upload_url"> | WithFileInputs<components["schemas"]["SunoV45AllExtendMusic"], "audio_url" | "upload_url"> | WithFileInputs<components["schemas"]["SunoV45PlusExtendMusic"], "audio_url" | "upload_url"> | WithFileInputs<components["schemas"]["SunoV5ExtendMusic"], "audio_url" | "upload_url"> | WithFileInputs<components["schemas"]["SunoV55ExtendMusic"], "audio_url" | "upload_url">;
    created: Answer<"createExtendMusic">;
    task: Answer<"getExtendMusic">;
  };
  "generate_artwork": {
    params: components["schemas"]["SunoGenerateArtwork"];
    created: Answer<"createGenerateArtwork">;
    task: Answer<"getGenerateArtwork">;
  };
  "generate_lyrics": {
    params: components["schemas"]["SunoGenerateLyrics"];
    created: Answer<"createGenerateLyrics">;
    task: Answer<"getGenerateLyrics">;
  };
  "generate_midi": {
    params: components["schemas"]["SunoGenerateMidi"];
    created: Answer<"createGenerateMidi">;
    task: Answer<"getGenerateMidi">;
  };
  "generate_persona": {
    params: components["schemas"]["SunoGeneratePersona"];
    created: Answer<"createGeneratePersona">;
    task: Answer<"createGeneratePersona">;
    sync: true;
  };
  "generate_voice": {
    params: WithFileInputs<components["schemas"]["SunoGenerateVoice"], "verify_url">;
    created: Answer<"createGenerateVoice">;
    task: Answer<"getGenerateVoice">;
  };
  "get_timestamped_lyrics": {
    params: components["schemas"]["SunoGetTimestampedLyrics"];
    created: Answer<"createGetTimestampedLyrics">;
    task: Answer<"createGetTimestampedLyrics">;
    sync: true;
  };
  "inspire_music": {
    params: WithFileInputs<components["schemas"]["SunoV4InspireMusic"], "audio_urls"> | WithFileInputs<components["schemas"]["SunoV45InspireMusic"], "audio_urls"> | WithFileInputs<components["schemas"]["SunoV45PlusInspireMusic"], "audio_urls"> | WithFileInputs<components["schemas"]["SunoV5InspireMusic"], "audio_urls"> | WithFileInputs<components["schemas"]["SunoV55InspireMusic"], "audio_urls">;
    created: Answer<"createInspireMusic">;
    task: Answer<"getInspireMusic">;
  };
  "regenerate_validation_phrase": {
    params: components["schemas"]["SunoRegenerateValidationPhrase"];
    created: Answer<"createRegenerateValidationPhrase">;
    task: Answer<"getRegenerateValidationPhrase">;
  };
  "remaster_audio": {
    params: components["schemas"]["SunoV4RemasterAudio"] | components["schemas"]["SunoV45RemasterAudio"] | components["schemas"]["SunoV45PlusRemasterAudio"] | components["schemas"]["SunoV5RemasterAudio"] | components["schemas"]["SunoV55RemasterAudio"];
    created: Answer<"createRemasterAudio">;
    task: Answer<"getRemasterAudio">;
  };
  "replace_section": {
    params: WithFileInputs<components["schemas"]["SunoReplaceSection"], "upload_url">;
    created: Answer<"createReplaceSection">;
    task: Answer<"getReplaceSection">;
  };
  "separate_audio_stems": {
    params: components["schemas"]["SunoSeparateAudioStems"];
    created: Answer<"createSeparateAudioStems">;
    task: Answer<"getSeparateAudioStems">;
  };
  "stitch_audio": {
    params: components["schemas"]["SunoV4StitchAudio"] | components["schemas"]["SunoV45StitchAudio"] | components["schemas"]["SunoV45PlusStitchAudio"] | components["schemas"]["SunoV5StitchAudio"] | components["schemas"]["SunoV55StitchAudio"];
    created: Answer<"createStitchAudio">;
    task: Answer<"getStitchAudio">;
  };
  "text_to_music": {
    params: components["schemas"]["SunoV4TextToMusic"] | components["schemas"]["SunoV45TextToMusic"] | components["schemas"]["SunoV45AllTextToMusic"] | components["schemas"]["SunoV45PlusTextToMusic"] | components["schemas"]["SunoV5TextToMusic"] | components["schemas"]["SunoV55TextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
  };
  "text_to_sound": {
    params: components["schemas"]["SunoV5TextToSound"] | components["schemas"]["SunoV55TextToSound"];
    created: Answer<"createTextToSound">;
    task: Answer<"getTextToSound">;
  };
  "visualize_music": {
    params: components["schemas"]["SunoVisualizeMusic"];
    created: Answer<"createVisualizeMusic">;
    task: Answer<"getVisualizeMusic">;
  };
  "voice_to_validation_phrase": {
    params: WithFileInputs<components["schemas"]["SunoVoiceToValidationPhrase"], "voice_url">;
    created: Answer<"createVoiceToValidationPhrase">;
    task: Answer<"getVoiceToValidationPhrase">;
  };
};

/** The model ids of Suno that name one variant (client.create/run take these). */
export type SunoModel = keyof SunoModels;

/** The request parameters of one Suno variant (of any, when no model is given). */
export type SunoParams<Model extends SunoModel = SunoModel> = SunoModels[Model]["params"];
