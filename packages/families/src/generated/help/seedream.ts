// Generated from specs/seedream.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Seedream: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "decompose_layers": {
    "seedream-5-pro-layer-decomposition": {
      "title": "seedream-5-pro-layer-decomposition · decompose layers",
      "price": "not published",
      "fields": {
        "image_url": "Exactly one public PNG, JPEG, WebP, BMP, TIFF, or GIF image URL; HEIC and HEIF are unsupported. Maximum 30 MB, 262,144-36,000,000 total pixels, and aspect ratio 1:16-16:1.",
        "prompt": "Optional instructions describing which elements to separate.",
        "output_format": "Base image format. Separated layers are PNG.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "edit_image": {
    "seedream-4.5-edit": {
      "title": "seedream-4.5-edit · edit image",
      "price": "7¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedream-5-lite-edit": {
      "title": "seedream-5-lite-edit · edit image",
      "price": "6¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedream-5-pro-edit": {
      "title": "seedream-5-pro-edit · edit image",
      "price": "7¢ (output_quality basic) · 14¢ (output_quality high)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedream-v4-edit": {
      "title": "seedream-v4-edit · edit image",
      "price": "10¢ (output_count 1) · 20¢ (output_count 2) · 30¢ (output_count 3) · 40¢ (output_count 4) · 50¢ (output_count 5) · 60¢ (output_count 6)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "seedream-4.5-text-to-image": {
      "title": "seedream-4.5-text-to-image · text to image",
      "price": "7¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedream-5-lite-text-to-image": {
      "title": "seedream-5-lite-text-to-image · text to image",
      "price": "6¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedream-5-pro-text-to-image": {
      "title": "seedream-5-pro-text-to-image · text to image",
      "price": "7¢ (output_quality basic) · 14¢ (output_quality high)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "seedream-v4-text-to-image": {
      "title": "seedream-v4-text-to-image · text to image",
      "price": "10¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
