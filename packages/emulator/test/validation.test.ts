import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";
import { seedFluxSpecs, writeSpecs } from "./support/toy-specs.ts";

const seed = seedFluxSpecs();
afterAll(() => seed.remove());

const TEXT = "/api/v1/flux_2/text_to_image";
const IMAGE = "/api/v1/flux_2/image_to_image";

describe("validation messages", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    // Written against the hand-written Flux 2 spec's four variants.
    emulator = await startEmulator({ port: 0, specsDir: seed.dir });
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

  it("reports every problem in the API's order, fields by name, one message per path", async () => {
    const error = await rejected(IMAGE, {
      source_image_urls: [],
      model: "flux-2-flex-image-to-image",
      prompt: "ab",
      aspect_ratio: "5:4",
    });
    expect(error.details).toEqual([
      {
        path: "aspect_ratio",
        message: "aspect_ratio must be one of: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto",
      },
      { path: "prompt", message: "prompt must be between 3 and 5000 characters" },
      { path: "source_image_urls", message: "source_image_urls must contain between 1 and 8 items" },
    ]);
  });

  it("counts null, blank strings and lists of blanks as left out, and a list's items before its presence", async () => {
    for (const prompt of [null, "   "]) {
      const error = await rejected(IMAGE, {
        model: "flux-2-pro-image-to-image",
        prompt,
        source_image_urls: "https://example.com/a.png",
      });
      expect(error.details).toEqual([
        { path: "prompt", message: "prompt is required" },
        { path: "source_image_urls", message: "source_image_urls must be an array" },
      ]);
    }
    const blanks = await rejected(IMAGE, {
      model: "flux-2-pro-image-to-image",
      prompt: "at night",
      source_image_urls: [""],
    });
    expect(blanks.details).toEqual([{ path: "source_image_urls", message: "source_image_urls is required" }]);
  });

  it("takes what the API takes: a field the spec does not name, another JSON type, a URL without a scheme", async () => {
    const response = await fetch(emulator.url + IMAGE, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "flux-2-flex-image-to-image",
        prompt: "at night",
        colour: "red",
        enable_safety_checker: "yes",
        source_image_urls: [42, "ftp://example.com/a.png"],
        callback_url: "example.com/hook",
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: expect.any(String), status: "processing" });
  });
});

