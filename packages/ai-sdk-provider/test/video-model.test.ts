import { InvalidArgumentError } from "@ai-sdk/provider";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import RunAPIKling from "@runapi.ai/kling";
import { experimental_generateVideo as generateVideo } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRunAPI, type RunAPIProvider } from "../src/index.js";

// The warnings are asserted on the results; the AI SDK need not print them too.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const KEY = "sk-provider-test";
const MODEL = "kling-v3-turbo-text-to-video";
const CREATE_PATH = "/api/v1/kling/text_to_video";
let emulator: Emulator;
let runapi: RunAPIProvider;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 0 });
  runapi = createRunAPI({ apiKey: KEY, baseURL: emulator.url });
});
afterAll(() => emulator.close());

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.subarray(from, to)).toString("latin1");

describe("runapi.video with experimental_generateVideo", () => {
  it("makes a text-to-video task: the video's bytes, its task id and cents, and a warning for a setting it lacks", async () => {
    const result = await generateVideo({
      model: runapi.video(MODEL),
      prompt: "A lighthouse at dawn, waves rolling in",
      aspectRatio: "16:9",
      resolution: "1280x720",
      duration: 3,
      fps: 24,
    });
    const sent = emulator.requests.filter((request) => request.path === CREATE_PATH).at(-1);
    expect(sent?.body).toEqual({
      model: MODEL,
      prompt: "A lighthouse at dawn, waves rolling in",
      aspect_ratio: "16:9",
      output_resolution: "720p",
      duration_seconds: 3,
    });
    // The emulator renders AVI: a RIFF file of type "AVI ", told apart by its bytes.
    const bytes = result.video.uint8Array;
    expect([latin1(bytes, 0, 4), latin1(bytes, 8, 12)]).toEqual(["RIFF", "AVI "]);
    expect(result.video.mediaType).toBe("video/x-msvideo");

    const facts = result.providerMetadata.runapi as { taskId: string; chargedCents: number };
    expect(facts.taskId).toMatch(/^[0-9a-f-]{36}$/);
    expect(emulator.requests.some((request) => request.path === `${CREATE_PATH}/${facts.taskId}`)).toBe(true);
    const estimate = new RunAPIKling({ apiKey: KEY }).textToVideo.estimateCost(sent?.body as never);
    expect(facts.chargedCents).toBe((estimate as { cents: number }).cents);
    expect(result.warnings).toEqual([
      {
        type: "unsupported",
        feature: "fps",
        details: `${MODEL} has no fps setting on RunAPI; it was not sent`,
      },
    ]);
  });

  it("refuses a bad providerOptions.runapi value with core's message, and sends nothing", async () => {
    const before = emulator.requestsReceived();
    const refused = generateVideo({
      model: runapi.video(MODEL),
      prompt: "A lighthouse at dawn",
      providerOptions: { runapi: { output_resolution: "8k" } },
    });
    await expect(refused).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(refused).rejects.toThrow("output_resolution must be one of: 720p, 1080p");
    expect(emulator.requestsReceived()).toBe(before);
  });
});
