import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AbortError,
  ConflictError,
  InternalServerError,
  RunAPIError,
  type UploadProgress,
  ValidationError,
} from "../src/index.js";
import { type Emulator, emulatorWithClient } from "./emulator-client.js";
import { streamOf } from "./file-inputs.js";

let emulator: Emulator;
let clientOf: Awaited<ReturnType<typeof emulatorWithClient>>["client"];
beforeEach(async () => {
  ({ emulator, client: clientOf } = await emulatorWithClient());
});
afterEach(() => emulator.close());

/** 2500 bytes that differ from part to part, so parts joined in the wrong order show. */
const FILE = Uint8Array.from({ length: 2500 }, (_, index) => (index * 7 + (index >> 8)) % 251);
const PART_ROUTE = "POST /v1/uploads/*";

/** The requests the emulator received from the `from`th on, as "METHOD path". */
const routesFrom = (from: number) =>
  emulator.requests
    .slice(from)
    .map((request) => `${request.method} ${request.path.replace(/upload_\w+/, "{id}")}`);

/** The id of the upload the last request went to. */
const lastUploadId = () => /upload_\w+/.exec(emulator.requests.at(-1)?.path ?? "")?.[0] ?? "";

describe("uploads.upload", () => {
  it("sends a Blob in parts of partSize, one after the other, and completes them in order", async () => {
    const client = clientOf();
    const progress: UploadProgress[] = [];
    const before = emulator.requests.length;
    const done = await client.uploads.upload(new File([FILE], "film.mp4", { type: "video/mp4" }), {
      partSize: 1000,
      onProgress: (update) => progress.push(update),
    });
    expect(done).toMatchObject({
      object: "upload",
      status: "completed",
      bytes: 2500,
      filename: "film.mp4",
      purpose: "user_data",
      file: { object: "file", bytes: 2500, filename: "film.mp4", purpose: "user_data" },
    });
    expect(routesFrom(before)).toEqual([
      "POST /v1/uploads",
      "POST /v1/uploads/{id}/parts",
      "POST /v1/uploads/{id}/parts",
      "POST /v1/uploads/{id}/parts",
      "POST /v1/uploads/{id}/complete",
    ]);
    const sent = emulator.requests.slice(before);
    expect(sent[0]?.body).toEqual({
      bytes: 2500,
      filename: "film.mp4",
      mime_type: "video/mp4",
      purpose: "user_data",
    });
    expect(sent[1]?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    // Each request its own Idempotency-Key.
    expect(new Set(sent.map((request) => request.headers["idempotency-key"])).size).toBe(5);

    expect(progress.map(({ sentBytes, totalBytes }) => [sentBytes, totalBytes])).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    expect(
      progress.every((update) => update.upload.id === done.id && update.upload.status === "pending"),
    ).toBe(true);
    const partIds = progress.map((update) => update.part.id);
    expect(sent[4]?.body).toEqual({ part_ids: partIds });
    expect([...(await client.persistentFiles.content(done.file!.id))]).toEqual([...FILE]);
  });

  it("sends bytes in one part of the default size, named and typed from them", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...FILE]);
    const progress: UploadProgress[] = [];
    const done = await clientOf().uploads.upload(png, { onProgress: (update) => progress.push(update) });
    expect(progress).toHaveLength(1);
    expect(done).toMatchObject({ status: "completed", filename: "upload.png", bytes: png.length });
  });

  it("regroups a ReadableStream of the declared size into parts, whatever its chunks", async () => {
    const client = clientOf();
    const progress: number[] = [];
    const done = await client.uploads.upload(streamOf(FILE, 300), {
      bytes: FILE.length,
      partSize: 1000,
      fileName: "stream.bin",
      onProgress: ({ sentBytes }) => progress.push(sentBytes),
    });
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(done.filename).toBe("stream.bin");
    expect([...(await client.persistentFiles.content(done.file!.id))]).toEqual([...FILE]);
  });

  it("refuses what it cannot send before any request: a stream without bytes, a bad partSize, nothing", async () => {
    const client = clientOf();
    const before = emulator.requests.length;
    await expect(client.uploads.upload(streamOf(FILE, 300))).rejects.toThrow(
      "bytes is required with a ReadableStream: pass its exact size, which the upload declares first",
    );
    for (const partSize of [0, 1.5, Number.NaN]) {
      await expect(client.uploads.upload(FILE, { partSize })).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(client.uploads.upload(new Uint8Array(0))).rejects.toThrow(
      "file is empty: pass the file's bytes",
    );
    expect(emulator.requests.length).toBe(before);
  });

  it.each([
    ["shorter", 2600, "the stream ended after 2500 bytes, not bytes (2600): pass its exact size"],
    ["longer", 2400, "the stream holds more than bytes (2400): pass its exact size"],
  ])("cancels the upload when a stream is %s than its bytes", async (_, bytes, message) => {
    const client = clientOf();
    await expect(client.uploads.upload(streamOf(FILE, 300), { bytes, partSize: 1000 })).rejects.toThrow(
      message,
    );
    expect(emulator.requests.at(-1)?.path).toMatch(/^\/v1\/uploads\/upload_\w+\/cancel$/);
    await expect(client.uploads.complete(lastUploadId(), { part_ids: ["part_x"] })).rejects.toMatchObject({
      status: 409,
      code: "upload_cancelled",
    });
  });

  it("retries a part that fails once with a 500, with the same Idempotency-Key, and completes", async () => {
    emulator.faults.add({
      route: PART_ROUTE,
      fault: { kind: "status", status: 500, retryAfterMs: 1 },
    });
    const client = clientOf();
    const progress: number[] = [];
    const before = emulator.requests.length;
    const done = await client.uploads.upload(FILE, {
      partSize: 1000,
      onProgress: ({ sentBytes }) => progress.push(sentBytes),
    });
    expect(done.status).toBe("completed");
    expect(progress).toEqual([1000, 2000, 2500]);
    const sent = emulator.requests.slice(before);
    expect(sent.map((request) => request.fault)).toEqual([undefined, "status", ...Array(4).fill(undefined)]);
    expect(sent[2]?.headers["idempotency-key"]).toBe(sent[1]?.headers["idempotency-key"]);
    expect([...(await client.persistentFiles.content(done.file!.id))]).toEqual([...FILE]);
  });

  it("cancels the upload when a part fails for good, and throws that part's error", async () => {
    emulator.faults.add({
      route: PART_ROUTE,
      times: 3,
      fault: { kind: "status", status: 500, retryAfterMs: 1 },
    });
    const client = clientOf({ maxRetries: 2 });
    const before = emulator.requests.length;
    const error = await client.uploads.upload(FILE, { partSize: 1000 }).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(routesFrom(before)).toEqual([
      "POST /v1/uploads",
      "POST /v1/uploads/{id}/parts",
      "POST /v1/uploads/{id}/parts",
      "POST /v1/uploads/{id}/parts",
      "POST /v1/uploads/{id}/cancel",
    ]);
    await expect(client.uploads.addPart(lastUploadId(), FILE)).rejects.toMatchObject({
      code: "upload_cancelled",
    });
  });

  it("cancels the upload when onProgress throws, and throws its error", async () => {
    const client = clientOf();
    const failure = new Error("disk full");
    await expect(
      client.uploads.upload(FILE, {
        partSize: 1000,
        onProgress: () => {
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(routesFrom(emulator.requests.length - 1)).toEqual(["POST /v1/uploads/{id}/cancel"]);
  });

  it("cancels the upload when the caller aborts between parts, and throws AbortError", async () => {
    const client = clientOf();
    const controller = new AbortController();
    const before = emulator.requests.length;
    const error = await client.uploads
      .upload(FILE, { partSize: 1000, signal: controller.signal, onProgress: () => controller.abort() })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(routesFrom(before)).toEqual([
      "POST /v1/uploads",
      "POST /v1/uploads/{id}/parts",
      "POST /v1/uploads/{id}/cancel",
    ]);
  });
});

describe("the steps of an upload", () => {
  it("creates, adds parts, completes once, and refuses a second completion with ConflictError", async () => {
    const client = clientOf();
    const upload = await client.uploads.create({ bytes: 5, filename: "a.txt", mime_type: "text/plain" });
    expect(upload).toMatchObject({ object: "upload", status: "pending", bytes: 5, purpose: "user_data" });
    expect(upload.expires_at - upload.created_at).toBe(3600);
    const first = await client.uploads.addPart(upload.id, new Blob(["hel"]));
    const second = await client.uploads.addPart(upload.id, new TextEncoder().encode("lo").buffer);
    expect(second).toMatchObject({ object: "upload.part", upload_id: upload.id });
    const done = await client.uploads.complete(upload.id, { part_ids: [first.id, second.id] });
    expect(done.status).toBe("completed");
    expect(new TextDecoder().decode(await client.persistentFiles.content(done.file!.id))).toBe("hello");
    const again = await client.uploads
      .complete(upload.id, { part_ids: [first.id, second.id] })
      .catch((e) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect(again).toMatchObject({ status: 409, code: "upload_completed" });
  });

  it("cancels a pending upload", async () => {
    const client = clientOf();
    const upload = await client.uploads.create({ bytes: 5, filename: "a.txt", mime_type: "text/plain" });
    const cancelled = await client.uploads.cancel(upload.id);
    expect(cancelled).toMatchObject({ id: upload.id, status: "cancelled" });
  });

  it("refuses an empty upload id before sending anything", async () => {
    const client = clientOf();
    const before = emulator.requests.length;
    const message =
      "uploadId is required: pass the id of an upload, such as upload_abc123 (from uploads.create)";
    await expect(client.uploads.addPart("", FILE)).rejects.toThrow(message);
    await expect(client.uploads.complete(" ", { part_ids: [] })).rejects.toThrow(message);
    await expect(client.uploads.cancel(undefined as never)).rejects.toBeInstanceOf(RunAPIError);
    expect(emulator.requests.length).toBe(before);
  });
});