describe("cross-field rules", () => {
  // The toy family with every rule kind; its specs need the shared components beside them.
  const repo = fileURLToPath(new URL("../../../", import.meta.url));
  const fixture = readFileSync(join(repo, "scripts/fixtures/toy-rules/toy-rules.yaml"), "utf8");
  const common = readFileSync(join(repo, "specs/_shared/common.yaml"), "utf8");
  const MAKE = "/api/v1/toy_rules/make";
  const a = { model: "toy-rules-a", prompt: "a toy", style: "clay", aspect_ratio: "1:1" };
  let specs: ReturnType<typeof writeSpecs>;
  let emulator: Emulator;
  beforeAll(async () => {
    specs = writeSpecs({ "toy-rules.yaml": fixture, "_shared/common.yaml": common });
    emulator = await startEmulator({ port: 0, specsDir: specs.dir });
  });
  afterAll(async () => {
    await emulator.close();
    specs.remove();
  });

  async function details(body: Record<string, unknown>) {
    const response = await fetch(emulator.url + MAKE, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (response.status === 200) return [];
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as {
      error: { message: string; details: { message: string }[] };
    };
    expect(error.message).toBe(error.details[0]?.message);
    return error.details;
  }

  it("accepts requests the rules allow", async () => {
    expect(await details(a)).toEqual([]);
    expect(await details({ ...a, mode: "exact_lyrics", lyrics: "la", title: "t" })).toEqual([]);
    expect(
      await details({
        ...a,
        reference_audio_urls: ["https://a/b.mp3"],
        reference_video_urls: ["https://a/v"],
      }),
    ).toEqual([]);
  });

  it("words a value condition on a string, with required and forbidden fields, in the rule's order", async () => {
    expect(await details({ ...a, mode: "exact_lyrics", negative_prompt: "blur" })).toEqual([
      { path: "lyrics", message: "lyrics is required when mode is exact_lyrics" },
      { path: "title", message: "title is required when mode is exact_lyrics" },
      { path: "negative_prompt", message: "negative_prompt is not allowed when mode is exact_lyrics" },
    ]);
  });

  it("words value conditions on a number and a boolean as written", async () => {
    const { aspect_ratio: _, ...noRatio } = a;
    const frames = { first_frame_image_url: "https://a/f.png", last_frame_image_url: "https://a/l.png" };
    expect(await details({ ...noRatio, ...frames, duration_seconds: 6 })).toEqual([
      {
        path: "last_frame_image_url",
        message: "last_frame_image_url is not allowed when duration_seconds is 6",
      },
    ]);
    expect(await details({ ...noRatio, ...frames, duration_seconds: 7 })).toEqual([]);
    expect(await details({ ...a, enable_sound: true })).toEqual([
      { path: "sound_prompt", message: "sound_prompt is required when enable_sound is true" },
    ]);
  });

  it("words absent, present and several conditions, the model's included", async () => {
    const { aspect_ratio: _, ...noRatio } = a;
    expect(await details(noRatio)).toEqual([
      { path: "aspect_ratio", message: "aspect_ratio is required when first_frame_image_url is absent" },
    ]);
    expect(await details({ ...a, first_frame_image_url: "https://a/f.png" })).toEqual([
      { path: "aspect_ratio", message: "aspect_ratio is not allowed when first_frame_image_url is present" },
    ]);
    const urls = ["https://a/1.png"];
    expect(
      await details({
        ...a,
        last_frame_image_url: urls[0],
        reference_image_urls: urls,
        reference_video_urls: urls,
      }),
    ).toEqual([
      {
        path: "first_frame_image_url",
        message:
          "first_frame_image_url is required when model is toy-rules-a and last_frame_image_url is present",
      },
      {
        path: "reference_image_urls",
        message:
          "reference_image_urls is not allowed when model is toy-rules-a and last_frame_image_url is present",
      },
      {
        path: "reference_video_urls",
        message:
          "reference_video_urls is not allowed when model is toy-rules-a and last_frame_image_url is present",
      },
    ]);
  });

  it("words required_any with and without a condition, named by its first field", async () => {
    expect(await details({ ...a, reference_audio_urls: ["https://a/b.mp3"] })).toEqual([
      {
        path: "reference_image_urls",
        message:
          "one of reference_image_urls, reference_video_urls is required when reference_audio_urls is present",
      },
    ]);
    const { style: _, ...noStyle } = a;
    expect(await details(noStyle)).toEqual([{ path: "style", message: "one of style, lyrics is required" }]);
  });

  it("words a rule's enum, after the same rule's required fields", async () => {
    expect(
      await details({
        ...a,
        mode: "remix",
        steps: 30,
        aspect_ratio: "9:16",
        enable_sound: true,
        sound_prompt: "hum",
      }),
    ).toEqual([
      { path: "strength", message: "strength is required when mode is remix and steps is 30" },
      {
        path: "aspect_ratio",
        message: "aspect_ratio must be one of: 1:1, 16:9 when mode is remix and steps is 30",
      },
      {
        path: "enable_sound",
        message: "enable_sound must be one of: false when mode is remix and steps is 30",
      },
    ]);
  });

  it("puts rules before the fields' own problems, and leaves what the API does not check alone", async () => {
    expect(
      await details({
        ...a,
        steps: 0,
        prompt: "ab",
        mode: "exact_lyrics",
        lyrics: 7,
        output: { quality: 0 },
        layers: [{ weight: 2 }],
        extra: true,
      }),
    ).toEqual([
      { path: "title", message: "title is required when mode is exact_lyrics" },
      { path: "prompt", message: "prompt must be between 3 and 200 characters" },
      { path: "steps", message: "steps must be between 1 and 50" },
    ]);
  });

  it("refuses a value a model-only rule narrowed away, and takes a field it removed, as the API does", async () => {
    const b = { model: "toy-rules-b", prompt: "a toy", title: "t" };
    expect(await details({ ...b, negative_prompt: "x", aspect_ratio: "9:16" })).toEqual([
      { path: "aspect_ratio", message: "aspect_ratio must be one of: 1:1, 16:9" },
    ]);
    expect(await details({ ...b, negative_prompt: "x" })).toEqual([]);
    expect(await details({ ...b, mode: "remix" })).toEqual([
      {
        path: "reference_image_urls",
        message: "reference_image_urls is required when model is toy-rules-b and mode is remix",
      },
    ]);
  });
});
