// Generated from specs/ideogram-v3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Ideogram V3: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_image": {
    "ideogram-v3-character-edit": {
      "title": "ideogram-v3-character-edit · edit image",
      "price": "12¢ (rendering_speed turbo) · 18¢ (rendering_speed balanced) · 24¢ (rendering_speed quality)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "ideogram-v3-edit": {
      "title": "ideogram-v3-edit · edit image",
      "price": "3.5¢ (rendering_speed turbo) · 7¢ (rendering_speed balanced) · 10¢ (rendering_speed quality)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "reframe_image": {
    "ideogram-v3-reframe": {
      "title": "ideogram-v3-reframe · reframe image",
      "price": "3.5¢ (rendering_speed turbo) · 7¢ (rendering_speed balanced) · 10¢ (rendering_speed quality)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "remix_image": {
    "ideogram-v3-character-remix": {
      "title": "ideogram-v3-character-remix · remix image",
      "price": "12¢ (rendering_speed turbo) · 18¢ (rendering_speed balanced) · 24¢ (rendering_speed quality)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "ideogram-v3-remix": {
      "title": "ideogram-v3-remix · remix image",
      "price": "3.5¢ (rendering_speed turbo) · 7¢ (rendering_speed balanced) · 10¢ (rendering_speed quality)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "ideogram-v3-character": {
      "title": "ideogram-v3-character · text to image",
      "price": "12¢ (rendering_speed turbo) · 18¢ (rendering_speed balanced) · 24¢ (rendering_speed quality)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "ideogram-v3-text-to-image": {
      "title": "ideogram-v3-text-to-image · text to image",
      "price": "3.5¢ (rendering_speed turbo) · 7¢ (rendering_speed balanced) · 10¢ (rendering_speed quality)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
