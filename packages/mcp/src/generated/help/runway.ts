// Generated from specs/runway.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../family-entry.js";

/** Runway: each variant's title, price and field descriptions, by model id. */
export const help: FamilyHelp = {
  "runway": {
    "title": "runway · text to video",
    "price": "from 12¢ to 30¢ by duration_seconds × output_resolution",
    "fields": {
      "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
    }
  }
};
