// Generated from specs/openai-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** OpenAI TTS: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "text_to_speech": {
    "tts-1": {
      "title": "tts-1 · text to speech",
      "price": "4¢",
      "fields": {}
    },
    "tts-1-hd": {
      "title": "tts-1-hd · text to speech",
      "price": "8¢",
      "fields": {}
    }
  }
};
