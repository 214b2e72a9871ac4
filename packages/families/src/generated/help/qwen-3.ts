// Generated from specs/qwen-3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Qwen 3: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_image": {
    "qwen-3-edit-image": {
      "title": "qwen-3-edit-image · edit image",
      "price": "not published",
      "fields": {
        "prompt": "Image editing prompt.",
        "source_image_urls": "Public source image URLs; one to three images.",
        "output_resolution": "Output image resolution.",
        "aspect_ratio": "Output aspect ratio.",
        "output_format": "Output image format.",
        "enable_prompt_expansion": "Whether RunAPI expands the prompt before generation.",
        "enable_safety_checker": "Whether RunAPI checks generated content for safety.",
        "negative_prompt": "Content to avoid in the generated image.",
        "seed": "Integer seed for reproducible results.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "qwen-3-pro-edit-image": {
      "title": "qwen-3-pro-edit-image · edit image",
      "price": "not published",
      "fields": {
        "prompt": "Image editing prompt.",
        "source_image_urls": "Public source image URLs; one to three images.",
        "output_resolution": "Output image resolution.",
        "aspect_ratio": "Output aspect ratio.",
        "output_format": "Output image format.",
        "enable_prompt_expansion": "Whether RunAPI expands the prompt before generation.",
        "enable_safety_checker": "Whether RunAPI checks generated content for safety.",
        "negative_prompt": "Content to avoid in the generated image.",
        "seed": "Integer seed for reproducible results.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "qwen-3-pro-text-to-image": {
      "title": "qwen-3-pro-text-to-image · text to image",
      "price": "not published",
      "fields": {
        "prompt": "Image generation prompt.",
        "output_resolution": "Output image resolution.",
        "aspect_ratio": "Output aspect ratio.",
        "output_format": "Output image format.",
        "enable_prompt_expansion": "Whether RunAPI expands the prompt before generation.",
        "enable_safety_checker": "Whether RunAPI checks generated content for safety.",
        "negative_prompt": "Content to avoid in the generated image.",
        "seed": "Integer seed for reproducible results.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "qwen-3-text-to-image": {
      "title": "qwen-3-text-to-image · text to image",
      "price": "not published",
      "fields": {
        "prompt": "Image generation prompt.",
        "output_resolution": "Output image resolution.",
        "aspect_ratio": "Output aspect ratio.",
        "output_format": "Output image format.",
        "enable_prompt_expansion": "Whether RunAPI expands the prompt before generation.",
        "enable_safety_checker": "Whether RunAPI checks generated content for safety.",
        "negative_prompt": "Content to avoid in the generated image.",
        "seed": "Integer seed for reproducible results.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
