// Generated from specs/pixverse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../family-entry.js";

/** PixVerse: each variant's title, price and field descriptions, by model id. */
export const help: FamilyHelp = {
  "pixverse-v6": {
    "title": "pixverse-v6 · transition video",
    "price": "not published",
    "fields": {
      "prompt": "Video description.",
      "output_resolution": "Output resolution.",
      "duration_seconds": "Duration in seconds.",
      "enable_audio": "Enable synchronized audio generation.",
      "seed": "Random seed.",
      "first_frame_image_url": "First frame image URL.",
      "last_frame_image_url": "Last frame image URL.",
      "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
    }
  }
};
