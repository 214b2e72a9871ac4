import RunAPIElevenLabs from "@runapi.ai/elevenlabs";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { transcribe } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRunAPI } from "../src/index.js";

const KEY = "sk-provider-test";
const MODEL = "speech-to-text";
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 0 });
});
afterAll(() => emulator.close());

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
    const runapi = createRunAPI({ apiKey: KEY, baseURL: emulator.url });
    const result = await transcribe({
      model: runapi.transcription(MODEL),
      audio: wav(),
      providerOptions: { runapi: { language_code: "en" } },
    });
    const uploads = emulator.requests.filter((request) => request.path.startsWith("/api/v1/files"));
    expect(uploads.length).toBeGreaterThan(0);
    const sent = emulator.requests.find((request) => request.path === "/api/v1/elevenlabs/speech_to_text");
    const body = sent?.body as { model: string; source_audio_url: string; language_code: string };
    expect(body.model).toBe(MODEL);
    expect(body.language_code).toBe("en");
    expect(body.source_audio_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

    // The emulator's text names the action it answered, so the text is the task's, not a placeholder.
    expect(result.text).toMatch(/^Emulated elevenlabs\/speech_to_text text for: /);
    const facts = result.providerMetadata.runapi as { taskId: string; chargedCents: number };
    expect(facts.taskId).toMatch(/^[0-9a-f-]{36}$/);
    const estimate = new RunAPIElevenLabs({ apiKey: KEY }).speechToText.estimateCost(body as never);
    expect(facts.chargedCents).toBe((estimate as { cents: number }).cents);
    expect(facts.chargedCents).toBeGreaterThan(0);
  });
});
