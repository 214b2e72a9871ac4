import { APICallError, InvalidArgumentError } from "@ai-sdk/provider";
import { type Emulator, renderPromptPng, startEmulator } from "@runapi.ai/emulator";
import RunAPIGptImage2 from "@runapi.ai/gpt-image-2";
import { generateImage } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRunAPI, type RunAPIProvider } from "../src/index.js";

// The warnings are asserted on the results; the AI SDK need not print them too.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const KEY = "sk-provider-test";
let emulator: Emulator;
let runapi: RunAPIProvider;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 0 });
  runapi = createRunAPI({ apiKey: KEY, baseURL: emulator.url });
});
afterAll(() => emulator.close());

const creates = (path: string) =>
  emulator.requests.filter((request) => request.method === "POST" && request.path === path);

describe("runapi.image with generateImage", () => {
  it("makes a text-to-image task: a PNG, its task id and cents, and a warning for a setting it lacks", async () => {
    const result = await generateImage({
      model: runapi.image("flux-2-pro-text-to-image"),
      prompt: "A lighthouse at dawn",
      aspectRatio: "16:9",
      seed: 7,
    });
    expect([...result.image.uint8Array.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const [sent] = creates("/api/v1/flux_2/text_to_image").slice(-1);
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
      emulator.requests.some((request) => request.path.endsWith(`/text_to_image/${image?.taskId}`)),
    ).toBe(true);
    expect(image?.chargedCents).toBe(5);
    expect(result.warnings).toEqual([
      {
        type: "unsupported",
        feature: "seed",
        details: "flux-2-pro-text-to-image has no seed setting on RunAPI; it was not sent",
      },
    ]);
  });

  it("edits an image: the bytes are uploaded through core and the id's edit action is the one called", async () => {
    const source = renderPromptPng("a harbour");
    const result = await generateImage({
      model: runapi.image("gpt-image-2"),
      prompt: { text: "Make it a watercolor", images: [source] },
      providerOptions: { runapi: { aspect_ratio: "1:1" } },
    });
    expect([...result.image.uint8Array.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const [sent] = creates("/api/v1/gpt_image_2/edit_image").slice(-1);
    const body = sent?.body as { source_image_urls: string[]; aspect_ratio: string };
    expect(body.aspect_ratio).toBe("1:1");
    expect(body.source_image_urls).toHaveLength(1);
    expect(body.source_image_urls[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const metadata = result.providerMetadata.runapi!.images[0] as { taskId: string; chargedCents: number };
    const estimate = new RunAPIGptImage2({ apiKey: KEY }).editImage.estimateCost(body as never) as {
      cents: number;
    };
    expect(metadata.chargedCents).toBe(estimate.cents);
    expect(result.warnings).toEqual([]);
  });

  it("refuses a bad providerOptions.runapi value with core's message, and sends nothing", async () => {
    const before = emulator.requestsReceived();
    const refused = generateImage({
      model: runapi.image("flux-2-pro-text-to-image"),
      prompt: "A lighthouse at dawn",
      providerOptions: { runapi: { output_resolution: "8k" } },
    });
    await expect(refused).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(refused).rejects.toThrow("output_resolution must be one of: 1k, 2k");
    expect(emulator.requestsReceived()).toBe(before);
  });

  it("answers the API's refusal as an APICallError with its status and request id", async () => {
    const failed = generateImage({
      model: createRunAPI({ apiKey: "sk-not-a-key", baseURL: emulator.url }).image(
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
