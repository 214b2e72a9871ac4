// Generated from specs/gemini-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Gemini TTS: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "text_to_speech": {
    "gemini-2.5-pro-tts": {
      "title": "gemini-2.5-pro-tts · text to speech",
      "price": "$1.40 / 1M input tokens, $28.00 / 1M output tokens",
      "fields": {
        "temperature": "Sampling temperature.",
        "scene": "Scene and recording environment.",
        "sample_context": "Overall delivery context and tone.",
        "speakers": "Non-empty speaker configurations with unique Speaker N identifiers.",
        "dialogue_turns": "Non-empty ordered dialogue turns whose speaker ids reference configured speakers.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "gemini-3.1-flash-tts": {
      "title": "gemini-3.1-flash-tts · text to speech",
      "price": "$1.40 / 1M input tokens, $28.00 / 1M output tokens",
      "fields": {
        "temperature": "Sampling temperature.",
        "scene": "Scene and recording environment.",
        "sample_context": "Overall delivery context and tone.",
        "speakers": "Non-empty speaker configurations with unique Speaker N identifiers.",
        "dialogue_turns": "Non-empty ordered dialogue turns whose speaker ids reference configured speakers.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
