// Generated from specs/kling.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Kling: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "ai_avatar": {
    "kling-ai-avatar-pro": {
      "title": "kling-ai-avatar-pro · AI avatar",
      "price": "16¢",
      "fields": {
        "source_image_url": "Face image URL.",
        "source_audio_url": "Audio URL for lip sync.",
        "prompt": "Description of the avatar.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-ai-avatar-standard": {
      "title": "kling-ai-avatar-standard · AI avatar",
      "price": "8¢",
      "fields": {
        "source_image_url": "Face image URL.",
        "source_audio_url": "Audio URL for lip sync.",
        "prompt": "Description of the avatar.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-ai-avatar-v1-pro": {
      "title": "kling-ai-avatar-v1-pro · AI avatar",
      "price": "16¢",
      "fields": {
        "source_image_url": "Face image URL.",
        "source_audio_url": "Audio URL for lip sync.",
        "prompt": "Description of the avatar.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v1-avatar-standard": {
      "title": "kling-v1-avatar-standard · AI avatar",
      "price": "8¢",
      "fields": {
        "source_image_url": "Face image URL.",
        "source_audio_url": "Audio URL for lip sync.",
        "prompt": "Description of the avatar.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "edit_video": {
    "kling-v3-omni-edit": {
      "title": "kling-v3-omni-edit · edit video",
      "price": "not published",
      "fields": {
        "prompt": "Video description.",
        "source_video_url": "Public source video URL; cannot be combined with source_task_id.",
        "source_task_id": "Completed compatible task ID; cannot be combined with source_video_url.",
        "reference_image_urls": "Ordered reference image URLs.",
        "duration_seconds": "Output duration in seconds.",
        "output_resolution": "Output resolution.",
        "aspect_ratio": "Output aspect ratio; source-only requests require auto.",
        "enable_sound": "Enable synchronized sound generation.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v3-omni-reference": {
      "title": "kling-v3-omni-reference · edit video",
      "price": "not published",
      "fields": {
        "prompt": "Video description.",
        "source_video_url": "Public source video URL; cannot be combined with source_task_id.",
        "source_task_id": "Completed compatible task ID; cannot be combined with source_video_url.",
        "reference_image_urls": "Ordered reference image URLs.",
        "duration_seconds": "Output duration in seconds.",
        "output_resolution": "Output resolution.",
        "aspect_ratio": "Output aspect ratio; source-only requests require auto.",
        "enable_sound": "Enable synchronized sound generation; source-video requests require false.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "extend_video": {
    "kling-v2.5-turbo-image-to-video-pro": {
      "title": "kling-v2.5-turbo-image-to-video-pro · extend video",
      "price": "4.2¢ (mode std) · 8.4¢ (mode pro)",
      "fields": {
        "source_task_id": "Completed Kling v2.5 Turbo source task ID.",
        "mode": "Extension quality mode.",
        "prompt": "Optional description for the continuation.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.5-turbo-text-to-video-pro": {
      "title": "kling-v2.5-turbo-text-to-video-pro · extend video",
      "price": "4.2¢ (mode std) · 8.4¢ (mode pro)",
      "fields": {
        "source_task_id": "Completed Kling v2.5 Turbo source task ID.",
        "mode": "Extension quality mode.",
        "prompt": "Optional description for the continuation.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "image_to_video": {
    "kling-o1": {
      "title": "kling-o1 · image to video",
      "price": "not published",
      "fields": {
        "prompt": "Video description; reference media with matching numbered markers.",
        "first_frame_image_url": "Public HTTP(S) JPG, JPEG, or PNG first-frame image URL.",
        "mode": "Generation mode.",
        "enable_sound": "Sound generation must remain disabled.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "last_frame_image_url": "Public HTTP(S) JPG, JPEG, or PNG final-frame image URL; cannot be combined with reference_image_urls or reference_video_url.",
        "reference_image_urls": "Ordered public HTTP(S) JPG, JPEG, or PNG reference image URLs; cannot be combined with last_frame_image_url.",
        "reference_video_url": "Public HTTP(S) MP4 or MOV reference video URL; cannot be combined with last_frame_image_url.",
        "reference_video_type": "Use the video as a base edit or feature reference.",
        "preserve_reference_video_audio": "Preserve the reference video's original audio.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.1-master-image-to-video": {
      "title": "kling-v2.1-master-image-to-video · image to video",
      "price": "32¢",
      "fields": {
        "prompt": "Video description.",
        "first_frame_image_url": "First frame image URL.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "negative_prompt": "Negative prompt.",
        "cfg_scale": "Guidance scale (0-1).",
        "last_frame_image_url": "Final frame image URL for supported image-to-video models.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.1-pro": {
      "title": "kling-v2.1-pro · image to video",
      "price": "10¢",
      "fields": {
        "prompt": "Video description.",
        "first_frame_image_url": "First frame image URL.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "negative_prompt": "Negative prompt.",
        "cfg_scale": "Guidance scale (0-1).",
        "last_frame_image_url": "Final frame image URL for supported image-to-video models.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.1-standard": {
      "title": "kling-v2.1-standard · image to video",
      "price": "5¢",
      "fields": {
        "prompt": "Video description.",
        "first_frame_image_url": "First frame image URL.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "negative_prompt": "Negative prompt.",
        "cfg_scale": "Guidance scale (0-1).",
        "last_frame_image_url": "Final frame image URL for supported image-to-video models.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.5-turbo-image-to-video-pro": {
      "title": "kling-v2.5-turbo-image-to-video-pro · image to video",
      "price": "9¢",
      "fields": {
        "prompt": "Video description.",
        "first_frame_image_url": "First frame image URL.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "negative_prompt": "Negative prompt.",
        "cfg_scale": "Guidance scale (0-1).",
        "last_frame_image_url": "Final frame image URL for supported image-to-video models.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.6": {
      "title": "kling-v2.6 · image to video",
      "price": "from 12¢ to 40¢ by mode × enable_sound",
      "fields": {
        "prompt": "Video description.",
        "first_frame_image_url": "First frame image URL.",
        "mode": "Generation mode.",
        "enable_sound": "Enable sound generation; requires pro mode.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "last_frame_image_url": "Final frame image URL; requires pro mode and 5 seconds.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v3-omni": {
      "title": "kling-v3-omni · image to video",
      "price": "from 24¢ to $1.195 by output_resolution × enable_sound",
      "fields": {
        "prompt": "Video description.",
        "first_frame_image_url": "First frame image URL.",
        "enable_sound": "Enable synchronized sound generation.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "last_frame_image_url": "Final frame image URL; requires a 5-second duration.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v3-turbo-image-to-video": {
      "title": "kling-v3-turbo-image-to-video · image to video",
      "price": "18¢ (output_resolution 720p) · 22.5¢ (output_resolution 1080p)",
      "fields": {
        "prompt": "Video description.",
        "first_frame_image_url": "First frame image URL.",
        "duration_seconds": "Duration in seconds.",
        "output_resolution": "Output resolution.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "motion_control": {
    "kling-3.0": {
      "title": "kling-3.0 · motion control",
      "price": "per second of output: 20¢ (output_resolution 720p) · 27¢ (output_resolution 1080p)",
      "fields": {
        "source_image_url": "Subject image URL.",
        "reference_video_url": "Reference motion video URL.",
        "prompt": "Description prompt.",
        "output_resolution": "Output resolution.",
        "character_orientation": "Character orientation.",
        "background_source": "Background source.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.6": {
      "title": "kling-v2.6 · motion control",
      "price": "not published",
      "fields": {
        "source_image_url": "Subject image URL.",
        "reference_video_url": "Reference motion video URL (3-10 seconds with image orientation; 3-30 seconds with video orientation).",
        "prompt": "Optional motion guidance prompt.",
        "output_resolution": "Output resolution.",
        "character_orientation": "Whether the reference follows the video's or image's orientation.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_video": {
    "kling-3.0": {
      "title": "kling-3.0 · text to video",
      "price": "from 14¢ to 67¢ by enable_sound × output_resolution",
      "fields": {
        "prompt": "Video description. Required unless multi_shots is enabled.",
        "enable_sound": "Enable sound generation.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "negative_prompt": "Negative prompt.",
        "cfg_scale": "Guidance scale (0-1).",
        "multi_shots": "Enable multi-shot generation.",
        "multi_prompt": "Prompt segments for multi-shot mode.",
        "first_frame_image_url": "First frame image URL.",
        "last_frame_image_url": "Last frame image URL for single-shot mode.",
        "kling_elements": "Element references with image, video, or audio materials.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-o1": {
      "title": "kling-o1 · text to video",
      "price": "not published",
      "fields": {
        "prompt": "Video description; reference media with matching numbered markers.",
        "mode": "Generation mode.",
        "enable_sound": "Sound generation must remain disabled.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "reference_image_urls": "Ordered public HTTP(S) JPG, JPEG, or PNG reference image URLs.",
        "reference_video_url": "Public HTTP(S) MP4 or MOV reference video URL.",
        "reference_video_type": "Use the video as a base edit or feature reference.",
        "preserve_reference_video_audio": "Preserve the reference video's original audio.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.1-master-text-to-video": {
      "title": "kling-v2.1-master-text-to-video · text to video",
      "price": "32¢",
      "fields": {
        "prompt": "Video description.",
        "enable_sound": "Enable sound generation.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "negative_prompt": "Negative prompt.",
        "cfg_scale": "Guidance scale (0-1).",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.5-turbo-text-to-video-pro": {
      "title": "kling-v2.5-turbo-text-to-video-pro · text to video",
      "price": "9¢",
      "fields": {
        "prompt": "Video description.",
        "enable_sound": "Enable sound generation.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "negative_prompt": "Negative prompt.",
        "cfg_scale": "Guidance scale (0-1).",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v2.6": {
      "title": "kling-v2.6 · text to video",
      "price": "from 12¢ to 40¢ by mode × enable_sound",
      "fields": {
        "prompt": "Video description.",
        "mode": "Generation mode.",
        "enable_sound": "Enable sound generation; requires pro mode.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v3-omni": {
      "title": "kling-v3-omni · text to video",
      "price": "from 24¢ to $1.195 by output_resolution × enable_sound",
      "fields": {
        "prompt": "Video description.",
        "enable_sound": "Enable synchronized sound generation.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v3-omni-reference": {
      "title": "kling-v3-omni-reference · text to video",
      "price": "not published",
      "fields": {
        "prompt": "Video description.",
        "enable_sound": "Enable synchronized sound generation.",
        "duration_seconds": "Output duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "reference_image_urls": "Ordered reference image URLs.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "kling-v3-turbo-text-to-video": {
      "title": "kling-v3-turbo-text-to-video · text to video",
      "price": "18¢ (output_resolution 720p) · 22.5¢ (output_resolution 1080p)",
      "fields": {
        "prompt": "Video description.",
        "duration_seconds": "Duration in seconds.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
