// Generated from specs/fish-audio.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Fish Audio: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "create_voice": {
    "create_voice": {
      "title": "Fish Audio · create voice",
      "price": "not published",
      "fields": {}
    }
  },
  "get_voice": {
    "get_voice": {
      "title": "Fish Audio · get voice",
      "price": "not published",
      "fields": {}
    }
  },
  "list_voices": {
    "list_voices": {
      "title": "Fish Audio · list voices",
      "price": "not published",
      "fields": {}
    }
  },
  "text_to_speech": {
    "s1": {
      "title": "s1 · text to speech",
      "price": "4¢",
      "fields": {
        "output_format": "Output audio format.",
        "sample_rate_hz": "Output sample rate. MP3 supports 32000 and 44100 Hz; WAV supports every listed value.",
        "bitrate_kbps": "MP3 bitrate. Not accepted for WAV output.",
        "references": "Inline reference audio samples for this request."
      }
    },
    "s2-pro": {
      "title": "s2-pro · text to speech",
      "price": "4¢",
      "fields": {
        "output_format": "Output audio format.",
        "sample_rate_hz": "Output sample rate. MP3 supports 32000 and 44100 Hz; WAV supports every listed value.",
        "bitrate_kbps": "MP3 bitrate. Not accepted for WAV output.",
        "references": "Inline reference audio samples for this request."
      }
    },
    "s2.1-pro": {
      "title": "s2.1-pro · text to speech",
      "price": "not published",
      "fields": {
        "output_format": "Output audio format.",
        "sample_rate_hz": "Output sample rate. MP3 supports 32000 and 44100 Hz; WAV supports every listed value.",
        "bitrate_kbps": "MP3 bitrate. Not accepted for WAV output.",
        "references": "Inline reference audio samples for this request."
      }
    }
  }
};
