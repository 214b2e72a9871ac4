// Generated from specs/producer.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Producer: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "text_to_music": {
    "fuzz-0.8": {
      "title": "fuzz-0.8 · text to music",
      "price": "17¢",
      "fields": {
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Music style and production brief.",
        "lyrics": "Exact lyrics to sing.",
        "title": "Music title.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "fuzz-1.0": {
      "title": "fuzz-1.0 · text to music",
      "price": "17¢",
      "fields": {
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Music style and production brief.",
        "lyrics": "Exact lyrics to sing.",
        "title": "Music title.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "fuzz-1.0-pro": {
      "title": "fuzz-1.0-pro · text to music",
      "price": "17¢",
      "fields": {
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Music style and production brief.",
        "lyrics": "Exact lyrics to sing.",
        "title": "Music title.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "fuzz-1.1": {
      "title": "fuzz-1.1 · text to music",
      "price": "17¢",
      "fields": {
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Music style and production brief.",
        "lyrics": "Exact lyrics to sing.",
        "title": "Music title.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "fuzz-1.1-pro": {
      "title": "fuzz-1.1-pro · text to music",
      "price": "17¢",
      "fields": {
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Music style and production brief.",
        "lyrics": "Exact lyrics to sing.",
        "title": "Music title.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "fuzz-2.0": {
      "title": "fuzz-2.0 · text to music",
      "price": "17¢",
      "fields": {
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Music style and production brief.",
        "lyrics": "Exact lyrics to sing.",
        "title": "Music title.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "fuzz-2.0-pro": {
      "title": "fuzz-2.0-pro · text to music",
      "price": "17¢",
      "fields": {
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Music style and production brief.",
        "lyrics": "Exact lyrics to sing.",
        "title": "Music title.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "fuzz-2.0-raw": {
      "title": "fuzz-2.0-raw · text to music",
      "price": "17¢",
      "fields": {
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Music style and production brief.",
        "lyrics": "Exact lyrics to sing.",
        "title": "Music title.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
