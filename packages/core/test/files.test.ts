import { createHash } from "node:crypto";
import { renderPromptPng } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, ValidationError } from "../src/index.js";
import { type Emulator, emulatorWithClient } from "./emulator-client.js";
import { fileInputs } from "./file-inputs.js";

let emulator: Emulator;
let clientOf: Awaited<ReturnType<typeof emulatorWithClient>>["client"];
beforeAll(async () => {
  ({ emulator, client: clientOf } = await emulatorWithClient());
});
afterAll(() => emulator.close());

const png = new Uint8Array(renderPromptPng("files test"));
const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("base64");

/** The bytes the emulator serves at a file URL. */
async function served(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe("files.upload", () => {
  const inputs = fileInputs(png);

  it.each(inputs)(
    "uploads a %s through prepare, PUT and confirm, and the emulator holds its bytes",
    async (_, input, name) => {
      const before = emulator.requests.length;
      const file = await clientOf().files.upload(input() as Blob);
      expect(file).toMatchObject({ file_name: name, size_bytes: png.length, mime_type: "image/png" });
      expect(Date.parse(file.expires_at)).toBeGreaterThan(Date.parse(file.created_at));
      expect([...(await served(file.url))]).toEqual([...png]);
      const stored = emulator.files().find((entry) => entry.url === file.url);
      expect(stored).toMatchObject({ source: "upload", apiKey: emulator.apiKey });

      const [prepare, put, confirm] = emulator.requests.slice(before, before + 3);
      expect(prepare).toMatchObject({
        method: "POST",
        path: "/api/v1/files/prepare",
        body: { filename: name, byte_size: png.length, checksum: md5(png), content_type: "image/png" },
      });
      expect(put?.method).toBe("PUT");
      // Exactly the signed headers: no key, nothing of the API's own.
      expect(put?.headers).not.toHaveProperty("authorization");
      expect(put?.headers).not.toHaveProperty("idempotency-key");
      expect(put?.headers).not.toHaveProperty("x-client-request-id");
      expect(put?.headers["content-md5"]).toBe(md5(png));
      expect(put?.headers["content-type"]).toBe("image/png");
      expect(confirm).toMatchObject({ method: "POST", path: "/api/v1/files/confirm" });
    },
  );

  it("keeps a given name and type", async () => {
    const file = await clientOf().files.upload(png, { fileName: "a.png", contentType: "image/x-custom" });
    expect(file).toMatchObject({ file_name: "a.png", mime_type: "image/x-custom" });
  });

  it("answers with the confirm response through withResponse()", async () => {
    const { data, response } = await clientOf().files.upload(png).withResponse();
    expect(response.url).toMatch(/\/api\/v1\/files\/confirm$/);
    expect(data.url).toMatch(/^http/);
  });

  it("surfaces the MD5 check failing when the bytes are changed on the way, and confirms nothing", async () => {
    // A fetch that flips one byte of every PUT body after the checksum was signed.
    const corrupting: typeof fetch = (url, init) => {
      if (init?.method === "PUT" && init.body instanceof Uint8Array) {
        const body = new Uint8Array(init.body);
        body[20] = (body[20] as number) ^ 0xff;
        return fetch(url, { ...init, body });
      }
      return fetch(url, init);
    };
    const before = emulator.files().length;
    const error = await clientOf({ fetch: corrupting })
      .files.upload(png)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, code: "checksum_mismatch" });
    expect((error as Error).message).toMatch(/MD5 of the uploaded bytes .* but prepare signed checksum/);
    expect(emulator.requests.at(-1)?.method).toBe("PUT");
    expect(emulator.files().length).toBe(before);
  });

  it.each([
    ["an empty file", new Uint8Array(), /^file is empty: pass the file's bytes$/],
    [
      "a file over 20 MiB",
      new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x89, 0, 1),
      /^file is 20\.1 MiB; files may be at most 20 MiB: resize or compress it$/,
    ],
    [
      "a file that is not media",
      new TextEncoder().encode("%PDF-1.7 not a picture"),
      /^file has the type application\/octet-stream; upload an image, video or audio file \(or pass contentType\)$/,
    ],
    [
      "an endless stream",
      new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(1 << 20)) }),
      /files may be at most 20 MiB/,
    ],
  ])("refuses %s before any request", async (_, input, message) => {
    const before = emulator.requests.length;
    const error = await clientOf()
      .files.upload(input as Uint8Array)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: "file", message: expect.stringMatching(message) },
    ]);
    expect(emulator.requests.length).toBe(before);
  });
});

describe("files.fromUrl and files.fromBase64", () => {
  it("copies a file from a URL", async () => {
    const uploaded = await clientOf().files.upload(new File([png], "source.png", { type: "image/png" }));
    const copy = await clientOf().files.fromUrl(uploaded.url, { fileName: "copy.png" });
    expect(copy).toMatchObject({ file_name: "copy.png", size_bytes: png.length, mime_type: "image/png" });
    // The emulator fetched the loopback URL itself after the request, so the request is not the last one.
    expect(
      [...emulator.requests].reverse().find((request) => request.path === "/api/v1/files"),
    ).toMatchObject({
      body: { source: { type: "url", url: uploaded.url }, file_name: "copy.png" },
    });
    expect([...(await served(copy.url))]).toEqual([...png]);
  });

  it("uploads base64, bare or as a data: URI", async () => {
    const encoded = Buffer.from(png).toString("base64");
    const bare = await clientOf().files.fromBase64(encoded);
    expect(bare).toMatchObject({ size_bytes: png.length, mime_type: "image/png" });
    expect([...(await served(bare.url))]).toEqual([...png]);
    const uri = await clientOf().files.fromBase64(`data:image/png;base64,${encoded}`, { fileName: "x.png" });
    expect(uri).toMatchObject({ file_name: "x.png", mime_type: "image/png" });
    expect(emulator.requests.at(-1)?.body).toEqual({
      source: { type: "base64", data: `data:image/png;base64,${encoded}` },
      file_name: "x.png",
    });
  });

  it.each([
    ["fromUrl", "ftp://example.com/a.png", "url", /^url must be an HTTP\(S\) URL$/],
    ["fromBase64", "not base64!", "data", /^data must be base64/],
    ["fromBase64", "", "data", /^data is empty/],
    [
      "fromBase64",
      Buffer.from("plain text").toString("base64"),
      "data",
      /^data has the type application\/octet-stream/,
    ],
  ])("%s refuses %j before any request", async (method, value, path, message) => {
    const before = emulator.requests.length;
    const files = clientOf().files;
    const error = await (method === "fromUrl" ? files.fromUrl(value) : files.fromBase64(value)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path, message: expect.stringMatching(message) }]);
    expect(emulator.requests.length).toBe(before);
  });

  it("surfaces the API's refusal of a file over its own limit", async () => {
    const small = await emulatorWithClient({ maxUploadBytes: 100 });
    try {
      const error = await small
        .client()
        .files.upload(png)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 413, code: "payload_too_large" });
    } finally {
      await small.emulator.close();
    }
  });
});
