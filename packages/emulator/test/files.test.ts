import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, encodePng, startEmulator } from "../src/index.ts";

const PNG = encodePng(2, 2, new Uint8Array(2 * 2 * 3).fill(200));
/** fetch's types take only ArrayBuffer-backed views; a copy is one. */
const bodyOf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);
const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("base64");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function api(emulator: Emulator) {
  const headers = { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" };
  return (path: string, body: unknown) =>
    fetch(emulator.url + path, { method: "POST", headers, body: JSON.stringify(body) });
}

describe("files", () => {
  let emulator: Emulator;
  let post: ReturnType<typeof api>;
  let source: Server;
  let sourceUrl: string;
  let endlessSent = 0;
  let endlessClosed: () => void = () => {};
  const endlessEnded = new Promise<void>((resolve) => {
    endlessClosed = resolve;
  });
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, maxUploadBytes: 4096 });
    post = api(emulator);
    // A loopback server the emulator may fetch from.
    source = createServer((req, res) => {
      if (req.url === "/pictures/cat.png") {
        res.writeHead(200, { "content-type": "image/png", "content-length": PNG.length }).end(PNG);
      } else if (req.url === "/elsewhere") {
        res.writeHead(302, { location: "https://example.com/cat.png" }).end();
      } else if (req.url === "/big.bin") {
        res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.alloc(5000));
      } else if (req.url === "/endless.bin") {
        // No content-length, and no end: only the reader can stop it.
        res.writeHead(200, { "content-type": "application/octet-stream" });
        // One chunk per turn of the event loop, so this process never spins on a fast reader.
        const more = (): void => {
          if (res.destroyed) return;
          endlessSent += 0x10000;
          res.write(Buffer.alloc(0x10000), () => setImmediate(more));
        };
        res.on("close", () => endlessClosed());
        more();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => source.listen(0, "127.0.0.1", resolve));
    sourceUrl = `http://127.0.0.1:${(source.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await emulator.close();
    await new Promise((resolve) => source.close(resolve));
  });

  async function expectServed(file: any, bytes: Uint8Array, mimeType: string) {
    const download = await fetch(file.url); // no key: temporary URLs are public
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe(mimeType);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  }

  it("stores a base64 data: URI and serves the bytes from a temporary URL", async () => {
    const answer = await post("/api/v1/files", {
      source: { type: "base64", data: `data:image/png;base64,${Buffer.from(PNG).toString("base64")}` },
      file_name: "tiny picture.png",
    });
    expect(answer.status).toBe(200);
    const file = (await answer.json()) as any;
    expect(file).toEqual({
      file_name: "tiny picture.png",
      url: expect.stringMatching(
        new RegExp(`^${emulator.url}/files/uploads/file_[0-9a-f]{24}/tiny%20picture\\.png$`),
      ),
      size_bytes: PNG.length,
      mime_type: "image/png",
      created_at: expect.any(String),
      expires_at: expect.any(String),
    });
    expect(Date.parse(file.expires_at) - Date.parse(file.created_at)).toBe(60 * 60 * 1000);
    await expectServed(file, PNG, "image/png");
  });

  it("takes raw base64 too, sniffing the type and naming the file when no name is given", async () => {
    const file = (await (
      await post("/api/v1/files", { source: { type: "base64", data: Buffer.from(PNG).toString("base64") } })
    ).json()) as any;
    expect(file).toMatchObject({ file_name: "upload.png", mime_type: "image/png", size_bytes: PNG.length });
    const text = (await (
      await post("/api/v1/files", { source: { type: "base64", data: "aGVsbG8" }, file_name: "hi.txt" })
    ).json()) as any;
    expect(text).toMatchObject({ file_name: "hi.txt", mime_type: "text/plain", size_bytes: 5 });
  });

  it("fetches a loopback source URL, keeping its name and type", async () => {
    const answer = await post("/api/v1/files", {
      source: { type: "url", url: `${sourceUrl}/pictures/cat.png` },
    });
    expect(answer.status).toBe(200);
    const file = (await answer.json()) as any;
    expect(file).toMatchObject({ file_name: "cat.png", mime_type: "image/png", size_bytes: PNG.length });
    await expectServed(file, PNG, "image/png");
    expect(emulator.files().find((info) => info.url === file.url)).toMatchObject({
      source: "url",
      sourceUrl: `${sourceUrl}/pictures/cat.png`,
      fetched: true,
    });
  });

  it("never leaves the machine: a remote URL is recorded and a placeholder stored", async () => {
    const file = (await (
      await post("/api/v1/files", { source: { type: "url", url: "https://example.com/photos/dog.jpg" } })
    ).json()) as any;
    expect(file).toMatchObject({ file_name: "dog.jpg", mime_type: "image/png" });
    expect(emulator.files().find((info) => info.url === file.url)).toMatchObject({
      sourceUrl: "https://example.com/photos/dog.jpg",
      fetched: false,
    });
  });

  it("refuses sources it cannot use, naming the field", async () => {
    const message = async (body: unknown) => {
      const answer = await post("/api/v1/files", body);
      return [answer.status, ((await answer.json()) as any).error.message];
    };
    expect(await message({})).toEqual([422, "source is required"]);
    expect(await message({ source: { type: "ftp" } })).toEqual([
      422,
      "source.type must be one of: base64, url",
    ]);
    expect(await message({ source: { type: "base64", data: "not base64!" } })).toEqual([
      422,
      "source.data is not valid base64",
    ]);
    expect(await message({ source: { type: "base64", data: "data:text/plain,hello" } })).toEqual([
      422,
      "source.data must be a base64 data: URI (…;base64,…)",
    ]);
    expect(await message({ source: { type: "url", url: "ftp://x/y" } })).toEqual([
      422,
      "source.url must be an HTTP(S) URL",
    ]);
    expect(await message({ source: { type: "url", url: `${sourceUrl}/missing.png` } })).toEqual([
      422,
      "source.url answered 404; it must answer 200.",
    ]);
    expect(await message({ source: { type: "url", url: `${sourceUrl}/elsewhere` } })).toEqual([
      422,
      "source.url answered 302 (a redirect); redirects are not followed, give the final URL.",
    ]);
    expect(await message({ source: { type: "base64", data: "aGVsbG8=" }, file_name: "../etc" })).toEqual([
      422,
      "file_name must not contain slashes or control characters",
    ]);
  });

  it("stops reading an endless source URL past maxUploadBytes and answers 413", async () => {
    const answer = await post("/api/v1/files", { source: { type: "url", url: `${sourceUrl}/endless.bin` } });
    expect(answer.status).toBe(413);
    expect(((await answer.json()) as any).error).toEqual({
      code: "payload_too_large",
      message: "The file at source.url is larger than the upload limit of 4 KiB.",
    });
    // The emulator hung up: the source stopped with what the sockets between them could buffer, not more.
    await endlessEnded;
    expect(endlessSent).toBeLessThan(64 * 1024 * 1024);
  });

  it("gives up on a source URL that does not finish within sourceTimeoutMs, with 422 file_fetch_failed", async () => {
    const dripping = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "image/png" });
      res.write("\x89PNG");
      // Then nothing more, ever.
    });
    await new Promise<void>((resolve) => dripping.listen(0, "127.0.0.1", resolve));
    const impatient = await startEmulator({ port: 0, sourceTimeoutMs: 300 });
    try {
      const url = `http://127.0.0.1:${(dripping.address() as AddressInfo).port}/slow.png`;
      const answer = await api(impatient)("/api/v1/files", { source: { type: "url", url } });
      expect(answer.status).toBe(422);
      expect(((await answer.json()) as any).error).toEqual({
        code: "file_fetch_failed",
        message: "source.url was not fetched within 300 ms; give a URL that answers sooner.",
      });
    } finally {
      await impatient.close();
      dripping.closeAllConnections();
      await new Promise((resolve) => dripping.close(resolve));
    }
  });

  it("answers 413 payload_too_large above maxUploadBytes, whichever way the file comes", async () => {
    const big = Buffer.alloc(5000).toString("base64");
    const fromBase64 = await post("/api/v1/files", { source: { type: "base64", data: big } });
    expect(fromBase64.status).toBe(413);
    expect(((await fromBase64.json()) as any).error).toEqual({
      code: "payload_too_large",
      message: "The decoded source.data is larger than the upload limit of 4 KiB.",
    });
    expect(
      (await post("/api/v1/files", { source: { type: "url", url: `${sourceUrl}/big.bin` } })).status,
    ).toBe(413);
    const prepared = await post("/api/v1/files/prepare", {
      filename: "big.bin",
      byte_size: 5000,
      checksum: md5(Buffer.alloc(5000)),
      content_type: "application/octet-stream",
    });
    expect(prepared.status).toBe(413);
  });

  describe("direct upload", () => {
    const prepare = async (bytes: Uint8Array, contentType = "image/png") => {
      const answer = await post("/api/v1/files/prepare", {
        filename: "direct.png",
        byte_size: bytes.length,
        checksum: md5(bytes),
        content_type: contentType,
      });
      expect(answer.status).toBe(200);
      return (await answer.json()) as {
        signed_id: string;
        upload_url: string;
        headers: Record<string, string>;
      };
    };
    const put = (upload: { upload_url: string }, headers: Record<string, string>, body: Uint8Array) =>
      fetch(upload.upload_url, { method: "PUT", headers, body: bodyOf(body) });

    it("prepare → PUT with the signed headers (no key) → confirm gives the file", async () => {
      const upload = await prepare(PNG);
      expect(upload).toEqual({
        signed_id: expect.stringMatching(/^su_[\w-]{24}$/),
        upload_url: `${emulator.url}/uploads/${upload.signed_id}`,
        headers: { "Content-Type": "image/png", "Content-MD5": md5(PNG) },
      });
      const early = await post("/api/v1/files/confirm", { signed_id: upload.signed_id });
      expect(early.status).toBe(422);
      expect(((await early.json()) as any).error.code).toBe("upload_incomplete");

      const sent = await put(upload, upload.headers, PNG);
      expect(sent.status).toBe(204);
      expect(sent.headers.get("x-request-id")).toMatch(/^req_/);
      expect(Buffer.isBuffer(emulator.requests.at(-1)!.body)).toBe(true);

      const confirmed = await post("/api/v1/files/confirm", { signed_id: upload.signed_id });
      expect(confirmed.status).toBe(200);
      const file = (await confirmed.json()) as any;
      expect(file).toMatchObject({ file_name: "direct.png", size_bytes: PNG.length, mime_type: "image/png" });
      await expectServed(file, PNG, "image/png");
      // Confirming again gives the same file, not a second one.
      const again = (await (
        await post("/api/v1/files/confirm", { signed_id: upload.signed_id })
      ).json()) as any;
      expect(again.url).toBe(file.url);
      expect((await put(upload, upload.headers, PNG)).status).toBe(409);
    });

    it("refuses bytes whose MD5 does not match the signed checksum", async () => {
      const upload = await prepare(PNG);
      const corrupted = Buffer.from(PNG);
      corrupted[corrupted.length - 1]! ^= 0xff;
      const answer = await put(upload, upload.headers, corrupted);
      expect(answer.status).toBe(422);
      expect(((await answer.json()) as any).error).toEqual({
        code: "checksum_mismatch",
        message: `The MD5 of the uploaded bytes is ${md5(corrupted)} but prepare signed checksum ${md5(PNG)}; the bytes were changed after the checksum was computed.`,
      });
      const confirm = await post("/api/v1/files/confirm", { signed_id: upload.signed_id });
      expect(confirm.status).toBe(422);
    });

    it("refuses bytes whose size does not match byte_size", async () => {
      const upload = await prepare(PNG);
      const answer = await put(upload, upload.headers, PNG.subarray(0, 10));
      expect(answer.status).toBe(422);
      expect(((await answer.json()) as any).error).toEqual({
        code: "byte_size_mismatch",
        message: `The upload has 10 bytes but prepare declared byte_size ${PNG.length}; send exactly the prepared bytes.`,
      });
    });

    it("refuses a PUT without exactly the signed headers, or to an unknown upload", async () => {
      const upload = await prepare(PNG);
      const wrongType = await put(upload, { ...upload.headers, "Content-Type": "image/jpeg" }, PNG);
      expect(wrongType.status).toBe(400);
      expect(((await wrongType.json()) as any).error).toEqual({
        code: "invalid_upload_headers",
        message: 'Content-Type must be "image/png" as signed by prepare, got "image/jpeg".',
      });
      const noMd5 = await put(upload, { "Content-Type": "image/png" }, PNG);
      expect(((await noMd5.json()) as any).error.message).toBe(
        "Content-MD5 is missing; send the headers prepare returned, exactly.",
      );
      const unknown = await fetch(`${emulator.url}/uploads/su_nope`, { method: "PUT", body: bodyOf(PNG) });
      expect(unknown.status).toBe(404);
    });

    it("checks prepare's fields, naming each", async () => {
      const message = async (body: Record<string, unknown>) =>
        ((await (await post("/api/v1/files/prepare", body)).json()) as any).error.message;
      const good = {
        filename: "a.png",
        byte_size: 3,
        checksum: md5(Buffer.from("abc")),
        content_type: "image/png",
      };
      expect(await message({ ...good, filename: "" })).toBe("filename must be a non-empty string");
      expect(await message({ ...good, byte_size: 1.5 })).toBe(
        "byte_size must be the file's size in bytes, a non-negative integer",
      );
      expect(await message({ ...good, checksum: "abc" })).toBe(
        "checksum must be the base64 MD5 digest of the file's bytes (24 characters ending in ==)",
      );
      expect(await message({ ...good, content_type: "png" })).toBe(
        'content_type must be a MIME type such as "image/png"',
      );
    });

    it("keeps uploads per account: another key cannot confirm them", async () => {
      const shared = await startEmulator({ port: 0, apiKeys: ["rk_a", "rk_b"] });
      try {
        const as = (key: string) => (path: string, body: unknown) =>
          fetch(shared.url + path, {
            method: "POST",
            headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
            body: JSON.stringify(body),
          });
        const upload = (await (
          await as("rk_a")("/api/v1/files/prepare", {
            filename: "a.png",
            byte_size: PNG.length,
            checksum: md5(PNG),
            content_type: "image/png",
          })
        ).json()) as any;
        await fetch(upload.upload_url, { method: "PUT", headers: upload.headers, body: bodyOf(PNG) });
        expect((await as("rk_b")("/api/v1/files/confirm", { signed_id: upload.signed_id })).status).toBe(404);
        expect((await as("rk_a")("/api/v1/files/confirm", { signed_id: upload.signed_id })).status).toBe(200);
      } finally {
        await shared.close();
      }
    });
  });
});

