import { sniffType } from "@runapi.ai/core/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";
import { parseAvi, parseWav } from "./support/parse-media.ts";
import { toyClient, toySpec, writeSpecs } from "./support/toy-specs.ts";

const prompt = { type: "string", minLength: 1 };

// Made-up families: the emulator knows none of them, so outputs, sync answers and model-less actions can only come
// from what these specs say.
const SPECS = {
  "toyvid.yaml": toySpec("toyvid", "video", [
    {
      name: "text_to_video",
      variants: [
        {
          model: "vid-a",
          required: ["prompt"],
          properties: { prompt, duration_seconds: { type: "integer", enum: [2, 3, 4], default: 4 } },
          price: { unit: "call", cents: 7 },
        },
        {
          // A variant of a video family whose spec says it makes pictures.
          model: "vid-b",
          output: "image",
          required: ["prompt"],
          properties: { prompt, output_count: { type: "integer", minimum: 1, maximum: 30, default: 1 } },
        },
      ],
    },
    {
      name: "extend_video",
      variants: [
        {
          required: ["source_task_id"],
          properties: {
            source_task_id: { type: "string" },
            extension_duration_seconds: { type: "integer", enum: [3, 6], default: 3 },
          },
          price: { unit: "call", cents: 5 },
        },
      ],
    },
  ]),
  "toyaud.yaml": toySpec("toyaud", "audio", [
    {
      name: "text_to_speech",
      variants: [
        {
          model: "tts-x",
          task: "sync",
          required: ["prompt"],
          properties: { prompt, duration_seconds: { type: "number", default: 2 } },
          price: { unit: "call", cents: 4 },
        },
      ],
    },
    {
      // Per second of output, with no maximum duration: what the renderers' own cap is for.
      name: "text_to_sound",
      variants: [
        {
          model: "sfx-long",
          task: "sync",
          required: ["prompt"],
          properties: { prompt, duration_seconds: { type: "number" } },
          price: { unit: "second", cents: 0.5, duration_source: "audios[0].audio_url" },
        },
        {
          model: "vfx-long",
          task: "sync",
          output: "video",
          required: ["prompt"],
          properties: { prompt, duration_seconds: { type: "number" } },
          price: { unit: "second", cents: 0.5, duration_source: "videos[0].url" },
        },
      ],
    },
    {
      name: "shorten_prompt",
      variants: [
        {
          task: "sync",
          output: "text",
          required: ["prompt"],
          properties: { prompt },
          price: { unit: "call", cents: 2 },
        },
      ],
    },
    {
      name: "speech_to_text",
      variants: [
        {
          model: "stt",
          output: "text",
          required: ["prompt"],
          properties: { prompt, output_count: { type: "integer", default: 1 } },
        },
      ],
    },
  ]),
  "toyodd.yaml": toySpec("toyodd", "hologram", [
    { name: "make", variants: [{ model: "odd", required: ["prompt"], properties: { prompt } }] },
  ]),
};

