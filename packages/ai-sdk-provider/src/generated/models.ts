// Generated from specs/ by `pnpm generate`. Do not edit: change a spec or the generator.
import type { ModelTable } from "../model-table.js";

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

/** Every RunAPI video model id in specs/; any other string is taken too, for a model newer than this package. */
export type RunAPIVideoModelId =
  | "gemini-omni-flash-preview"
  | "gemini-omni-text-to-video"
  | "grok-imagine-image-to-video"
  | "grok-imagine-text-to-video"
  | "grok-imagine-video-1.5-fast"
  | "grok-imagine-video-1.5-preview"
  | "grok-imagine/extend_video"
  | "hailuo-02-image-to-video-pro"
  | "hailuo-02-image-to-video-standard"
  | "hailuo-02-text-to-video-pro"
  | "hailuo-02-text-to-video-standard"
  | "hailuo-2.3-image-to-video-pro"
  | "hailuo-2.3-image-to-video-standard"
  | "happyhorse-1.0-i2v"
  | "happyhorse-1.0-r2v"
  | "happyhorse-1.0-t2v"
  | "happyhorse-character"
  | "happyhorse-edit-video"
  | "happyhorse-image-to-video"
  | "happyhorse-text-to-video"
  | "infinitetalk-from-audio"
  | "kling-3.0"
  | "kling-ai-avatar-pro"
  | "kling-ai-avatar-standard"
  | "kling-ai-avatar-v1-pro"
  | "kling-o1"
  | "kling-v1-avatar-standard"
  | "kling-v2.1-master-image-to-video"
  | "kling-v2.1-master-text-to-video"
  | "kling-v2.1-pro"
  | "kling-v2.1-standard"
  | "kling-v2.5-turbo-image-to-video-pro"
  | "kling-v2.5-turbo-text-to-video-pro"
  | "kling-v2.6"
  | "kling-v3-omni"
  | "kling-v3-omni-edit"
  | "kling-v3-omni-reference"
  | "kling-v3-turbo-image-to-video"
  | "kling-v3-turbo-text-to-video"
  | "luma-modify-video"
  | "midjourney-image-to-video"
  | "minimax-h3"
  | "omnihuman-1.5"
  | "pixverse-v6"
  | "runway"
  | "runway-aleph"
  | "seedance-1.5-pro"
  | "seedance-2-mini"
  | "seedance-2.0"
  | "seedance-2.0-fast"
  | "seedance-2.5"
  | "seedance-v1-pro"
  | "seedance-v1-pro-fast"
  | "suno/visualize_music"
  | "topaz-upscale-video"
  | "veo-3-1/extend_video"
  | "veo-3-1/upscale_video"
  | "veo-3.1"
  | "veo-3.1-fast"
  | "veo-3.1-lite"
  | "volcengine-lip-sync"
  | "wan-2.2-a14b-image-to-video-turbo"
  | "wan-2.2-a14b-speech-to-video-turbo"
  | "wan-2.2-a14b-text-to-video-turbo"
  | "wan-2.2-animate-move"
  | "wan-2.2-animate-replace"
  | "wan-2.5-image-to-video"
  | "wan-2.5-text-to-video"
  | "wan-2.6-edit-video"
  | "wan-2.6-flash-edit-video"
  | "wan-2.6-flash-image-to-video"
  | "wan-2.6-image-to-video"
  | "wan-2.6-text-to-video"
  | "wan-2.7-edit-video"
  | "wan-2.7-image-to-video"
  | "wan-2.7-r2v"
  | "wan-2.7-text-to-video"
  | (string & {});

