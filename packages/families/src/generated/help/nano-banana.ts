// Generated from specs/nano-banana.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Nano Banana: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_image": {
    "nano-banana-2-lite": {
      "title": "nano-banana-2-lite · edit image",
      "price": "4¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "nano-banana-edit": {
      "title": "nano-banana-edit · edit image",
      "price": "4¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "nano-banana": {
      "title": "nano-banana · text to image",
      "price": "4¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "nano-banana-2": {
      "title": "nano-banana-2 · text to image",
      "price": "8¢ (output_resolution 1k) · 12¢ (output_resolution 2k) · 18¢ (output_resolution 4k)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "nano-banana-2-lite": {
      "title": "nano-banana-2-lite · text to image",
      "price": "3¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "nano-banana-pro": {
      "title": "nano-banana-pro · text to image",
      "price": "18¢ (output_resolution 1k) · 18¢ (output_resolution 2k) · 24¢ (output_resolution 4k)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
