// Generated from specs/minimax-h3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** MiniMax H3: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "image_to_video": {
    "minimax-h3": {
      "title": "minimax-h3 · image to video",
      "price": "not published",
      "fields": {
        "prompt": "Video generation prompt.",
        "first_frame_image_url": "Public HTTP(S) first-frame image URL; JPG, JPEG, PNG, WEBP, HEIC, or HEIF, up to 30 MB, 256-5760 pixels per side, with aspect ratio 0.4-2.5.",
        "last_frame_image_url": "Public HTTP(S) final-frame image URL; JPG, JPEG, PNG, WEBP, HEIC, or HEIF, up to 30 MB, 256-5760 pixels per side, with aspect ratio 0.4-2.5.",
        "duration_seconds": "Generated video duration in seconds.",
        "output_resolution": "Generated video resolution.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_video": {
    "minimax-h3": {
      "title": "minimax-h3 · text to video",
      "price": "not published",
      "fields": {
        "prompt": "Video generation prompt.",
        "duration_seconds": "Generated video duration in seconds.",
        "output_resolution": "Generated video resolution.",
        "aspect_ratio": "Generated video aspect ratio; adaptive is available only with reference media.",
        "reference_image_urls": "Public HTTP(S) reference image URLs; JPG, JPEG, PNG, WEBP, HEIC, or HEIF, up to 30 MB each, 256-5760 pixels per side, with aspect ratio 0.4-2.5.",
        "reference_video_urls": "Public HTTP(S) MP4 or MOV reference video URLs; each clip must be 2-15 seconds and combined video duration must not exceed 15 seconds.",
        "reference_audio_urls": "Public HTTP(S) WAV or MP3 reference audio URLs; requires reference images or videos, each clip must be 2-15 seconds, and combined audio duration must not exceed 15 seconds.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
