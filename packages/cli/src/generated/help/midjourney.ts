// Generated from specs/midjourney.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../family-entry.js";

/** Midjourney: each variant's title, price and field descriptions, by model id. */
export const help: FamilyHelp = {
  "midjourney-edit-image": {
    "title": "midjourney-edit-image · edit image",
    "price": "8¢",
    "fields": {
      "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
    }
  },
  "midjourney-image-to-video": {
    "title": "midjourney-image-to-video · image to video",
    "price": "62¢",
    "fields": {
      "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
    }
  },
  "get_seed": {
    "title": "Midjourney · get seed",
    "price": "free",
    "fields": {}
  },
  "image_to_prompt": {
    "title": "Midjourney · image to prompt",
    "price": "6¢",
    "fields": {}
  },
  "shorten_prompt": {
    "title": "Midjourney · shorten prompt",
    "price": "6¢",
    "fields": {}
  },
  "midjourney-v8.1": {
    "title": "midjourney-v8.1 · text to image",
    "price": "7¢",
    "fields": {
      "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
    }
  }
};
