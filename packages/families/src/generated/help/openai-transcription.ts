// Generated from specs/openai-transcription.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** OpenAI Transcription: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "speech_to_text": {
    "gpt-transcribe": {
      "title": "gpt-transcribe · speech to text",
      "price": "not published",
      "fields": {
        "file": "Audio file upload, up to 25 MB.",
        "prompt": "Optional text that guides transcription style and vocabulary.",
        "language": "Audio language as an ISO-639-1 code.",
        "languages": "Candidate audio languages as ISO-639-1 codes.",
        "keywords": "Terms that should receive additional recognition guidance.",
        "temperature": "Sampling temperature from 0 to 1.",
        "response_format": "Response body format.",
        "stream": "Whether to request a streamed response when supported."
      }
    },
    "whisper-1": {
      "title": "whisper-1 · speech to text",
      "price": "not published",
      "fields": {
        "file": "Audio file upload, up to 25 MB.",
        "prompt": "Optional text that guides transcription style and vocabulary.",
        "language": "Audio language as an ISO-639-1 code.",
        "temperature": "Sampling temperature from 0 to 1.",
        "response_format": "Response body format.",
        "stream": "Whether to request a streamed response when supported.",
        "timestamp_granularities": "Timestamp detail included with verbose JSON responses."
      }
    }
  }
};
