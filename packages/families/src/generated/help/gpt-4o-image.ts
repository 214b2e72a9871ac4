// Generated from specs/gpt-4o-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** GPT-4o Image: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "text_to_image": {
    "gpt-4o-image": {
      "title": "gpt-4o-image · text to image",
      "price": "7¢ (output_count 2) · 8¢ (output_count 4) · 6¢ otherwise",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