describe("expiry", () => {
  it("answers 410 file_expired once an uploaded file's URL has lived fileTtlMs", async () => {
    const emulator = await startEmulator({ port: 0, fileTtlMs: 100 });
    try {
      const file = (await (
        await api(emulator)("/api/v1/files", {
          source: { type: "base64", data: "aGVsbG8=" },
          file_name: "a.txt",
        })
      ).json()) as any;
      expect(Date.parse(file.expires_at) - Date.parse(file.created_at)).toBe(100);
      expect((await fetch(file.url)).status).toBe(200);
      await sleep(120);
      const expired = await fetch(file.url);
      expect(expired.status).toBe(410);
      expect(expired.headers.get("x-request-id")).toMatch(/^req_/);
      expect(((await expired.json()) as any).error).toEqual({
        code: "file_expired",
        message: `File a.txt expired at ${file.expires_at}; temporary file URLs live 100 ms. Upload it again for a new URL.`,
      });
    } finally {
      await emulator.close();
    }
  });

  it("answers 410 file_expired once a task output has lived outputTtlMs after the task ended", async () => {
    const emulator = await startEmulator({ port: 0, taskDurationMs: 0, outputTtlMs: 100 });
    try {
      const headers = { authorization: `Bearer ${emulator.apiKey}` };
      const { id } = (await (
        await api(emulator)("/api/v1/flux_2/text_to_image", {
          model: "flux-2-pro-text-to-image",
          prompt: "a cat",
        })
      ).json()) as any;
      const task = (await (
        await fetch(`${emulator.url}/api/v1/flux_2/text_to_image/${id}`, { headers })
      ).json()) as any;
      expect((await fetch(task.images[0].url)).status).toBe(200);
      await sleep(120);
      const expired = await fetch(task.images[0].url);
      expect(expired.status).toBe(410);
      expect(expired.headers.get("x-runapi-task-id")).toBe(id);
      expect(((await expired.json()) as any).error.code).toBe("file_expired");
    } finally {
      await emulator.close();
    }
  });

  it("keeps unknown files 404, not 410", async () => {
    const emulator = await startEmulator({ port: 0 });
    try {
      expect((await fetch(`${emulator.url}/files/uploads/file_nope/a.txt`)).status).toBe(404);
    } finally {
      await emulator.close();
    }
  });
});
