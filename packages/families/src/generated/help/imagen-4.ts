// Generated from specs/imagen-4.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Imagen 4: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "remix_image": {
    "imagen-4-pro-remix-image": {
      "title": "imagen-4-pro-remix-image · remix image",
      "price": "18¢ (output_resolution 1k) · 18¢ (output_resolution 2k) · 24¢ (output_resolution 4k)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "imagen-4": {
      "title": "imagen-4 · text to image",
      "price": "8¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "imagen-4-fast": {
      "title": "imagen-4-fast · text to image",
      "price": "4¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "imagen-4-ultra": {
      "title": "imagen-4-ultra · text to image",
      "price": "12¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
