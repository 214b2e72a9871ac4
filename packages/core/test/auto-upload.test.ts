import { createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderPromptPng } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Catalog, MAX_UPLOAD_BYTES, RunAPIClient, ValidationError } from "../src/index.js";
import { type Emulator, emulatorWithClient, startFixtureEmulator } from "./emulator-client.js";

let emulator: Emulator;
let clientOf: Awaited<ReturnType<typeof emulatorWithClient>>["client"];
beforeAll(async () => {
  ({ emulator, client: clientOf } = await emulatorWithClient({ taskDurationMs: 50 }));
});
afterAll(() => emulator.close());

const png = (text: string) => new Uint8Array(renderPromptPng(text));
const CREATE = "/api/v1/test_images/image_to_image";
const base = { model: "images-flex-image-to-image", prompt: "The same scene at night" } as const;

/** The bytes behind each URL the created task was sent, in order. */
async function bytesOf(urls: unknown): Promise<number[][]> {
  return Promise.all(
    (urls as string[]).map(async (url) => [...new Uint8Array(await (await fetch(url)).arrayBuffer())]),
  );
}

describe("auto-upload in create and run", () => {
  it("uploads the local files of a create in parallel and sends their URLs in order, remote URLs untouched", async () => {
    const [first, second] = [png("first"), png("second")];
    const remote = "https://example.com/remote.png";
    const before = emulator.requests.length;
    const task = await clientOf().create({
      ...base,
      source_image_urls: [new Blob([first], { type: "image/png" }), remote, second],
    });
    const sent = emulator.requests.slice(before);
    const created = sent.find((request) => request.path === CREATE);
    const urls = (created?.body as { source_image_urls: string[] } | undefined)?.source_image_urls ?? [];
    expect(urls).toHaveLength(3);
    expect(urls[1]).toBe(remote);
    expect(await bytesOf([urls[0], urls[2]])).toEqual([[...first], [...second]]);
    // Both uploads were prepared before either was confirmed: they ran side by side.
    const paths = sent.map((request) => request.path);
    expect(paths.filter((path) => path === "/api/v1/files/prepare")).toHaveLength(2);
    expect(paths.lastIndexOf("/api/v1/files/prepare")).toBeLessThan(paths.indexOf("/api/v1/files/confirm"));
    // The create is last, after every upload.
    expect(paths.at(-1)).toBe(CREATE);
    expect(task.id).toMatch(/\S/);
  });

  it("sends the create's Idempotency-Key on the create alone; each upload step has a key of its own", async () => {
    for (const options of [
      { idempotencyKey: "create-key-1" },
      { headers: { "Idempotency-Key": "create-key-2" } },
    ]) {
      const before = emulator.requests.length;
      await clientOf().create({ ...base, source_image_urls: [png(JSON.stringify(options))] }, options);
      const sent = emulator.requests.slice(before);
      const keyOf = (path: string) =>
        sent.find((request) => request.path === path)?.headers["idempotency-key"];
      expect(sent.map((request) => request.path)).toEqual([
        "/api/v1/files/prepare",
        expect.stringMatching(/^\/uploads\//),
        "/api/v1/files/confirm",
        CREATE,
      ]);
      expect(keyOf(CREATE)).toBe(options.idempotencyKey ?? options.headers?.["Idempotency-Key"]);
      // The signed PUT carries only the signed headers; each POST its own new key, sent once.
      expect(sent[1]?.headers["idempotency-key"]).toBeUndefined();
      const stepKeys = [keyOf("/api/v1/files/prepare"), keyOf("/api/v1/files/confirm")];
      expect(stepKeys.every((key) => typeof key === "string" && /^[\w-]{16,}$/.test(key))).toBe(true);
      expect(new Set([...stepKeys, keyOf(CREATE)]).size).toBe(3);
    }
  });

  it("keeps the caller's parameters as they were", async () => {
    const params = { ...base, source_image_urls: [png("kept") as Uint8Array | string] };
    await clientOf().create(params);
    expect(params.source_image_urls[0]).toBeInstanceOf(Uint8Array);
  });

  it("runs with a local file to a completed task", async () => {
    const done = await clientOf().run({ ...base, source_image_urls: [png("run")] }, { minDelay: 10 });
    expect(done.status).toBe("completed");
    expect(done.images?.[0]?.url).toMatch(/^http/);
  });

  it("refuses a local file in a field that takes text, before any request", async () => {
    const before = emulator.requests.length;
    const error = await clientOf()
      .create({ ...base, prompt: new Blob(["a prompt"]) as never, source_image_urls: [png("x")] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: "prompt", message: "prompt must be a string" },
    ]);
    expect(emulator.requests.length).toBe(before);
  });

  it("names a local path and a Node stream given in a file field, with what to pass instead, before any request", async () => {
    const before = emulator.requests.length;
    const path = fileURLToPath(import.meta.url);
    const stream = createReadStream(path);
    const error = await clientOf()
      .create({ ...base, source_image_urls: ["./photo.png", stream as never, "cat.png"] })
      .catch((e: unknown) => e)
      .finally(() => stream.destroy());
    const instead =
      'from "@runapi.ai/test-images/node" in Node, or as a Blob, File or bytes; or pass an http(s) URL';
    const issues = [
      `source_image_urls[0] is a local path, which RunAPI cannot fetch: pass the file instead, as await fileFromPath("./photo.png") ${instead}`,
      `source_image_urls[1] is a Node stream, which cannot be sent: pass the file instead, as await fileFromPath(${JSON.stringify(path)}) ${instead}`,
      // Text that is neither a URL nor a path keeps the field's own words.
      "source_image_urls[2] must match the pattern ^https?://",
    ];
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.message)).toEqual(issues);
    expect((error as ValidationError).message).toBe(`3 problems: ${issues.join("; ")}`);
    expect(emulator.requests.length).toBe(before);
  });

  it("validates the rest of the request before reading or uploading any file", async () => {
    const before = emulator.requests.length;
    const error = await clientOf()
      .create({ ...base, prompt: "no", source_image_urls: [png("x")] })
      .catch((e: unknown) => e);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(["prompt"]);
    expect(emulator.requests.length).toBe(before);
  });

  it("refuses every file too big or not media, naming each field, before any upload", async () => {
    const before = emulator.requests.length;
    const error = await clientOf()
      .create({
        ...base,
        source_image_urls: [
          png("fine"),
          new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x89, 0, 1),
          new Uint8Array([1, 2, 3]),
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      {
        path: "source_image_urls[1]",
        message: "source_image_urls[1] is 20.1 MiB; files may be at most 20 MiB: resize or compress it",
      },
      {
        path: "source_image_urls[2]",
        message:
          "source_image_urls[2] has the type application/octet-stream; upload an image, video or audio file (or pass contentType)",
      },
    ]);
    expect(emulator.requests.length).toBe(before);
  });

  it("lists a bad parameter and a bad local file in one error", async () => {
    const before = emulator.requests.length;
    const error = await clientOf()
      .create({ ...base, prompt: "n", source_image_urls: [new Blob(["hello"], { type: "text/plain" })] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: "prompt", message: "prompt must be between 3 and 5000 characters" },
      {
        path: "source_image_urls[0]",
        message:
          "source_image_urls[0] has the type text/plain; upload an image, video or audio file (or pass contentType)",
      },
    ]);
    expect(emulator.requests.length).toBe(before);
  });

  it('in "data-uri" mode refuses a field that takes URLs only, before any request', async () => {
    const before = emulator.requests.length;
    const error = await clientOf()
      .create({ ...base, source_image_urls: [png("inline")] }, { files: "data-uri" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe("source_image_urls[0] must match the pattern ^https?://");
    expect(emulator.requests.length).toBe(before);
  });
});

