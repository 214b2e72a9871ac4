// Generated from specs/veo-3-1.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Veo 3.1: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "extend_video": {
    "extend_video": {
      "title": "Veo 3.1 · extend video",
      "price": "not published",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_video": {
    "veo-3.1": {
      "title": "veo-3.1 · text to video",
      "price": "$2.50",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "veo-3.1-fast": {
      "title": "veo-3.1-fast · text to video",
      "price": "60¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "veo-3.1-lite": {
      "title": "veo-3.1-lite · text to video",
      "price": "30¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "upscale_video": {
    "upscale_video": {
      "title": "Veo 3.1 · upscale video",
      "price": "5¢ (output_resolution 1080p) · $1.20 (output_resolution 4k)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