describe("outputs, sync and model-less actions, all from the spec", () => {
  let specs: ReturnType<typeof writeSpecs>;
  let emulator: Emulator;
  let api: ReturnType<typeof toyClient>;

  /** Reads a task until it has ended. */
  const ended = async (path: string) => {
    for (;;) {
      const { json } = await api.get(path);
      if (json.status !== "processing") return json;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const download = async (url: string) => {
    const response = await fetch(url);
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    specs = writeSpecs(SPECS);
    emulator = await startEmulator({ port: 0, specsDir: specs.dir, taskDurationMs: 100 });
    api = toyClient(emulator);
  });
  afterAll(async () => {
    await emulator.close();
    specs.remove();
  });

  it("a model-less action: any body without `model` selects its one variant, end to end", async () => {
    const created = await api.post("/api/v1/toyvid/extend_video", { source_task_id: "task_1" });
    expect(created.response.status).toBe(200);
    expect(created.json).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f-]{27}$/),
      status: "processing",
      billing: { reservation: { amount_cents: 5 }, settlement: null, refund: null },
    });
    const task = await ended(`/api/v1/toyvid/extend_video/${created.json.id}`);
    expect(task).toMatchObject({
      id: created.json.id,
      status: "completed",
      videos: [{ url: `${emulator.url}/files/${created.json.id}/0.avi` }],
      billing: { settlement: { charged_amount_cents: 5 } },
    });
    // No model was asked for, so none is answered.
    expect(task).not.toHaveProperty("model");
    // The default extension_duration_seconds (3) is the video's length.
    const { bytes } = await download(task.videos[0].url);
    expect(parseAvi(bytes).seconds).toBeCloseTo(3, 6);
  });

  it("a model-less action still validates its body, and, as the API, does not look at a `model`", async () => {
    const missing = await api.post("/api/v1/toyvid/extend_video", {});
    expect(missing.response.status).toBe(422);
    expect(missing.json.error.details).toEqual([
      { path: "source_task_id", message: "source_task_id is required" },
    ]);
    const withModel = await api.post("/api/v1/toyvid/extend_video", { source_task_id: "t", model: "vid-a" });
    expect(withModel.response.status).toBe(200);
  });

  it("a model action still picks its variant by `model`", async () => {
    const unknown = await api.post("/api/v1/toyvid/text_to_video", { model: "vid-z", prompt: "x" });
    expect(unknown.response.status).toBe(422);
    expect(unknown.json.error.message).toBe("model must be one of: vid-a, vid-b");
  });

  it("video: an AVI of the requested duration, served with its type and length until it expires", async () => {
    const { json } = await api.post("/api/v1/toyvid/text_to_video", {
      model: "vid-a",
      prompt: "waves",
      duration_seconds: 3,
    });
    const task = await ended(`/api/v1/toyvid/text_to_video/${json.id}`);
    expect(task.videos).toEqual([{ url: `${emulator.url}/files/${json.id}/0.avi` }]);
    expect(task).not.toHaveProperty("images");
    const { response, bytes } = await download(task.videos[0].url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("video/x-msvideo");
    // Core tells the same type from the bytes, as an SDK that downloads the video does.
    expect(sniffType(bytes)).toBe("video/x-msvideo");
    expect(Number(response.headers.get("content-length"))).toBe(bytes.length);
    expect(response.headers.get("x-runapi-task-id")).toBe(json.id);
    const avi = parseAvi(bytes);
    expect(avi).toMatchObject({
      width: 32,
      height: 32,
      totalFrames: 12,
      framesPerSecond: 4,
      indexMatches: true,
    });
    expect(avi.frames).toHaveLength(12);
    expect(avi.seconds).toBeCloseTo(3, 6);

    const head = await fetch(task.videos[0].url, { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe(String(bytes.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it("the same request gives the same file; another prompt another one", async () => {
    const make = async (text: string) => {
      const { json } = await api.post("/api/v1/toyvid/text_to_video", {
        model: "vid-a",
        prompt: text,
        duration_seconds: 2,
      });
      const task = await ended(`/api/v1/toyvid/text_to_video/${json.id}`);
      return (await download(task.videos[0].url)).bytes;
    };
    const [a, again, other] = await Promise.all([make("rain"), make("rain"), make("snow")]);
    expect(a.equals(again)).toBe(true);
    expect(a.equals(other)).toBe(false);
  });

  it("output_count: that many outputs, each its own file; no file past them or of another kind", async () => {
    const { json } = await api.post("/api/v1/toyvid/text_to_video", {
      model: "vid-b",
      prompt: "dots",
      output_count: 3,
    });
    const task = await ended(`/api/v1/toyvid/text_to_video/${json.id}`);
    expect(task.images).toEqual(
      [0, 1, 2].map((index) => ({ url: `${emulator.url}/files/${json.id}/${index}.png` })),
    );
    expect(task).not.toHaveProperty("videos");
    const files = await Promise.all(task.images.map((image: { url: string }) => download(image.url)));
    for (const { response, bytes } of files) {
      expect(response.headers.get("content-type")).toBe("image/png");
      expect([...bytes.subarray(1, 4)]).toEqual([...Buffer.from("PNG")]);
    }
    expect(new Set(files.map(({ bytes }) => bytes.toString("hex"))).size).toBe(3);
    for (const path of [`/files/${json.id}/3.png`, `/files/${json.id}/0.avi`]) {
      const missing = await fetch(emulator.url + path);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as any).error.message).toBe(`File ${path} was not found.`);
    }
    expect((await fetch(`${emulator.url}/files/${json.id}/00.png`)).status).toBe(404);
  });

  it("output_count: its default when left out, and at most 16 listed", async () => {
    const one = await api.post("/api/v1/toyvid/text_to_video", { model: "vid-b", prompt: "one" });
    const many = await api.post("/api/v1/toyvid/text_to_video", {
      model: "vid-b",
      prompt: "many",
      output_count: 30,
    });
    expect((await ended(`/api/v1/tasks/${one.json.id}`)).images).toHaveLength(1);
    expect((await ended(`/api/v1/tasks/${many.json.id}`)).images).toHaveLength(16);
  });

  it("sync: the POST answers the finished result with its audio, charged at once; no task path is needed", async () => {
    const before = emulator.account().balance_cents;
    const { response, json } = await api.post("/api/v1/toyaud/text_to_speech", {
      model: "tts-x",
      prompt: "hello",
    });
    expect(response.status).toBe(200);
    expect(json).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f-]{27}$/),
      status: "completed",
      model: "tts-x",
      audios: [{ audio_url: `${emulator.url}/files/${json.id}/0.wav` }],
      billing: { reservation: { amount_cents: 4 }, settlement: { charged_amount_cents: 4 }, refund: null },
    });
    expect(response.headers.get("x-runapi-task-id")).toBe(json.id);
    expect(emulator.account().balance_cents).toBe(before - 4);
    expect(emulator.ledger().find((entry) => entry.taskId === json.id)!.movements).toEqual([
      "reserve",
      "charge",
    ]);
    // The spec declares no GET for the action; the task is still readable where every task is.
    expect((await api.get(`/api/v1/toyaud/text_to_speech/${json.id}`)).response.status).toBe(404);
    expect((await api.get(`/api/v1/tasks/${json.id}`)).json).toMatchObject({
      id: json.id,
      status: "completed",
    });

    // The default duration_seconds (2) at 8 kHz, 8-bit mono: 16,000 bytes of samples.
    const file = await download(json.audios[0].audio_url);
    expect(file.response.headers.get("content-type")).toBe("audio/wav");
    expect(Number(file.response.headers.get("content-length"))).toBe(file.bytes.length);
    const wav = parseWav(file.bytes);
    expect(wav).toMatchObject({ format: 1, sampleRate: 8000, channels: 1, bitsPerSample: 8, seconds: 2 });
    expect(wav.samples.length).toBe(16_000);
  });

  it("sync: a requested duration sets the sound's length", async () => {
    const { json } = await api.post("/api/v1/toyaud/text_to_speech", {
      model: "tts-x",
      prompt: "hi",
      duration_seconds: 1.5,
    });
    const wav = parseWav((await download(json.audios[0].audio_url)).bytes);
    expect(wav.samples.length).toBe(12_000);
    expect(wav.seconds).toBe(1.5);
  });

  it("a sound or video asked longer than 10 minutes lasts 10 minutes; billing counts the seconds asked", async () => {
    for (const [model, seconds, rendered] of [
      ["sfx-long", 12, 12],
      ["sfx-long", 200_000, 600],
      ["vfx-long", 200_000, 600],
    ] as const) {
      const { json } = await api.post("/api/v1/toyaud/text_to_sound", {
        model,
        prompt: `${model} for ${seconds} s`,
        duration_seconds: seconds,
      });
      expect(json.billing.settlement.charged_amount_cents, model).toBe(0.5 * seconds);
      const url: string = model === "sfx-long" ? json.audios[0].audio_url : json.videos[0].url;
      const { bytes } = await download(url);
      if (model === "sfx-long") {
        const wav = parseWav(bytes);
        expect(wav.seconds).toBe(rendered);
        // 2 kHz past 20 seconds: at most 1.2 MB, however long the request asked.
        expect(bytes.length).toBeLessThanOrEqual(44 + 600 * 2000);
      } else {
        expect(parseAvi(bytes).seconds).toBeCloseTo(rendered, 3);
        expect(bytes.length).toBeLessThan(125_000);
      }
    }
  });

  it("sync and model-less: the POST answers the text, charged", async () => {
    const before = emulator.account().balance_cents;
    const { response, json } = await api.post("/api/v1/toyaud/shorten_prompt", {
      prompt: "a very long prompt",
    });
    expect(response.status).toBe(200);
    expect(json).toMatchObject({
      status: "completed",
      texts: [{ text: expect.stringContaining("a very long prompt") }],
      billing: { settlement: { charged_amount_cents: 2 } },
    });
    expect(json).not.toHaveProperty("model");
    expect(emulator.account().balance_cents).toBe(before - 2);
  });

  it("text: `texts` with one distinct text per output, no files", async () => {
    const { json } = await api.post("/api/v1/toyaud/speech_to_text", {
      model: "stt",
      prompt: "words",
      output_count: 2,
    });
    const task = await ended(`/api/v1/toyaud/speech_to_text/${json.id}`);
    expect(task.texts).toHaveLength(2);
    expect(task.texts[0].text).toContain("words");
    expect(task.texts[0].text).not.toBe(task.texts[1].text);
    expect((await fetch(`${emulator.url}/files/${json.id}/0.png`)).status).toBe(404);
  });

  it("a modality that names no output kind completes without outputs", async () => {
    const { json } = await api.post("/api/v1/toyodd/make", { model: "odd", prompt: "?" });
    const task = await ended(`/api/v1/toyodd/make/${json.id}`);
    expect(task.status).toBe("completed");
    expect(Object.keys(task).filter((key) => ["images", "videos", "audios", "texts"].includes(key))).toEqual(
      [],
    );
  });

  it("a failed task has no output files", async () => {
    emulator.failNextTask();
    const { json } = await api.post("/api/v1/toyvid/text_to_video", { model: "vid-a", prompt: "no" });
    const task = await ended(`/api/v1/tasks/${json.id}`);
    expect(task.status).toBe("failed");
    expect(task).not.toHaveProperty("videos");
    expect((await fetch(`${emulator.url}/files/${json.id}/0.avi`)).status).toBe(404);
  });
});

