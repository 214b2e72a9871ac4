// Generated from specs/gemini-omni.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Gemini Omni: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "create_audio": {
    "gemini-omni-audio": {
      "title": "gemini-omni-audio · create audio",
      "price": "free",
      "fields": {
        "audio_id": "Voice identity used for the audio preset.",
        "name": "Audio preset display name.",
        "voice_description": "Voice characteristics such as pitch, tone, or accent.",
        "example_dialogue": "Example dialogue demonstrating the voice style."
      }
    }
  },
  "create_character": {
    "gemini-omni-character": {
      "title": "gemini-omni-character · create character",
      "price": "free",
      "fields": {
        "descriptions": "Character appearance, identity, style, clothing, or personality description.",
        "reference_image_url": "Public character reference image URL.",
        "audio_ids": "Audio preset IDs returned by create-audio.",
        "character_name": "Character display name."
      }
    }
  },
  "text_to_video": {
    "gemini-omni-flash-preview": {
      "title": "gemini-omni-flash-preview · text to video",
      "price": "60¢",
      "fields": {
        "prompt": "Video generation prompt.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "gemini-omni-text-to-video": {
      "title": "gemini-omni-text-to-video · text to video",
      "price": "not published",
      "fields": {
        "prompt": "Video generation prompt.",
        "duration_seconds": "Output duration in seconds.",
        "reference_image_urls": "Public reference image URLs; images, video clips, and characters share a seven-unit reference limit.",
        "audio_ids": "Audio preset IDs returned by create-audio.",
        "video_list": "Source video clips; each clip consumes two reference units.",
        "character_ids": "Character IDs returned by create-character; images, video clips, and characters share a seven-unit reference limit.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "seed": "Deterministic generation seed.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
