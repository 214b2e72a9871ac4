import RunAPIElevenLabs from "@runapi.ai/elevenlabs";
import { transcribe } from "ai";
import { describe, expect, it } from "vitest";
import { expectTaskFacts, KEY, useEmulatedProvider } from "./support/emulated-provider.js";

const MODEL = "speech-to-text";
const emulated = useEmulatedProvider();

/** A short WAV file: a RIFF header and a few silent samples, enough for a media type and an upload. */
function wav(): Uint8Array {
  const samples = 800;
  const bytes = Buffer.alloc(44 + samples * 2);
  bytes.write("RIFF", 0, "latin1");
  bytes.writeUInt32LE(36 + samples * 2, 4);
  bytes.write("WAVEfmt ", 8, "latin1");
  bytes.writeUInt32LE(16, 16);
  bytes.writeUInt16LE(1, 20); // PCM
  bytes.writeUInt16LE(1, 22); // mono
  bytes.writeUInt32LE(8000, 24);
  bytes.writeUInt32LE(16000, 28);
  bytes.writeUInt16LE(2, 32);
  bytes.writeUInt16LE(16, 34);
  bytes.write("data", 36, "latin1");
  bytes.writeUInt32LE(samples * 2, 40);
  return new Uint8Array(bytes);
}

describe("runapi.transcription with transcribe", () => {
  it("uploads the audio through core and answers the task's text, its task id and cents", async () => {
    const result = await transcribe({
      model: emulated.runapi.transcription(MODEL),
      audio: wav(),
      providerOptions: { runapi: { language_code: "en" } },
    });
    const uploads = emulated.emulator.requests.filter((request) => request.path.startsWith("/api/v1/files"));
    expect(uploads.length).toBeGreaterThan(0);
    const sent = emulated.lastCreate("/api/v1/elevenlabs/speech_to_text");
    const body = sent?.body as { model: string; source_audio_url: string; language_code: string };
    expect(body.model).toBe(MODEL);
    expect(body.language_code).toBe("en");
    expect(body.source_audio_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

    // The emulator's text names the action it answered, so the text is the task's, not a placeholder.
    expect(result.text).toMatch(/^Emulated elevenlabs\/speech_to_text text for: /);
    const action = new RunAPIElevenLabs({ apiKey: KEY }).speechToText;
    const facts = expectTaskFacts(result.providerMetadata.runapi, action, body);
    expect(facts.chargedCents).toBeGreaterThan(0);
  });
});