/** Each video model id with the family and action of every variant it names. */
export const videoModels: ModelTable = {
  "gemini-omni-flash-preview": [{"family":"gemini-omni","action":"text_to_video","model":"gemini-omni-flash-preview"}],
  "gemini-omni-text-to-video": [{"family":"gemini-omni","action":"text_to_video","model":"gemini-omni-text-to-video"}],
  "grok-imagine-image-to-video": [{"family":"grok-imagine","action":"image_to_video","model":"grok-imagine-image-to-video"}],
  "grok-imagine-text-to-video": [{"family":"grok-imagine","action":"text_to_video","model":"grok-imagine-text-to-video"}],
  "grok-imagine-video-1.5-fast": [{"family":"grok-imagine","action":"image_to_video","model":"grok-imagine-video-1.5-fast"},{"family":"grok-imagine","action":"text_to_video","model":"grok-imagine-video-1.5-fast"}],
  "grok-imagine-video-1.5-preview": [{"family":"grok-imagine","action":"image_to_video","model":"grok-imagine-video-1.5-preview"},{"family":"grok-imagine","action":"text_to_video","model":"grok-imagine-video-1.5-preview"}],
  "grok-imagine/extend_video": [{"family":"grok-imagine","action":"extend_video"}],
  "hailuo-02-image-to-video-pro": [{"family":"hailuo","action":"image_to_video","model":"hailuo-02-image-to-video-pro"}],
  "hailuo-02-image-to-video-standard": [{"family":"hailuo","action":"image_to_video","model":"hailuo-02-image-to-video-standard"}],
  "hailuo-02-text-to-video-pro": [{"family":"hailuo","action":"text_to_video","model":"hailuo-02-text-to-video-pro"}],
  "hailuo-02-text-to-video-standard": [{"family":"hailuo","action":"text_to_video","model":"hailuo-02-text-to-video-standard"}],
  "hailuo-2.3-image-to-video-pro": [{"family":"hailuo","action":"image_to_video","model":"hailuo-2.3-image-to-video-pro"}],
  "hailuo-2.3-image-to-video-standard": [{"family":"hailuo","action":"image_to_video","model":"hailuo-2.3-image-to-video-standard"}],
  "happyhorse-1.0-i2v": [{"family":"happyhorse","action":"image_to_video","model":"happyhorse-1.0-i2v"}],
  "happyhorse-1.0-r2v": [{"family":"happyhorse","action":"text_to_video","model":"happyhorse-1.0-r2v"}],
  "happyhorse-1.0-t2v": [{"family":"happyhorse","action":"text_to_video","model":"happyhorse-1.0-t2v"}],
  "happyhorse-character": [{"family":"happyhorse","action":"text_to_video","model":"happyhorse-character"}],
  "happyhorse-edit-video": [{"family":"happyhorse","action":"edit_video","model":"happyhorse-edit-video"}],
  "happyhorse-image-to-video": [{"family":"happyhorse","action":"image_to_video","model":"happyhorse-image-to-video"}],
  "happyhorse-text-to-video": [{"family":"happyhorse","action":"text_to_video","model":"happyhorse-text-to-video"}],
  "infinitetalk-from-audio": [{"family":"infinitetalk","action":"audio_to_video","model":"infinitetalk-from-audio"}],
  "kling-3.0": [{"family":"kling","action":"motion_control","model":"kling-3.0"},{"family":"kling","action":"text_to_video","model":"kling-3.0"}],
  "kling-ai-avatar-pro": [{"family":"kling","action":"ai_avatar","model":"kling-ai-avatar-pro"}],
  "kling-ai-avatar-standard": [{"family":"kling","action":"ai_avatar","model":"kling-ai-avatar-standard"}],
  "kling-ai-avatar-v1-pro": [{"family":"kling","action":"ai_avatar","model":"kling-ai-avatar-v1-pro"}],
  "kling-o1": [{"family":"kling","action":"image_to_video","model":"kling-o1"},{"family":"kling","action":"text_to_video","model":"kling-o1"}],
  "kling-v1-avatar-standard": [{"family":"kling","action":"ai_avatar","model":"kling-v1-avatar-standard"}],
  "kling-v2.1-master-image-to-video": [{"family":"kling","action":"image_to_video","model":"kling-v2.1-master-image-to-video"}],
  "kling-v2.1-master-text-to-video": [{"family":"kling","action":"text_to_video","model":"kling-v2.1-master-text-to-video"}],
  "kling-v2.1-pro": [{"family":"kling","action":"image_to_video","model":"kling-v2.1-pro"}],
  "kling-v2.1-standard": [{"family":"kling","action":"image_to_video","model":"kling-v2.1-standard"}],
  "kling-v2.5-turbo-image-to-video-pro": [{"family":"kling","action":"extend_video","model":"kling-v2.5-turbo-image-to-video-pro"},{"family":"kling","action":"image_to_video","model":"kling-v2.5-turbo-image-to-video-pro"}],
  "kling-v2.5-turbo-text-to-video-pro": [{"family":"kling","action":"extend_video","model":"kling-v2.5-turbo-text-to-video-pro"},{"family":"kling","action":"text_to_video","model":"kling-v2.5-turbo-text-to-video-pro"}],
  "kling-v2.6": [{"family":"kling","action":"image_to_video","model":"kling-v2.6"},{"family":"kling","action":"motion_control","model":"kling-v2.6"},{"family":"kling","action":"text_to_video","model":"kling-v2.6"}],
  "kling-v3-omni": [{"family":"kling","action":"image_to_video","model":"kling-v3-omni"},{"family":"kling","action":"text_to_video","model":"kling-v3-omni"}],
  "kling-v3-omni-edit": [{"family":"kling","action":"edit_video","model":"kling-v3-omni-edit"}],
  "kling-v3-omni-reference": [{"family":"kling","action":"edit_video","model":"kling-v3-omni-reference"},{"family":"kling","action":"text_to_video","model":"kling-v3-omni-reference"}],
  "kling-v3-turbo-image-to-video": [{"family":"kling","action":"image_to_video","model":"kling-v3-turbo-image-to-video"}],
  "kling-v3-turbo-text-to-video": [{"family":"kling","action":"text_to_video","model":"kling-v3-turbo-text-to-video"}],
  "luma-modify-video": [{"family":"luma","action":"modify_video","model":"luma-modify-video"}],
  "midjourney-image-to-video": [{"family":"midjourney","action":"extend_video","model":"midjourney-image-to-video"},{"family":"midjourney","action":"image_to_video","model":"midjourney-image-to-video"}],
  "minimax-h3": [{"family":"minimax-h3","action":"image_to_video","model":"minimax-h3"},{"family":"minimax-h3","action":"text_to_video","model":"minimax-h3"}],
  "omnihuman-1.5": [{"family":"omnihuman","action":"audio_to_video","model":"omnihuman-1.5"}],
  "pixverse-v6": [{"family":"pixverse","action":"edit_video","model":"pixverse-v6"},{"family":"pixverse","action":"extend_video","model":"pixverse-v6"},{"family":"pixverse","action":"image_to_video","model":"pixverse-v6"},{"family":"pixverse","action":"text_to_video","model":"pixverse-v6"},{"family":"pixverse","action":"transition_video","model":"pixverse-v6"}],
  "runway": [{"family":"runway","action":"extend_video","model":"runway"},{"family":"runway","action":"text_to_video","model":"runway"}],
  "runway-aleph": [{"family":"runway-aleph","action":"edit_video","model":"runway-aleph"}],
  "seedance-1.5-pro": [{"family":"seedance","action":"text_to_video","model":"seedance-1.5-pro"}],
  "seedance-2-mini": [{"family":"seedance","action":"text_to_video","model":"seedance-2-mini"}],
  "seedance-2.0": [{"family":"seedance","action":"text_to_video","model":"seedance-2.0"}],
  "seedance-2.0-fast": [{"family":"seedance","action":"text_to_video","model":"seedance-2.0-fast"}],
  "seedance-2.5": [{"family":"seedance","action":"text_to_video","model":"seedance-2.5"}],
  "seedance-v1-pro": [{"family":"seedance","action":"text_to_video","model":"seedance-v1-pro"}],
  "seedance-v1-pro-fast": [{"family":"seedance","action":"text_to_video","model":"seedance-v1-pro-fast"}],
  "suno/visualize_music": [{"family":"suno","action":"visualize_music"}],
  "topaz-upscale-video": [{"family":"topaz","action":"upscale_video","model":"topaz-upscale-video"}],
  "veo-3-1/extend_video": [{"family":"veo-3-1","action":"extend_video"}],
  "veo-3-1/upscale_video": [{"family":"veo-3-1","action":"upscale_video"}],
  "veo-3.1": [{"family":"veo-3-1","action":"text_to_video","model":"veo-3.1"}],
  "veo-3.1-fast": [{"family":"veo-3-1","action":"text_to_video","model":"veo-3.1-fast"}],
  "veo-3.1-lite": [{"family":"veo-3-1","action":"text_to_video","model":"veo-3.1-lite"}],
  "volcengine-lip-sync": [{"family":"volcengine-lip-sync","action":"lip_sync_video","model":"volcengine-lip-sync"}],
  "wan-2.2-a14b-image-to-video-turbo": [{"family":"wan","action":"image_to_video","model":"wan-2.2-a14b-image-to-video-turbo"}],
  "wan-2.2-a14b-speech-to-video-turbo": [{"family":"wan","action":"speech_to_video","model":"wan-2.2-a14b-speech-to-video-turbo"}],
  "wan-2.2-a14b-text-to-video-turbo": [{"family":"wan","action":"text_to_video","model":"wan-2.2-a14b-text-to-video-turbo"}],
  "wan-2.2-animate-move": [{"family":"wan","action":"animate","model":"wan-2.2-animate-move"}],
  "wan-2.2-animate-replace": [{"family":"wan","action":"animate","model":"wan-2.2-animate-replace"}],
  "wan-2.5-image-to-video": [{"family":"wan","action":"image_to_video","model":"wan-2.5-image-to-video"}],
  "wan-2.5-text-to-video": [{"family":"wan","action":"text_to_video","model":"wan-2.5-text-to-video"}],
  "wan-2.6-edit-video": [{"family":"wan","action":"edit_video","model":"wan-2.6-edit-video"}],
  "wan-2.6-flash-edit-video": [{"family":"wan","action":"edit_video","model":"wan-2.6-flash-edit-video"}],
  "wan-2.6-flash-image-to-video": [{"family":"wan","action":"image_to_video","model":"wan-2.6-flash-image-to-video"}],
  "wan-2.6-image-to-video": [{"family":"wan","action":"image_to_video","model":"wan-2.6-image-to-video"}],
  "wan-2.6-text-to-video": [{"family":"wan","action":"text_to_video","model":"wan-2.6-text-to-video"}],
  "wan-2.7-edit-video": [{"family":"wan","action":"edit_video","model":"wan-2.7-edit-video"}],
  "wan-2.7-image-to-video": [{"family":"wan","action":"image_to_video","model":"wan-2.7-image-to-video"}],
  "wan-2.7-r2v": [{"family":"wan","action":"text_to_video","model":"wan-2.7-r2v"}],
  "wan-2.7-text-to-video": [{"family":"wan","action":"text_to_video","model":"wan-2.7-text-to-video"}],
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

/** Every RunAPI transcription model id in specs/; any other string is taken too, for a model newer than this package. */
export type RunAPITranscriptionModelId =
  | "gpt-transcribe"
  | "speech-to-text"
  | "whisper-1"
  | (string & {});

/** Each transcription model id with the family and action of every variant it names. */
export const transcriptionModels: ModelTable = {
  "gpt-transcribe": [{"family":"openai-transcription","action":"speech_to_text","model":"gpt-transcribe"}],
  "speech-to-text": [{"family":"elevenlabs","action":"speech_to_text","model":"speech-to-text"}],
  "whisper-1": [{"family":"openai-transcription","action":"speech_to_text","model":"whisper-1"}],
};
