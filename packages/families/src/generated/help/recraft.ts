// Generated from specs/recraft.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Recraft: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "remove_background": {
    "recraft-remove-background": {
      "title": "recraft-remove-background · remove background",
      "price": "1¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "upscale_image": {
    "recraft-crisp-upscale": {
      "title": "recraft-crisp-upscale · upscale image",
      "price": "1¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
