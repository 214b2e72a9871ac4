import { setTimeout as delay } from "node:timers/promises";
import { renderPromptPng } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AbortError,
  FileExpiredError,
  NotFoundError,
  RunAPIClient,
  TimeoutError,
  ValidationError,
} from "../src/index.js";
import { type Emulator, emulatorWithClient, startFixtureEmulator } from "./emulator-client.js";
import { startScriptedServer } from "./scripted-server.js";
import { testCatalog } from "./test-catalog.js";

let emulator: Emulator;
let clientOf: Awaited<ReturnType<typeof emulatorWithClient>>["client"];
beforeAll(async () => {
  ({ emulator, client: clientOf } = await emulatorWithClient({ taskDurationMs: 30 }));
});
afterAll(() => emulator.close());

const params = { model: "images-pro-text-to-image", prompt: "A lighthouse at dawn" } as const;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<number[]> {
  const bytes: number[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) bytes.push(...chunk);
  return bytes;
}

describe("outputs download themselves", () => {
  it("gives every image of a finished task a download() for its bytes or a stream", async () => {
    const done = await clientOf().run(params, { minDelay: 10 });
    const image = done.images?.[0];
    if (!image) throw new Error("no image");
    const expected = [...new Uint8Array(await (await fetch(image.url)).arrayBuffer())];
    expect([...expected.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const bytes = await image.download();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual(expected);
    const stream = await image.download({ as: "stream" });
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(await readAll(stream)).toEqual(expected);
    expect([...(await clientOf().files.download(image))]).toEqual(expected);
    expect([...(await clientOf().files.download(image.url))]).toEqual(expected);
  });

  it("leaves the task's JSON as the API sent it", async () => {
    const client = clientOf();
    const task = await client.create(params);
    const done = await client.wait(task, { minDelay: 10 });
    const read = await client.get(task);
    const answer = await fetch(`${emulator.url}/api/v1/test_images/text_to_image/${task.id}`, {
      headers: { authorization: `Bearer ${emulator.apiKey}` },
    });
    const raw = { ...((await answer.json()) as object), model: params.model };
    for (const seen of [done, read]) {
      expect(JSON.parse(JSON.stringify(seen))).toEqual(raw);
      expect(Object.keys(seen.images?.[0] ?? {})).toEqual(["url"]);
      expect(typeof seen.images?.[0]?.download).toBe("function");
    }
  });

  it("never sends the API key with a download", async () => {
    const done = await clientOf().run(params, { minDelay: 10 });
    await done.images?.[0]?.download();
    const fetched = emulator.requests.at(-1);
    expect(fetched?.path).toMatch(/^\/files\//);
    expect(fetched?.headers).not.toHaveProperty("authorization");
  });
});

// A made-up family with a video and an audio variant: the emulator renders real AVI and WAV outputs for them.
const mediaVariant = (model: string) => ({
  model,
  action: "generate",
  method: "POST" as const,
  path: "/api/v1/media/generate",
  status: "active" as const,
  task: "async" as const,
  price: { unit: "call" as const, cents: 1 },
  input: {
    type: "object" as const,
    additionalProperties: false,
    required: ["model", "prompt"],
    properties: { model: { type: "string" as const, const: model }, prompt: { type: "string" as const } },
  },
});

type MediaTask = { id: string; status: string; videos?: { url: string }[]; audios?: { audio_url: string }[] };
type MediaModels = {
  [K in "toy-video" | "toy-audio"]: {
    params: { model: K; prompt: string };
    created: { id: string; status: string };
    task: MediaTask;
  };
};

describe("videos and audios", () => {
  it("downloads the {url} of a video output and the {audio_url} of an audio output the emulator rendered", async () => {
    const catalog = { family: "media", variants: [mediaVariant("toy-video"), mediaVariant("toy-audio")] };
    const media = await startFixtureEmulator(
      [
        {
          catalog,
          modality: "video",
          examples: {
            generate: {
              "toy-video": { model: "toy-video", prompt: "waves" },
              "toy-audio": { model: "toy-audio", prompt: "a bell" },
            },
          },
          outputs: { "toy-video": "video", "toy-audio": "audio" },
        },
      ],
      { taskDurationMs: 10 },
    );
    try {
      const client = new RunAPIClient<MediaModels>({ apiKey: media.apiKey, baseURL: media.url }, catalog);
      const video = (await client.run({ model: "toy-video", prompt: "waves" }, { minDelay: 10 })).videos?.[0];
      const audio = (await client.run({ model: "toy-audio", prompt: "a bell" }, { minDelay: 10 }))
        .audios?.[0];
      if (!video || !audio) throw new Error("outputs missing");
      const videoBytes = await video.download();
      expect(new TextDecoder().decode(videoBytes.subarray(8, 12))).toBe("AVI ");
      expect([...videoBytes]).toEqual([...new Uint8Array(await (await fetch(video.url)).arrayBuffer())]);
      const audioBytes = await readAll(await audio.download({ as: "stream" }));
      expect(new TextDecoder().decode(new Uint8Array(audioBytes.slice(8, 12)))).toBe("WAVE");
      expect(audioBytes).toEqual([...new Uint8Array(await (await fetch(audio.audio_url)).arrayBuffer())]);
      expect(Object.keys(audio)).not.toContain("download");
      expect(JSON.stringify(audio)).not.toContain("download");
    } finally {
      await media.close();
    }
  });

  // Output URLs on a CDN: a scripted API answers a finished task whose outputs are files on the emulator and on a
  // second, foreign origin.
  it("downloads outputs from the API's origin and from another one, never with the key", async () => {
    const client = clientOf();
    const mp4 = new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode("ftypmp42"), 1, 2, 3, 4]);
    const wav = new Uint8Array([...new TextEncoder().encode("RIFF\x24\0\0\0WAVEfmt "), 5, 6, 7, 8]);
    const video = await client.files.upload(mp4);
    const audio = await client.files.upload(wav);
    expect([video.mime_type, audio.mime_type]).toEqual(["video/mp4", "audio/wav"]);
    const foreign = await startScriptedServer(() => ({
      status: 200,
      headers: { "content-type": "audio/wav" },
      body: "RIFF-foreign",
    }));
    const api = await startScriptedServer(() => ({
      status: 200,
      body: JSON.stringify({
        id: "task_1",
        status: "completed",
        videos: [{ url: video.url }],
        audios: [{ audio_url: audio.url, duration: 1 }, { audio_url: `${foreign.url}/a.wav?sig=x` }],
      }),
    }));
    try {
      const scripted = new RunAPIClient<{
        "test-model": {
          params: object;
          created: { id: string; status: string };
          task: { id: string; status: string; videos?: { url: string }[]; audios?: { audio_url: string }[] };
        };
      }>({ apiKey: "rk_secret_key", baseURL: api.url }, testCatalog);
      const done = await scripted.get("task_1", { model: "test-model" });
      const [video] = done.videos ?? [];
      const [audio, foreignAudio] = done.audios ?? [];
      if (!video || !audio || !foreignAudio) throw new Error("outputs missing");
      expect([...(await video.download())]).toEqual([...mp4]);
      expect([...(await audio.download())]).toEqual([...wav]);
      const remote = await foreignAudio.download({ as: "stream" });
      expect(new TextDecoder().decode(new Uint8Array(await readAll(remote)))).toBe("RIFF-foreign");
      expect(foreign.requests).toHaveLength(1);
      expect(foreign.requests[0]?.url).toBe("/a.wav?sig=x");
      expect(foreign.requests[0]?.headers).not.toHaveProperty("authorization");
      expect(JSON.stringify(foreign.requests[0]?.headers)).not.toContain("rk_secret_key");
      for (const request of emulator.requests.slice(-2)) {
        expect(request.path).toMatch(/^\/files\/uploads\//);
        expect(request.headers).not.toHaveProperty("authorization");
      }
    } finally {
      await Promise.all([api.close(), foreign.close()]);
    }
  });
});

describe("expired and failing URLs", () => {
  it("says a task's output has expired, naming its URL, when the output URL has passed its lifetime", async () => {
    const short = await emulatorWithClient({ taskDurationMs: 10, outputTtlMs: 50 });
    try {
      const done = await short.client().run(params, { minDelay: 10 });
      await delay(80);
      const error = await done.images?.[0]?.download().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileExpiredError);
      expect(error).toMatchObject({ status: 410, code: "file_expired", url: done.images?.[0]?.url });
      expect((error as Error).message).toBe(
        `${done.images?.[0]?.url} has expired: temporary file URLs stop working after a while. Read the task again (get) or run it again for a new output URL, or upload the file again.`,
      );
    } finally {
      await short.emulator.close();
    }
  });

  it("says an uploaded file has expired", async () => {
    // Long enough for the upload and a first download on a busy machine, short enough to wait out.
    const short = await emulatorWithClient({ fileTtlMs: 500 });
    try {
      const file = await short.client().files.upload(new Uint8Array(renderPromptPng("soon gone")));
      expect((await short.client().files.download(file.url)).byteLength).toBe(file.size_bytes);
      await delay(600);
      const error = await short
        .client()
        .files.download(file)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileExpiredError);
      expect(error).toMatchObject({ url: file.url, code: "file_expired" });
    } finally {
      await short.emulator.close();
    }
  });

  it("keeps a signed URL's query out of the error", async () => {
    const server = await startScriptedServer(() => ({
      status: 410,
      body: JSON.stringify({ error: { code: "file_expired", message: "gone" } }),
    }));
    try {
      const error = await clientOf()
        .files.download(`${server.url}/out/0.png?X-Signature=very-secret`)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileExpiredError);
      expect((error as FileExpiredError).url).toBe(`${server.url}/out/0.png`);
      expect(JSON.stringify(error) + (error as Error).message).not.toContain("very-secret");
    } finally {
      await server.close();
    }
  });

  it("raises the typed error of any other failure, and refuses what is not a URL before any request", async () => {
    await expect(
      clientOf().files.download(`${emulator.url}/files/uploads/nope/x.png`),
    ).rejects.toBeInstanceOf(NotFoundError);
    const before = emulator.requests.length;
    for (const source of ["file:///etc/passwd", { url: "" }, {}]) {
      const error = await clientOf()
        .files.download(source as string)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.path).toBe("url");
    }
    expect(emulator.requests.length).toBe(before);
  });

  it("honours the client's timeout and the caller's signal", async () => {
    const server = await startScriptedServer(() => () => {});
    try {
      const slow = clientOf({ timeout: 50 });
      await expect(slow.files.download(`${server.url}/slow.png`)).rejects.toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      const pending = clientOf().files.download(`${server.url}/slow.png`, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      await expect(pending).rejects.toBeInstanceOf(AbortError);
    } finally {
      await server.close();
    }
  });
});
