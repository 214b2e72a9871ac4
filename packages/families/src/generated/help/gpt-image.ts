// Generated from specs/gpt-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** GPT Image: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_image": {
    "gpt-image-1.5": {
      "title": "gpt-image-1.5 · edit image",
      "price": "22¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "gpt-image-1.5": {
      "title": "gpt-image-1.5 · text to image",
      "price": "4¢ (quality medium) · 22¢ (quality high)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
