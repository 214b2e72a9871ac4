// Generated from specs/ by `pnpm generate`. Do not edit: change a spec or the generator.
import type { FamilyModule, ModelTable } from "../model-table.js";

/** Every RunAPI image model id in specs/; any other string is taken too, for a model newer than this package. */
export type RunAPIImageModelId =
  | "flux-2-flex-image-to-image"
  | "flux-2-flex-remix-image"
  | "flux-2-flex-text-to-image"
  | "flux-2-klein"
  | "flux-2-max-remix-image"
  | "flux-2-max-text-to-image"
  | "flux-2-pro-image-to-image"
  | "flux-2-pro-remix-image"
  | "flux-2-pro-text-to-image"
  | "flux-dev"
  | "flux-kontext-max"
  | "flux-kontext-pro"
  | "flux-pro"
  | "gpt-4o-image"
  | "gpt-image-1.5"
  | "gpt-image-2"
  | "grok-imagine-edit-image"
  | "grok-imagine-image-2-0"
  | "grok-imagine-text-to-image"
  | "grok-imagine/upscale_image"
  | "ideogram-v3-character"
  | "ideogram-v3-character-edit"
  | "ideogram-v3-character-remix"
  | "ideogram-v3-edit"
  | "ideogram-v3-reframe"
  | "ideogram-v3-remix"
  | "ideogram-v3-text-to-image"
  | "imagen-4"
  | "imagen-4-fast"
  | "imagen-4-pro-remix-image"
  | "imagen-4-ultra"
  | "midjourney-edit-image"
  | "midjourney-v8.1"
  | "nano-banana"
  | "nano-banana-2"
  | "nano-banana-2-lite"
  | "nano-banana-edit"
  | "nano-banana-pro"
  | "qwen-2-edit-image"
  | "qwen-2-text-to-image"
  | "qwen-3-edit-image"
  | "qwen-3-pro-edit-image"
  | "qwen-3-pro-text-to-image"
  | "qwen-3-text-to-image"
  | "qwen-image-edit-image"
  | "qwen-image-remix-image"
  | "qwen-image-text-to-image"
  | "recraft-crisp-upscale"
  | "recraft-remove-background"
  | "seedream-4.5-edit"
  | "seedream-4.5-text-to-image"
  | "seedream-5-lite-edit"
  | "seedream-5-lite-text-to-image"
  | "seedream-5-pro-edit"
  | "seedream-5-pro-layer-decomposition"
  | "seedream-5-pro-text-to-image"
  | "seedream-v4-edit"
  | "seedream-v4-text-to-image"
  | "suno/generate_artwork"
  | "topaz-upscale-image"
  | "wan-2.7-image"
  | "wan-2.7-image-pro"
  | "z-image"
  | (string & {});