describe("output URL expiry", () => {
  it("answers 410 file_expired once outputTtlMs has passed since the task ended", async () => {
    const specs = writeSpecs({ "toyaud.yaml": SPECS["toyaud.yaml"] });
    const emulator = await startEmulator({ port: 0, specsDir: specs.dir, outputTtlMs: 150 });
    try {
      const { json } = await toyClient(emulator).post("/api/v1/toyaud/text_to_speech", {
        model: "tts-x",
        prompt: "x",
      });
      const url: string = json.audios[0].audio_url;
      expect((await fetch(url)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const expired = await fetch(url);
      expect(expired.status).toBe(410);
      expect(expired.headers.get("x-runapi-task-id")).toBe(json.id);
      const { error } = (await expired.json()) as any;
      expect(error.code).toBe("file_expired");
      expect(error.message).toMatch(
        /^The output \/files\/[0-9a-f-]+\/0\.wav expired at .+; output URLs live 150 ms after/,
      );
    } finally {
      await emulator.close();
      specs.remove();
    }
  });
});

describe("spec errors about outputs and task modes", () => {
  const refused = async (variant: Record<string, unknown>) => {
    const specs = writeSpecs({
      "toybad.yaml": toySpec("toybad", "image", [
        { name: "draw", variants: [{ model: "bad-1", ...variant }] },
      ]),
    });
    try {
      return await startEmulator({ port: 0, specsDir: specs.dir }).then(
        async (emulator) => {
          await emulator.close();
          return "started";
        },
        (error: Error) => error.message,
      );
    } finally {
      specs.remove();
    }
  };

  it("refuses to start on an unknown output kind or task mode, naming file, place, the choices and the fix", async () => {
    expect(await refused({ output: "hologram" })).toMatch(
      /^[^\n]*\/toybad\.yaml#\/components\/schemas\/draw_bad_1\/x-runapi-variant\/output: output must be one of: image, video, audio, text, got "hologram"\n {2}fix: write the kind of file the task produces/,
    );
    expect(await refused({ task: "later" })).toMatch(
      /^[^\n]*\/toybad\.yaml#\/components\/schemas\/draw_bad_1\/x-runapi-variant\/task: task must be one of: async, sync, hybrid, got "later"\n {2}fix: write task: async$/,
    );
  });

  it("loads the price forms without a flat price (tokens, unknown)", async () => {
    expect(await refused({ price: { unit: "unknown" } })).toBe("started");
    expect(await refused({ price: { unit: "million_tokens", input_cents: 140, output_cents: 2800 } })).toBe(
      "started",
    );
    expect(await refused({ price: { unit: "call" } })).toMatch(
      /^[^\n]*\/toybad\.yaml#\/components\/schemas\/draw_bad_1\/x-runapi-variant\/price\/cents: price cents must be a non-negative number of US cents, got undefined\n {2}fix: /,
    );
  });
});
