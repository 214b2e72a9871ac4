// Generated from specs/hailuo.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Hailuo: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "image_to_video": {
    "hailuo-02-image-to-video-pro": {
      "title": "hailuo-02-image-to-video-pro · image to video",
      "price": "57¢",
      "fields": {
        "enable_safety_checker": "Enable the safety checker.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "hailuo-02-image-to-video-standard": {
      "title": "hailuo-02-image-to-video-standard · image to video",
      "price": "from 12¢ to 50¢ by duration_seconds × output_resolution",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "hailuo-2.3-image-to-video-pro": {
      "title": "hailuo-2.3-image-to-video-pro · image to video",
      "price": "from 45¢ to 90¢ by duration_seconds × output_resolution",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "hailuo-2.3-image-to-video-standard": {
      "title": "hailuo-2.3-image-to-video-standard · image to video",
      "price": "from 30¢ to 50¢ by duration_seconds × output_resolution",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_video": {
    "hailuo-02-text-to-video-pro": {
      "title": "hailuo-02-text-to-video-pro · text to video",
      "price": "57¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "hailuo-02-text-to-video-standard": {
      "title": "hailuo-02-text-to-video-standard · text to video",
      "price": "30¢ (duration_seconds 6) · 50¢ (duration_seconds 10)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
