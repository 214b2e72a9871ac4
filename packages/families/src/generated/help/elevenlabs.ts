// Generated from specs/elevenlabs.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** ElevenLabs: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "isolate_audio": {
    "audio-isolation": {
      "title": "audio-isolation · isolate audio",
      "price": "12¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "speech_to_text": {
    "speech-to-text": {
      "title": "speech-to-text · speech to text",
      "price": "4¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_dialogue": {
    "text-to-dialogue-v3": {
      "title": "text-to-dialogue-v3 · text to dialogue",
      "price": "14¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_sound": {
    "sound-effect-v2": {
      "title": "sound-effect-v2 · text to sound",
      "price": "15¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_speech": {
    "text-to-speech-multilingual-v2": {
      "title": "text-to-speech-multilingual-v2 · text to speech",
      "price": "12¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "text-to-speech-turbo-v2.5": {
      "title": "text-to-speech-turbo-v2.5 · text to speech",
      "price": "6¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