/** Each image model id with the family and action of every variant it names. */
export const imageModels: ModelTable = {
  "flux-2-flex-image-to-image": [{"family":"flux-2","action":"image_to_image","model":"flux-2-flex-image-to-image"}],
  "flux-2-flex-remix-image": [{"family":"flux-2","action":"remix_image","model":"flux-2-flex-remix-image"}],
  "flux-2-flex-text-to-image": [{"family":"flux-2","action":"text_to_image","model":"flux-2-flex-text-to-image"}],
  "flux-2-klein": [{"family":"flux","action":"text_to_image","model":"flux-2-klein"}],
  "flux-2-max-remix-image": [{"family":"flux-2","action":"remix_image","model":"flux-2-max-remix-image"}],
  "flux-2-max-text-to-image": [{"family":"flux-2","action":"text_to_image","model":"flux-2-max-text-to-image"}],
  "flux-2-pro-image-to-image": [{"family":"flux-2","action":"image_to_image","model":"flux-2-pro-image-to-image"}],
  "flux-2-pro-remix-image": [{"family":"flux-2","action":"remix_image","model":"flux-2-pro-remix-image"}],
  "flux-2-pro-text-to-image": [{"family":"flux-2","action":"text_to_image","model":"flux-2-pro-text-to-image"}],
  "flux-dev": [{"family":"flux","action":"remix_image","model":"flux-dev"},{"family":"flux","action":"text_to_image","model":"flux-dev"}],
  "flux-kontext-max": [{"family":"flux-kontext","action":"text_to_image","model":"flux-kontext-max"}],
  "flux-kontext-pro": [{"family":"flux-kontext","action":"text_to_image","model":"flux-kontext-pro"}],
  "flux-pro": [{"family":"flux","action":"remix_image","model":"flux-pro"},{"family":"flux","action":"text_to_image","model":"flux-pro"}],
  "gpt-4o-image": [{"family":"gpt-4o-image","action":"text_to_image","model":"gpt-4o-image"}],
  "gpt-image-1.5": [{"family":"gpt-image","action":"edit_image","model":"gpt-image-1.5"},{"family":"gpt-image","action":"text_to_image","model":"gpt-image-1.5"}],
  "gpt-image-2": [{"family":"gpt-image-2","action":"edit_image","model":"gpt-image-2"},{"family":"gpt-image-2","action":"text_to_image","model":"gpt-image-2"}],
  "grok-imagine-edit-image": [{"family":"grok-imagine","action":"edit_image","model":"grok-imagine-edit-image"}],
  "grok-imagine-image-2-0": [{"family":"grok-imagine","action":"edit_image","model":"grok-imagine-image-2-0"},{"family":"grok-imagine","action":"segment_map","model":"grok-imagine-image-2-0"},{"family":"grok-imagine","action":"text_to_image","model":"grok-imagine-image-2-0"}],
  "grok-imagine-text-to-image": [{"family":"grok-imagine","action":"text_to_image","model":"grok-imagine-text-to-image"}],
  "grok-imagine/upscale_image": [{"family":"grok-imagine","action":"upscale_image"}],
  "ideogram-v3-character": [{"family":"ideogram-v3","action":"text_to_image","model":"ideogram-v3-character"}],
  "ideogram-v3-character-edit": [{"family":"ideogram-v3","action":"edit_image","model":"ideogram-v3-character-edit"}],
  "ideogram-v3-character-remix": [{"family":"ideogram-v3","action":"remix_image","model":"ideogram-v3-character-remix"}],
  "ideogram-v3-edit": [{"family":"ideogram-v3","action":"edit_image","model":"ideogram-v3-edit"}],
  "ideogram-v3-reframe": [{"family":"ideogram-v3","action":"reframe_image","model":"ideogram-v3-reframe"}],
  "ideogram-v3-remix": [{"family":"ideogram-v3","action":"remix_image","model":"ideogram-v3-remix"}],
  "ideogram-v3-text-to-image": [{"family":"ideogram-v3","action":"text_to_image","model":"ideogram-v3-text-to-image"}],
  "imagen-4": [{"family":"imagen-4","action":"text_to_image","model":"imagen-4"}],
  "imagen-4-fast": [{"family":"imagen-4","action":"text_to_image","model":"imagen-4-fast"}],
  "imagen-4-pro-remix-image": [{"family":"imagen-4","action":"remix_image","model":"imagen-4-pro-remix-image"}],
  "imagen-4-ultra": [{"family":"imagen-4","action":"text_to_image","model":"imagen-4-ultra"}],
  "midjourney-edit-image": [{"family":"midjourney","action":"edit_image","model":"midjourney-edit-image"}],
  "midjourney-v8.1": [{"family":"midjourney","action":"text_to_image","model":"midjourney-v8.1"}],
  "nano-banana": [{"family":"nano-banana","action":"text_to_image","model":"nano-banana"}],
  "nano-banana-2": [{"family":"nano-banana","action":"text_to_image","model":"nano-banana-2"}],
  "nano-banana-2-lite": [{"family":"nano-banana","action":"edit_image","model":"nano-banana-2-lite"},{"family":"nano-banana","action":"text_to_image","model":"nano-banana-2-lite"}],
  "nano-banana-edit": [{"family":"nano-banana","action":"edit_image","model":"nano-banana-edit"}],
  "nano-banana-pro": [{"family":"nano-banana","action":"text_to_image","model":"nano-banana-pro"}],
  "qwen-2-edit-image": [{"family":"qwen-2","action":"edit_image","model":"qwen-2-edit-image"}],
  "qwen-2-text-to-image": [{"family":"qwen-2","action":"text_to_image","model":"qwen-2-text-to-image"}],
  "qwen-3-edit-image": [{"family":"qwen-3","action":"edit_image","model":"qwen-3-edit-image"}],
  "qwen-3-pro-edit-image": [{"family":"qwen-3","action":"edit_image","model":"qwen-3-pro-edit-image"}],
  "qwen-3-pro-text-to-image": [{"family":"qwen-3","action":"text_to_image","model":"qwen-3-pro-text-to-image"}],
  "qwen-3-text-to-image": [{"family":"qwen-3","action":"text_to_image","model":"qwen-3-text-to-image"}],
  "qwen-image-edit-image": [{"family":"qwen-image","action":"edit_image","model":"qwen-image-edit-image"}],
  "qwen-image-remix-image": [{"family":"qwen-image","action":"remix_image","model":"qwen-image-remix-image"}],
  "qwen-image-text-to-image": [{"family":"qwen-image","action":"text_to_image","model":"qwen-image-text-to-image"}],
  "recraft-crisp-upscale": [{"family":"recraft","action":"upscale_image","model":"recraft-crisp-upscale"}],
  "recraft-remove-background": [{"family":"recraft","action":"remove_background","model":"recraft-remove-background"}],
  "seedream-4.5-edit": [{"family":"seedream","action":"edit_image","model":"seedream-4.5-edit"}],
  "seedream-4.5-text-to-image": [{"family":"seedream","action":"text_to_image","model":"seedream-4.5-text-to-image"}],
  "seedream-5-lite-edit": [{"family":"seedream","action":"edit_image","model":"seedream-5-lite-edit"}],
  "seedream-5-lite-text-to-image": [{"family":"seedream","action":"text_to_image","model":"seedream-5-lite-text-to-image"}],
  "seedream-5-pro-edit": [{"family":"seedream","action":"edit_image","model":"seedream-5-pro-edit"}],
  "seedream-5-pro-layer-decomposition": [{"family":"seedream","action":"decompose_layers","model":"seedream-5-pro-layer-decomposition"}],
  "seedream-5-pro-text-to-image": [{"family":"seedream","action":"text_to_image","model":"seedream-5-pro-text-to-image"}],
  "seedream-v4-edit": [{"family":"seedream","action":"edit_image","model":"seedream-v4-edit"}],
  "seedream-v4-text-to-image": [{"family":"seedream","action":"text_to_image","model":"seedream-v4-text-to-image"}],
  "suno/generate_artwork": [{"family":"suno","action":"generate_artwork"}],
  "topaz-upscale-image": [{"family":"topaz","action":"upscale_image","model":"topaz-upscale-image"}],
  "wan-2.7-image": [{"family":"wan","action":"text_to_image","model":"wan-2.7-image"}],
  "wan-2.7-image-pro": [{"family":"wan","action":"text_to_image","model":"wan-2.7-image-pro"}],
  "z-image": [{"family":"z-image","action":"text_to_image","model":"z-image"}],
};

