// Generated from specs/midjourney.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Midjourney: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_image": {
    "midjourney-edit-image": {
      "title": "midjourney-edit-image · edit image",
      "price": "8¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "extend_video": {
    "midjourney-image-to-video": {
      "title": "midjourney-image-to-video · extend video",
      "price": "62¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "get_seed": {
    "get_seed": {
      "title": "Midjourney · get seed",
      "price": "free",
      "fields": {}
    }
  },
  "image_to_prompt": {
    "image_to_prompt": {
      "title": "Midjourney · image to prompt",
      "price": "6¢",
      "fields": {}
    }
  },
  "image_to_video": {
    "midjourney-image-to-video": {
      "title": "midjourney-image-to-video · image to video",
      "price": "62¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "shorten_prompt": {
    "shorten_prompt": {
      "title": "Midjourney · shorten prompt",
      "price": "6¢",
      "fields": {}
    }
  },
  "text_to_image": {
    "midjourney-v8.1": {
      "title": "midjourney-v8.1 · text to image",
      "price": "7¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
