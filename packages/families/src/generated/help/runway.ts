// Generated from specs/runway.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Runway: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "extend_video": {
    "runway": {
      "title": "runway · extend video",
      "price": "12¢ (output_resolution 720p) · 30¢ (output_resolution 1080p)",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_video": {
    "runway": {
      "title": "runway · text to video",
      "price": "from 12¢ to 30¢ by duration_seconds × output_resolution",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
