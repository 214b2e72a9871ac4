// Generated from specs/infinitetalk.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** InfiniteTalk: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "audio_to_video": {
    "infinitetalk-from-audio": {
      "title": "infinitetalk-from-audio · audio to video",
      "price": "per second of output: 3¢ (output_resolution 480p) · 12¢ (output_resolution 720p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
