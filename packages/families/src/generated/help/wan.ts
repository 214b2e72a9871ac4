// Generated from specs/wan.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Wan: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "animate": {
    "wan-2.2-animate-move": {
      "title": "wan-2.2-animate-move · animate",
      "price": "per second of output: 6¢ (output_resolution 480p) · 9.5¢ (output_resolution 580p) · 12.5¢ (output_resolution 720p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.2-animate-replace": {
      "title": "wan-2.2-animate-replace · animate",
      "price": "per second of output: 6¢ (output_resolution 480p) · 9.5¢ (output_resolution 580p) · 12.5¢ (output_resolution 720p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "edit_video": {
    "wan-2.6-edit-video": {
      "title": "wan-2.6-edit-video · edit video",
      "price": "14¢ (output_resolution 720p) · 21¢ (output_resolution 1080p)",
      "fields": {
        "multi_shots": "Controls whether the generated video uses multiple shots with transitions instead of one continuous shot.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.6-flash-edit-video": {
      "title": "wan-2.6-flash-edit-video · edit video",
      "price": "30¢ (audio false) · 60¢ (audio true)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.7-edit-video": {
      "title": "wan-2.7-edit-video · edit video",
      "price": "16¢ (output_resolution 720p) · 24¢ (output_resolution 1080p)",
      "fields": {
        "enable_safety_checker": "Enable the safety checker.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "image_to_video": {
    "wan-2.2-a14b-image-to-video-turbo": {
      "title": "wan-2.2-a14b-image-to-video-turbo · image to video",
      "price": "40¢ (output_resolution 480p) · 80¢ (output_resolution 720p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.5-image-to-video": {
      "title": "wan-2.5-image-to-video · image to video",
      "price": "12¢ (output_resolution 720p) · 20¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.6-flash-image-to-video": {
      "title": "wan-2.6-flash-image-to-video · image to video",
      "price": "30¢ (audio false) · 60¢ (audio true)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.6-image-to-video": {
      "title": "wan-2.6-image-to-video · image to video",
      "price": "14¢ (output_resolution 720p) · 21¢ (output_resolution 1080p)",
      "fields": {
        "multi_shots": "Controls whether the generated video uses multiple shots with transitions instead of one continuous shot.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.7-image-to-video": {
      "title": "wan-2.7-image-to-video · image to video",
      "price": "16¢ (output_resolution 720p) · 24¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "speech_to_video": {
    "wan-2.2-a14b-speech-to-video-turbo": {
      "title": "wan-2.2-a14b-speech-to-video-turbo · speech to video",
      "price": "per second of output: 12¢ (output_resolution 480p) · 18¢ (output_resolution 580p) · 24¢ (output_resolution 720p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "wan-2.7-image": {
      "title": "wan-2.7-image · text to image",
      "price": "5¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.7-image-pro": {
      "title": "wan-2.7-image-pro · text to image",
      "price": "12¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_video": {
    "wan-2.2-a14b-text-to-video-turbo": {
      "title": "wan-2.2-a14b-text-to-video-turbo · text to video",
      "price": "40¢ (output_resolution 480p) · 60¢ (output_resolution 580p) · 80¢ (output_resolution 720p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.5-text-to-video": {
      "title": "wan-2.5-text-to-video · text to video",
      "price": "12¢ (output_resolution 720p) · 20¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.6-text-to-video": {
      "title": "wan-2.6-text-to-video · text to video",
      "price": "14¢ (output_resolution 720p) · 21¢ (output_resolution 1080p)",
      "fields": {
        "multi_shots": "Controls whether the generated video uses multiple shots with transitions instead of one continuous shot.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.7-r2v": {
      "title": "wan-2.7-r2v · text to video",
      "price": "16¢ (output_resolution 720p) · 24¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "wan-2.7-text-to-video": {
      "title": "wan-2.7-text-to-video · text to video",
      "price": "16¢ (output_resolution 720p) · 24¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
