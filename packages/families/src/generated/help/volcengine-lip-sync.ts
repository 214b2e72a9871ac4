// Generated from specs/volcengine-lip-sync.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Volcengine Lip Sync: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "lip_sync_video": {
    "volcengine-lip-sync": {
      "title": "volcengine-lip-sync · lip sync video",
      "price": "8¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
