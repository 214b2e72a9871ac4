// Generated from specs/omnihuman.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** OmniHuman: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "audio_to_video": {
    "omnihuman-1.5": {
      "title": "omnihuman-1.5 · audio to video",
      "price": "27¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "human_identification": {
    "omnihuman-1.5-human-identification": {
      "title": "omnihuman-1.5-human-identification · human identification",
      "price": "free",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "subject_detection": {
    "omnihuman-1.5-subject-detection": {
      "title": "omnihuman-1.5-subject-detection · subject detection",
      "price": "free",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
