// Generated from specs/flux-kontext.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Flux Kontext: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "text_to_image": {
    "flux-kontext-max": {
      "title": "flux-kontext-max · text to image",
      "price": "10¢",
      "fields": {
        "prompt": "Image description (English only).",
        "aspect_ratio": "Output aspect ratio. Default: 16:9.",
        "output_format": "Output format. Default: jpeg.",
        "source_image_url": "Source image URL for editing mode.",
        "enable_translation": "Auto-translate non-English prompts. Default: true.",
        "enable_prompt_expansion": "Expand the prompt with more detail. Default: false.",
        "safety_tolerance": "Content safety threshold. 0-6 for generation, 0-2 for editing. Default: 2.",
        "watermark": "Watermark identifier.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "flux-kontext-pro": {
      "title": "flux-kontext-pro · text to image",
      "price": "5¢",
      "fields": {
        "prompt": "Image description (English only).",
        "aspect_ratio": "Output aspect ratio. Default: 16:9.",
        "output_format": "Output format. Default: jpeg.",
        "source_image_url": "Source image URL for editing mode.",
        "enable_translation": "Auto-translate non-English prompts. Default: true.",
        "enable_prompt_expansion": "Expand the prompt with more detail. Default: false.",
        "safety_tolerance": "Content safety threshold. 0-6 for generation, 0-2 for editing. Default: 2.",
        "watermark": "Watermark identifier.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
