import RunAPIElevenLabs from "@runapi.ai/elevenlabs";
import { experimental_generateSpeech as generateSpeech } from "ai";
import { describe, expect, it } from "vitest";
import {
  expectTaskFacts,
  KEY,
  unsupportedSetting,
  useEmulatedProvider,
} from "./support/emulated-provider.js";

const MODEL = "text-to-speech-turbo-v2.5";
const emulated = useEmulatedProvider();

describe("runapi.speech with generateSpeech", () => {
  it("makes a text-to-speech task: the audio, its task id and cents, and a warning for a setting it lacks", async () => {
    const result = await generateSpeech({
      model: emulated.runapi.speech(MODEL),
      text: "The harbour lights are on.",
      voice: "Rachel",
      instructions: "Slowly",
    });
    const sent = emulated.lastCreate("/api/v1/elevenlabs/text_to_speech");
    expect(sent?.body).toEqual({ model: MODEL, text: "The harbour lights are on.", voice: "Rachel" });
    expect(Buffer.from(result.audio.uint8Array.subarray(0, 4)).toString("latin1")).toBe("RIFF");
    expectTaskFacts(
      result.providerMetadata.runapi,
      new RunAPIElevenLabs({ apiKey: KEY }).textToSpeech,
      sent?.body,
    );
    expect(result.warnings).toEqual([unsupportedSetting(MODEL, "instructions")]);
  });

  emulated.itRefusesBadProviderOptions(
    () =>
      generateSpeech({
        model: emulated.runapi.speech(MODEL),
        text: "The harbour lights are on.",
        voice: "Rachel",
        providerOptions: { runapi: { stability: "steady" } },
      }),
    "stability must be a number",
  );
});