// A made-up family whose file fields also take data: URIs, to send files inline.
const file = { type: "string", pattern: "^(https?://|data:)", file: true } as const;
const toyCatalog: Catalog = {
  family: "toy",
  variants: [
    {
      model: "toy-edit",
      action: "edit_image",
      method: "POST",
      path: "/api/v1/toy/edit_image",
      status: "active",
      task: "async",
      price: { unit: "call", cents: 1 },
      input: {
        type: "object",
        additionalProperties: false,
        required: ["model", "prompt", "image"],
        properties: {
          model: { type: "string", const: "toy-edit" },
          prompt: { type: "string", minLength: 1 },
          image: file,
          masks: { type: "array", items: { type: "string", pattern: "^(https?://|data:)" }, file: true },
        },
      },
    },
  ],
};

describe('"data-uri" mode, where the API takes data: URIs', () => {
  let toy: Emulator;
  type ToyParams = { model: "toy-edit"; prompt: string; image: unknown; masks?: unknown[] };
  let client: RunAPIClient<{
    "toy-edit": {
      params: ToyParams;
      created: { id: string; status: string };
      task: { id: string; status: string };
    };
  }>;
  beforeAll(async () => {
    toy = await startFixtureEmulator(
      [
        {
          catalog: toyCatalog,
          modality: "image",
          examples: {
            edit_image: {
              "toy-edit": { model: "toy-edit", prompt: "x", image: "https://example.com/a.png" },
            },
          },
        },
      ],
      { taskDurationMs: 1_000_000 },
    );
    client = new RunAPIClient({ apiKey: toy.apiKey, baseURL: toy.url }, toyCatalog);
  });
  afterAll(() => toy.close());

  it("inlines local files of a string field and an array field as data: URIs, uploading nothing", async () => {
    const image = png("inline");
    const mask = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]);
    await client.create(
      {
        model: "toy-edit",
        prompt: "x",
        image: new Blob([image]),
        masks: ["https://example.com/m.png", mask],
      },
      { files: "data-uri" },
    );
    expect(toy.requests.map((request) => request.path)).toEqual(["/api/v1/toy/edit_image"]);
    expect(toy.requests[0]?.body).toEqual({
      model: "toy-edit",
      prompt: "x",
      image: `data:image/png;base64,${Buffer.from(image).toString("base64")}`,
      masks: ["https://example.com/m.png", "data:image/jpeg;base64,/9j/4AEC"],
    });
  });

  it("uploads a string field by default", async () => {
    const before = toy.requests.length;
    await client.create({ model: "toy-edit", prompt: "x", image: png("uploaded") });
    const created = toy.requests.slice(before).find((request) => request.path === "/api/v1/toy/edit_image");
    expect((created?.body as { image?: string } | undefined)?.image).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/files\/uploads\//,
    );
  });
});
