// Generated from specs/z-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Z Image: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "text_to_image": {
    "z-image": {
      "title": "z-image · text to image",
      "price": "1¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
