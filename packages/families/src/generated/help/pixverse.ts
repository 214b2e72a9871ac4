// Generated from specs/pixverse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** PixVerse: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_video": {
    "pixverse-v6": {
      "title": "pixverse-v6 · edit video",
      "price": "not published",
      "fields": {
        "prompt": "Video description.",
        "output_resolution": "Output resolution.",
        "duration_seconds": "Duration in seconds.",
        "enable_audio": "Enable synchronized audio generation.",
        "seed": "Random seed.",
        "reference_image_urls": "Ordered public reference image URLs.",
        "aspect_ratio": "Output aspect ratio.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "extend_video": {
    "pixverse-v6": {
      "title": "pixverse-v6 · extend video",
      "price": "not published",
      "fields": {
        "prompt": "Video continuation description.",
        "output_resolution": "Output resolution.",
        "duration_seconds": "Duration in seconds.",
        "enable_audio": "Enable synchronized audio generation.",
        "seed": "Random seed.",
        "source_task_id": "Completed PixVerse video task ID to extend.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "image_to_video": {
    "pixverse-v6": {
      "title": "pixverse-v6 · image to video",
      "price": "not published",
      "fields": {
        "prompt": "Video description.",
        "output_resolution": "Output resolution.",
        "duration_seconds": "Duration in seconds.",
        "enable_audio": "Enable synchronized audio generation.",
        "seed": "Random seed.",
        "first_frame_image_url": "First frame image URL.",
        "enable_multi_clip": "Enable multi-clip generation.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_video": {
    "pixverse-v6": {
      "title": "pixverse-v6 · text to video",
      "price": "not published",
      "fields": {
        "prompt": "Video description.",
        "output_resolution": "Output resolution.",
        "duration_seconds": "Duration in seconds.",
        "enable_audio": "Enable synchronized audio generation.",
        "seed": "Random seed.",
        "aspect_ratio": "Output aspect ratio.",
        "enable_multi_clip": "Enable multi-clip generation.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "transition_video": {
    "pixverse-v6": {
      "title": "pixverse-v6 · transition video",
      "price": "not published",
      "fields": {
        "prompt": "Video description.",
        "output_resolution": "Output resolution.",
        "duration_seconds": "Duration in seconds.",
        "enable_audio": "Enable synchronized audio generation.",
        "seed": "Random seed.",
        "first_frame_image_url": "First frame image URL.",
        "last_frame_image_url": "Last frame image URL.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
