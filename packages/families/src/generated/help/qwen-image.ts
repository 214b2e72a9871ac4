// Generated from specs/qwen-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Qwen Image: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_image": {
    "qwen-image-edit-image": {
      "title": "qwen-image-edit-image · edit image",
      "price": "not published",
      "fields": {
        "prompt": "Edit instruction for the source image.",
        "source_image_url": "Public HTTPS source image URL (JPEG, PNG, or WebP; maximum 10 MB).",
        "aspect_ratio": "Output aspect ratio.",
        "output_format": "Output image format.",
        "seed": "Integer seed for reproducible results.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "remix_image": {
    "qwen-image-remix-image": {
      "title": "qwen-image-remix-image · remix image",
      "price": "not published",
      "fields": {
        "prompt": "Prompt describing the requested remix.",
        "source_image_url": "Public HTTPS source image URL (JPEG, PNG, or WebP; maximum 10 MB).",
        "strength": "Creative deviation from the source image, from 0 (faithful) to 1 (creative).",
        "output_format": "Output image format.",
        "seed": "Integer seed for reproducible results.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "qwen-image-text-to-image": {
      "title": "qwen-image-text-to-image · text to image",
      "price": "not published",
      "fields": {
        "prompt": "Image generation prompt.",
        "aspect_ratio": "Output aspect ratio.",
        "seed": "Integer seed for reproducible results.",
        "output_format": "Output image format.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
