import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "./index.js";

const TEXT = "/api/v1/flux_2/text_to_image";
const IMAGE = "/api/v1/flux_2/image_to_image";

describe("validation messages", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  async function rejected(path: string, body: unknown) {
    const before = emulator.tasksCreated();
    const response = await fetch(emulator.url + path, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(422);
    expect(emulator.tasksCreated()).toBe(before);
    const { error } = (await response.json()) as {
      error: { code: string; message: string; details: { path: string; message: string }[] };
    };
    expect(error.code).toBe("validation_error");
    expect(error.message).toBe(error.details[0]?.message);
    return error;
  }

  it("reports a missing prompt", async () => {
    const error = await rejected(TEXT, { model: "flux-2-pro-text-to-image" });
    expect(error.details).toEqual([{ path: "prompt", message: "prompt is required" }]);
  });

  it("reports a short prompt, counting code points", async () => {
    const error = await rejected(TEXT, { model: "flux-2-pro-text-to-image", prompt: "ab" });
    expect(error.message).toBe("prompt must be between 3 and 5000 characters");
    // Two emoji are four UTF-16 units but two characters.
    const emoji = await rejected(TEXT, { model: "flux-2-pro-text-to-image", prompt: "😀😀" });
    expect(emoji.message).toBe("prompt must be between 3 and 5000 characters");
  });

  it("reports a bad enum value with the values in spec order", async () => {
    const error = await rejected(TEXT, {
      model: "flux-2-pro-text-to-image",
      prompt: "a cat",
      aspect_ratio: "5:4",
    });
    expect(error.message).toBe("aspect_ratio must be one of: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3");
  });

  it("reports too many source images", async () => {
    const error = await rejected(IMAGE, {
      model: "flux-2-pro-image-to-image",
      prompt: "at night",
      source_image_urls: Array.from({ length: 9 }, (_, i) => `https://example.com/${i}.png`),
    });
    expect(error.details).toEqual([
      { path: "source_image_urls", message: "source_image_urls must contain between 1 and 8 items" },
    ]);
  });

  it("reports an unknown or missing model with this action's ids, sorted", async () => {
    const message = "model must be one of: flux-2-flex-text-to-image, flux-2-pro-text-to-image";
    expect((await rejected(TEXT, { model: "flux-2-pro-image-to-image", prompt: "a cat" })).message).toBe(
      message,
    );
    expect((await rejected(TEXT, { prompt: "a cat" })).details).toEqual([{ path: "model", message }]);
    expect((await rejected(TEXT, ["not", "an", "object"])).message).toBe(message);
  });

  it("reports a field the variant does not allow", async () => {
    const error = await rejected(TEXT, {
      model: "flux-2-pro-text-to-image",
      prompt: "a cat",
      source_image_urls: ["https://example.com/cat.png"],
    });
    expect(error.details).toEqual([
      {
        path: "source_image_urls",
        message: "source_image_urls is not allowed when model is flux-2-pro-text-to-image",
      },
    ]);
  });

  it("reports every problem in schema order, unknown fields last, one message per path", async () => {
    const error = await rejected(IMAGE, {
      colour: "red",
      model: "flux-2-flex-image-to-image",
      enable_safety_checker: null,
      source_image_urls: [42, "ftp://example.com/a.png", "https://example.com/b.png"],
      callback_url: "example.com/hook",
      size: 3,
    });
    expect(error.details).toEqual([
      { path: "prompt", message: "prompt is required" },
      { path: "source_image_urls[0]", message: "source_image_urls[0] must be a string" },
      { path: "source_image_urls[1]", message: "source_image_urls[1] must match the pattern ^https?://" },
      { path: "enable_safety_checker", message: "enable_safety_checker must be a boolean" },
      { path: "callback_url", message: "callback_url must match the pattern ^https?://" },
      { path: "colour", message: "colour is not allowed when model is flux-2-flex-image-to-image" },
      { path: "size", message: "size is not allowed when model is flux-2-flex-image-to-image" },
    ]);
  });

  it("reports wrong types, null included", async () => {
    const error = await rejected(IMAGE, {
      model: "flux-2-pro-image-to-image",
      prompt: null,
      source_image_urls: "https://example.com/a.png",
    });
    expect(error.details).toEqual([
      { path: "prompt", message: "prompt must be a string" },
      { path: "source_image_urls", message: "source_image_urls must be an array" },
    ]);
  });
});
