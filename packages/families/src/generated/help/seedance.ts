// Generated from specs/seedance.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Seedance: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "text_to_video": {
    "seedance-1.5-pro": {
      "title": "seedance-1.5-pro · text to video",
      "price": "from 1.75¢ to 15¢ by generate_audio × output_resolution",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedance-2-mini": {
      "title": "seedance-2-mini · text to video",
      "price": "not published",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedance-2.0": {
      "title": "seedance-2.0 · text to video",
      "price": "not published",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedance-2.0-fast": {
      "title": "seedance-2.0-fast · text to video",
      "price": "not published",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedance-2.5": {
      "title": "seedance-2.5 · text to video",
      "price": "not published",
      "fields": {
        "prompt": "Video generation prompt.",
        "aspect_ratio": "Output aspect ratio; auto lets RunAPI select it.",
        "output_resolution": "Output video resolution.",
        "duration_seconds": "Video duration in seconds; -1 selects duration automatically.",
        "generate_audio": "Whether to generate synchronized audio.",
        "enable_safety_checker": "Whether RunAPI checks generated content for safety.",
        "return_last_frame": "Whether to return the generated video's last frame.",
        "output_format": "Output video container format.",
        "first_frame_image_url": "Public first-frame image URL for frame-guided generation.",
        "last_frame_image_url": "Public last-frame image URL; requires first_frame_image_url.",
        "reference_image_urls": "Public reference image URLs; up to 30 images.",
        "reference_video_urls": "Public reference video URLs; up to 10 videos.",
        "reference_audio_urls": "Public reference audio URLs; up to 10 audio files.",
        "web_search": "Whether to enrich the prompt with web search.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedance-v1-pro": {
      "title": "seedance-v1-pro · text to video",
      "price": "0.56¢ (output_resolution 480p) · 1.2¢ (output_resolution 720p) · 2.8¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedance-v1-pro-fast": {
      "title": "seedance-v1-pro-fast · text to video",
      "price": "0.64¢ (output_resolution 720p) · 1.44¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
