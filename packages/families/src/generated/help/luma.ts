// Generated from specs/luma.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Luma: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "modify_video": {
    "luma-modify-video": {
      "title": "luma-modify-video · modify video",
      "price": "50¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
