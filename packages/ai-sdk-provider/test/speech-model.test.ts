import { InvalidArgumentError } from "@ai-sdk/provider";
import RunAPIElevenLabs from "@runapi.ai/elevenlabs";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { experimental_generateSpeech as generateSpeech } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRunAPI, type RunAPIProvider } from "../src/index.js";

// The warnings are asserted on the results; the AI SDK need not print them too.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const KEY = "sk-provider-test";
const MODEL = "text-to-speech-turbo-v2.5";
let emulator: Emulator;
let runapi: RunAPIProvider;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 0 });
  runapi = createRunAPI({ apiKey: KEY, baseURL: emulator.url });
});
afterAll(() => emulator.close());

describe("runapi.speech with generateSpeech", () => {
  it("makes a text-to-speech task: the audio, its task id and cents, and a warning for a setting it lacks", async () => {
    const result = await generateSpeech({
      model: runapi.speech(MODEL),
      text: "The harbour lights are on.",
      voice: "Rachel",
      instructions: "Slowly",
    });
    const sent = emulator.requests.find((request) => request.path === "/api/v1/elevenlabs/text_to_speech");
    expect(sent?.body).toEqual({ model: MODEL, text: "The harbour lights are on.", voice: "Rachel" });
    expect(Buffer.from(result.audio.uint8Array.subarray(0, 4)).toString("latin1")).toBe("RIFF");
    const facts = result.providerMetadata.runapi as { taskId: string; chargedCents: number };
    expect(facts.taskId).toMatch(/^[0-9a-f-]{36}$/);
    const estimate = new RunAPIElevenLabs({ apiKey: KEY }).textToSpeech.estimateCost(sent?.body as never);
    expect(facts.chargedCents).toBe((estimate as { cents: number }).cents);
    expect(result.warnings).toEqual([
      {
        type: "unsupported",
        feature: "instructions",
        details: `${MODEL} has no instructions setting on RunAPI; it was not sent`,
      },
    ]);
  });

  it("refuses a bad providerOptions.runapi value with core's message, and sends nothing", async () => {
    const before = emulator.requestsReceived();
    const refused = generateSpeech({
      model: runapi.speech(MODEL),
      text: "The harbour lights are on.",
      voice: "Rachel",
      providerOptions: { runapi: { stability: "steady" } },
    });
    await expect(refused).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(refused).rejects.toThrow("stability must be a number");
    expect(emulator.requestsReceived()).toBe(before);
  });
});
