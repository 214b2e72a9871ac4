import { APICallError } from "@ai-sdk/provider";
import { renderPromptPng, startEmulator } from "@runapi.ai/emulator";
import RunAPIGptImage2 from "@runapi.ai/gpt-image-2";
import { generateImage } from "ai";
import { describe, expect, it } from "vitest";
import { createRunAPI } from "../src/index.js";
import { estimatedCents, KEY, unsupportedSetting, useEmulatedProvider } from "./support/emulated-provider.js";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const emulated = useEmulatedProvider();

describe("runapi.image with generateImage", () => {
  it("makes a text-to-image task: a PNG, its task id and cents, and a warning for a setting it lacks", async () => {
    const result = await generateImage({
      model: emulated.runapi.image("flux-2-pro-text-to-image"),
      prompt: "A lighthouse at dawn",
      aspectRatio: "16:9",
      seed: 7,
    });
    expect([...result.image.uint8Array.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const sent = emulated.lastCreate("/api/v1/flux_2/text_to_image");
    expect(sent?.body).toEqual({
      model: "flux-2-pro-text-to-image",
      prompt: "A lighthouse at dawn",
      aspect_ratio: "16:9",
    });
    const [image] = result.providerMetadata.runapi!.images as {
      taskId: string;
      chargedCents: number;
      url: string;
    }[];
    expect(image?.taskId).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      emulated.emulator.requests.some((request) => request.path.endsWith(`/text_to_image/${image?.taskId}`)),
    ).toBe(true);
    expect(image?.chargedCents).toBe(5);
    expect(result.warnings).toEqual([unsupportedSetting("flux-2-pro-text-to-image", "seed")]);
  });

  it("edits an image: the bytes are uploaded through core and the id's edit action is the one called", async () => {
    const source = renderPromptPng("a harbour");
    const result = await generateImage({
      model: emulated.runapi.image("gpt-image-2"),
      prompt: { text: "Make it a watercolor", images: [source] },
      providerOptions: { runapi: { aspect_ratio: "1:1" } },
    });
    expect([...result.image.uint8Array.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const sent = emulated.lastCreate("/api/v1/gpt_image_2/edit_image");
    const body = sent?.body as { source_image_urls: string[]; aspect_ratio: string };
    expect(body.aspect_ratio).toBe("1:1");
    expect(body.source_image_urls).toHaveLength(1);
    expect(body.source_image_urls[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const metadata = result.providerMetadata.runapi!.images[0] as { taskId: string; chargedCents: number };
    const estimate = estimatedCents(new RunAPIGptImage2({ apiKey: KEY }).editImage, body);
    expect(metadata.chargedCents).toBe(estimate);
    expect(result.warnings).toEqual([]);
  });

  emulated.itRefusesBadProviderOptions(
    () =>
      generateImage({
        model: emulated.runapi.image("flux-2-pro-text-to-image"),
        prompt: "A lighthouse at dawn",
        providerOptions: { runapi: { output_resolution: "8k" } },
      }),
    "output_resolution must be one of: 1k, 2k",
  );

  it("answers the API's refusal as an APICallError with its status and request id", async () => {
    const failed = generateImage({
      model: createRunAPI({ apiKey: "sk-not-a-key", baseURL: emulated.emulator.url }).image(
        "flux-2-pro-text-to-image",
      ),
      prompt: "A lighthouse at dawn",
      maxRetries: 0,
    }).catch((error: unknown) => error);
    const error = (await failed) as APICallError;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.statusCode).toBe(401);
    expect(error.isRetryable).toBe(false);
    expect((error.data as { requestId: string }).requestId).toBe(error.responseHeaders?.["x-request-id"]);
    expect((error.data as { requestId: string }).requestId).toMatch(/\S/);
  });

  it("stops waiting when the signal aborts", async () => {
    const slow = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 60_000 });
    try {
      const controller = new AbortController();
      const started = Date.now();
      const pending = generateImage({
        model: createRunAPI({ apiKey: KEY, baseURL: slow.url }).image("flux-2-pro-text-to-image"),
        prompt: "A lighthouse at dawn",
        abortSignal: controller.signal,
      }).catch((error: unknown) => error);
      while (!slow.requests.some((request) => request.method === "POST")) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      controller.abort();
      const error = (await pending) as Error;
      expect(error.name).toBe("AbortError");
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await slow.close();
    }
  });
});
