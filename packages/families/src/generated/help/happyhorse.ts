// Generated from specs/happyhorse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** HappyHorse: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_video": {
    "happyhorse-edit-video": {
      "title": "happyhorse-edit-video · edit video",
      "price": "per second of output: 28¢ (output_resolution 720p) · 48¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "image_to_video": {
    "happyhorse-1.0-i2v": {
      "title": "happyhorse-1.0-i2v · image to video",
      "price": "31.5¢ (output_resolution 720p) · 54¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "happyhorse-image-to-video": {
      "title": "happyhorse-image-to-video · image to video",
      "price": "28¢ (output_resolution 720p) · 48¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_video": {
    "happyhorse-1.0-r2v": {
      "title": "happyhorse-1.0-r2v · text to video",
      "price": "31.5¢ (output_resolution 720p) · 54¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "happyhorse-1.0-t2v": {
      "title": "happyhorse-1.0-t2v · text to video",
      "price": "31.5¢ (output_resolution 720p) · 54¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "happyhorse-character": {
      "title": "happyhorse-character · text to video",
      "price": "28¢ (output_resolution 720p) · 48¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "happyhorse-text-to-video": {
      "title": "happyhorse-text-to-video · text to video",
      "price": "28¢ (output_resolution 720p) · 48¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
