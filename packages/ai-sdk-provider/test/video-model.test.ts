import RunAPIKling from "@runapi.ai/kling";
import { experimental_generateVideo as generateVideo } from "ai";
import { describe, expect, it } from "vitest";
import {
  expectTaskFacts,
  KEY,
  unsupportedSetting,
  useEmulatedProvider,
} from "./support/emulated-provider.js";

const MODEL = "kling-v3-turbo-text-to-video";
const CREATE_PATH = "/api/v1/kling/text_to_video";
const emulated = useEmulatedProvider();

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.subarray(from, to)).toString("latin1");

describe("runapi.video with experimental_generateVideo", () => {
  it("makes a text-to-video task: the video's bytes, its task id and cents, and a warning for a setting it lacks", async () => {
    const result = await generateVideo({
      model: emulated.runapi.video(MODEL),
      prompt: "A lighthouse at dawn, waves rolling in",
      aspectRatio: "16:9",
      resolution: "1280x720",
      duration: 3,
      fps: 24,
    });
    const sent = emulated.lastCreate(CREATE_PATH);
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

    const action = new RunAPIKling({ apiKey: KEY }).textToVideo;
    const facts = expectTaskFacts(result.providerMetadata.runapi, action, sent?.body);
    expect(
      emulated.emulator.requests.some((request) => request.path === `${CREATE_PATH}/${facts.taskId}`),
    ).toBe(true);
    expect(result.warnings).toEqual([unsupportedSetting(MODEL, "fps")]);
  });

  emulated.itRefusesBadProviderOptions(
    () =>
      generateVideo({
        model: emulated.runapi.video(MODEL),
        prompt: "A lighthouse at dawn",
        providerOptions: { runapi: { output_resolution: "8k" } },
      }),
    "output_resolution must be one of: 720p, 1080p",
  );
});
