// Generated from specs/qwen-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Qwen 2: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_image": {
    "qwen-2-edit-image": {
      "title": "qwen-2-edit-image · edit image",
      "price": "6¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "qwen-2-text-to-image": {
      "title": "qwen-2-text-to-image · text to image",
      "price": "6¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
