// Generated from specs/runway-aleph.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Runway Aleph: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "edit_video": {
    "runway-aleph": {
      "title": "runway-aleph · edit video",
      "price": "$1.10",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
