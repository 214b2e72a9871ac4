// Generated from specs/grok-imagine.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Grok Imagine: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_image": {
    "grok-imagine-edit-image": {
      "title": "grok-imagine-edit-image · edit image",
      "price": "4¢",
      "fields": {
        "source_image_url": "Public source image URL.",
        "prompt": "Optional image editing instruction.",
        "enable_safety_checker": "Enable content safety checks.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "grok-imagine-image-2-0": {
      "title": "grok-imagine-image-2-0 · edit image",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed Image 2.0 segment-map Task ID.",
        "mask_indices": "Optional segment indexes to edit.",
        "prompt": "Image editing prompt.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "extend_video": {
    "extend_video": {
      "title": "Grok Imagine · extend video",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed prior Grok Imagine video Task ID.",
        "prompt": "Video continuation prompt.",
        "start_seconds": "Source video position in seconds where extension begins.",
        "extension_duration_seconds": "Extension duration in seconds.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "image_to_video": {
    "grok-imagine-image-to-video": {
      "title": "grok-imagine-image-to-video · image to video",
      "price": "1.6¢ (output_resolution 480p) · 3¢ (output_resolution 720p)",
      "fields": {
        "source_image_url": "Public source image URL; provide this or source_task_id, but not both.",
        "source_task_id": "Prior Grok Imagine text-to-image Task ID; provide this or source_image_url, but not both.",
        "index": "Zero-based source image index; used only with source_task_id.",
        "prompt": "Optional video generation prompt.",
        "motion_style": "Video motion style; spicy requires source_task_id.",
        "duration_seconds": "Output duration in seconds.",
        "output_resolution": "Output resolution.",
        "aspect_ratio": "Output aspect ratio.",
        "enable_safety_checker": "Enable content safety checks.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "grok-imagine-video-1.5-fast": {
      "title": "grok-imagine-video-1.5-fast · image to video",
      "price": "18¢ (duration_seconds 1-10) · 45¢ (duration_seconds 11-20) · 75¢ (duration_seconds 21-30)",
      "fields": {
        "source_image_url": "Public source image URL.",
        "reference_image_urls": "Public reference image URLs.",
        "prompt": "Optional video generation prompt.",
        "duration_seconds": "Output duration in seconds.",
        "output_resolution": "Output resolution.",
        "aspect_ratio": "Output aspect ratio.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "grok-imagine-video-1.5-preview": {
      "title": "grok-imagine-video-1.5-preview · image to video",
      "price": "3¢",
      "fields": {
        "source_image_url": "Public source image URL.",
        "reference_image_urls": "Additional public reference image URLs; source plus references may total seven images.",
        "prompt": "Optional video generation prompt.",
        "duration_seconds": "Output duration in seconds.",
        "output_resolution": "Output resolution.",
        "aspect_ratio": "Output aspect ratio.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "segment_map": {
    "grok-imagine-image-2-0": {
      "title": "grok-imagine-image-2-0 · segment map",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed Image 2.0 text-to-image Task ID.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "grok-imagine-image-2-0": {
      "title": "grok-imagine-image-2-0 · text to image",
      "price": "not published",
      "fields": {
        "prompt": "Image generation prompt.",
        "aspect_ratio": "Output aspect ratio.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "grok-imagine-text-to-image": {
      "title": "grok-imagine-text-to-image · text to image",
      "price": "5¢ (enable_pro true) · 4¢ (enable_pro false)",
      "fields": {
        "prompt": "Image generation prompt.",
        "aspect_ratio": "Output aspect ratio.",
        "enable_safety_checker": "Enable content safety checks.",
        "enable_pro": "Enable Pro image generation mode.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_video": {
    "grok-imagine-text-to-video": {
      "title": "grok-imagine-text-to-video · text to video",
      "price": "1.6¢ (output_resolution 480p) · 3¢ (output_resolution 720p)",
      "fields": {
        "prompt": "Video generation prompt.",
        "aspect_ratio": "Output aspect ratio.",
        "motion_style": "Video motion style.",
        "duration_seconds": "Output duration in seconds.",
        "output_resolution": "Output resolution.",
        "enable_safety_checker": "Enable content safety checks.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "grok-imagine-video-1.5-fast": {
      "title": "grok-imagine-video-1.5-fast · text to video",
      "price": "18¢ (duration_seconds 1-10) · 45¢ (duration_seconds 11-20) · 75¢ (duration_seconds 21-30)",
      "fields": {
        "prompt": "Video generation prompt.",
        "reference_image_urls": "Public reference image URLs.",
        "aspect_ratio": "Output aspect ratio.",
        "duration_seconds": "Output duration in seconds.",
        "output_resolution": "Output resolution.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "grok-imagine-video-1.5-preview": {
      "title": "grok-imagine-video-1.5-preview · text to video",
      "price": "1.6¢ (output_resolution 480p) · 3¢ (output_resolution 720p) · 2¢ otherwise",
      "fields": {
        "prompt": "Video generation prompt.",
        "reference_image_urls": "Public reference image URLs; 1080p accepts at most one image.",
        "aspect_ratio": "Output aspect ratio.",
        "duration_seconds": "Output duration in seconds.",
        "output_resolution": "Output resolution.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "upscale_image": {
    "upscale_image": {
      "title": "Grok Imagine · upscale image",
      "price": "10¢",
      "fields": {
        "source_task_id": "Completed prior Grok Imagine video Task ID.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