/** Every RunAPI speech model id in specs/; any other string is taken too, for a model newer than this package. */
export type RunAPISpeechModelId =
  | "s1"
  | "s2-pro"
  | "s2.1-pro"
  | "text-to-speech-multilingual-v2"
  | "text-to-speech-turbo-v2.5"
  | "tts-1"
  | "tts-1-hd"
  | (string & {});

/** Each speech model id with the family and action of every variant it names. */
export const speechModels: ModelTable = {
  "s1": [{"family":"fish-audio","action":"text_to_speech","model":"s1"}],
  "s2-pro": [{"family":"fish-audio","action":"text_to_speech","model":"s2-pro"}],
  "s2.1-pro": [{"family":"fish-audio","action":"text_to_speech","model":"s2.1-pro"}],
  "text-to-speech-multilingual-v2": [{"family":"elevenlabs","action":"text_to_speech","model":"text-to-speech-multilingual-v2"}],
  "text-to-speech-turbo-v2.5": [{"family":"elevenlabs","action":"text_to_speech","model":"text-to-speech-turbo-v2.5"}],
  "tts-1": [{"family":"openai-tts","action":"text_to_speech","model":"tts-1"}],
  "tts-1-hd": [{"family":"openai-tts","action":"text_to_speech","model":"tts-1-hd"}],
};

/** Each family package a model above belongs to, loaded when one of its models is first called. */
export const families: Readonly<Record<string, () => Promise<FamilyModule>>> = {
  "elevenlabs": () => import("@runapi.ai/elevenlabs"),
  "fish-audio": () => import("@runapi.ai/fish-audio"),
  "flux-2": () => import("@runapi.ai/flux-2"),
  "flux-kontext": () => import("@runapi.ai/flux-kontext"),
  "flux": () => import("@runapi.ai/flux"),
  "gpt-4o-image": () => import("@runapi.ai/gpt-4o-image"),
  "gpt-image-2": () => import("@runapi.ai/gpt-image-2"),
  "gpt-image": () => import("@runapi.ai/gpt-image"),
  "grok-imagine": () => import("@runapi.ai/grok-imagine"),
  "ideogram-v3": () => import("@runapi.ai/ideogram-v3"),
  "imagen-4": () => import("@runapi.ai/imagen-4"),
  "midjourney": () => import("@runapi.ai/midjourney"),
  "nano-banana": () => import("@runapi.ai/nano-banana"),
  "openai-tts": () => import("@runapi.ai/openai-tts"),
  "qwen-2": () => import("@runapi.ai/qwen-2"),
  "qwen-3": () => import("@runapi.ai/qwen-3"),
  "qwen-image": () => import("@runapi.ai/qwen-image"),
  "recraft": () => import("@runapi.ai/recraft"),
  "seedream": () => import("@runapi.ai/seedream"),
  "suno": () => import("@runapi.ai/suno"),
  "topaz": () => import("@runapi.ai/topaz"),
  "wan": () => import("@runapi.ai/wan"),
  "z-image": () => import("@runapi.ai/z-image"),
};
