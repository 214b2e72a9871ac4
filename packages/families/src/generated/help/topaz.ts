// Generated from specs/topaz.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Topaz: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "upscale_image": {
    "topaz-upscale-image": {
      "title": "topaz-upscale-image · upscale image",
      "price": "10¢ (upscale_factor 1) · 10¢ (upscale_factor 2) · 20¢ (upscale_factor 4) · 40¢ (upscale_factor 8)",
      "fields": {
        "source_image_url": "Public source image URL.",
        "upscale_factor": "Image upscale multiplier.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "upscale_video": {
    "topaz-upscale-video": {
      "title": "topaz-upscale-video · upscale video",
      "price": "8¢ (upscale_factor 1) · 8¢ (upscale_factor 2) · 14¢ (upscale_factor 4)",
      "fields": {
        "source_video_url": "Public source video URL.",
        "upscale_factor": "Video upscale multiplier.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
