// Generated from specs/gpt-image-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** GPT Image 2: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_image": {
    "gpt-image-2": {
      "title": "gpt-image-2 · edit image",
      "price": "16¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "gpt-image-2": {
      "title": "gpt-image-2 · text to image",
      "price": "6¢ (output_resolution 1k) · 10¢ (output_resolution 2k) · 16¢ (output_resolution 4k)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
