import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../src/index.ts";
import { fileEmulators, formOf, v1 } from "./support/v1-client.ts";

const emulators = fileEmulators();
afterEach(emulators.closeAll);
afterAll(emulators.remove);

const text = (value: string) => new TextEncoder().encode(value);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Raw HTTP to `/v1/uploads` as one API key. */
function uploadsApi(emulator: Emulator, apiKey?: string) {
  const api = v1(emulator, apiKey);
  return {
    ...api,
    create: (body: object, headers?: Record<string, string>) => api.post("/v1/uploads", body, headers),
    /** An upload of `bytes` bytes, as created. */
    start: async (bytes: number, filename = "film.mp4") =>
      (await api.post("/v1/uploads", { bytes, filename, mime_type: "video/mp4", purpose: "user_data" })).body,
    part: (id: string, bytes: Uint8Array, headers?: Record<string, string>) =>
      api.post(`/v1/uploads/${id}/parts`, formOf("data", bytes), headers),
    complete: (id: string, partIds: unknown, headers?: Record<string, string>) =>
      api.post(`/v1/uploads/${id}/complete`, { part_ids: partIds }, headers),
    cancel: (id: string) => api.post(`/v1/uploads/${id}/cancel`),
  };
}

async function started(options: Parameters<typeof emulators.start>[0] = {}) {
  const emulator = await emulators.start(options);
  return { emulator, api: uploadsApi(emulator) };
}

describe("an upload's life", () => {
  it("creates an upload in the contract's shape, pending for an hour", async () => {
    const { api } = await started();
    const before = nowSeconds();
    const created = await api.create({
      bytes: 6,
      filename: "film.mp4",
      mime_type: "video/mp4",
      purpose: "user_data",
    });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^upload_[0-9a-f]{24}$/),
      object: "upload",
      bytes: 6,
      created_at: expect.any(Number),
      filename: "film.mp4",
      purpose: "user_data",
      status: "pending",
      expires_at: created.body.created_at + 3600,
    });
    expect(created.body.created_at).toBeGreaterThanOrEqual(before);
    expect(created.body.created_at).toBeLessThanOrEqual(nowSeconds());
  });

  it("answers each part in the contract's shape and joins the parts in the order part_ids lists them", async () => {
    const { api } = await started();
    const upload = await api.start(6);
    const parts = [];
    for (const bytes of ["AAA", "BB", "C"]) {
      const part = await api.part(upload.id, text(bytes));
      expect(part.status).toBe(200);
      expect(part.body).toEqual({
        id: expect.stringMatching(/^part_[0-9a-f]{24}$/),
        object: "upload.part",
        created_at: expect.any(Number),
        upload_id: upload.id,
      });
      parts.push(part.body.id);
    }
    // Listed in another order than they were sent: the file is made in the listed order.
    const done = await api.complete(upload.id, [parts[2], parts[0], parts[1]]);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({
      ...upload,
      status: "completed",
      file: {
        id: expect.stringMatching(/^file-[0-9a-f]{24}$/),
        object: "file",
        bytes: 6,
        created_at: expect.any(Number),
        filename: "film.mp4",
        purpose: "user_data",
      },
    });
    const file = done.body.file;
    expect((await api.get(`/v1/files/${file.id}`)).body).toEqual(file);
    const content = await api.get(`/v1/files/${file.id}/content`);
    expect(content.headers.get("content-type")).toBe("video/mp4");
    expect(new TextDecoder().decode(content.body)).toBe("CAAABB");
    expect((await api.get("/v1/files")).body.data).toEqual([file]);
  });

  it("cancels a pending upload, and answers a second cancel with it again", async () => {
    const { api } = await started();
    const upload = await api.start(3);
    await api.part(upload.id, text("abc"));
    const cancelled = await api.cancel(upload.id);
    expect(cancelled).toMatchObject({ status: 200, body: { ...upload, status: "cancelled" } });
    expect(cancelled.body).not.toHaveProperty("file");
    expect(await api.cancel(upload.id)).toMatchObject({ status: 200, body: { status: "cancelled" } });
    expect((await api.get("/v1/files")).body.data).toEqual([]);
  });
});

describe("refusals", () => {
  it("refuses parts, completion and cancelling of a completed upload: 409 upload_completed", async () => {
    const { api } = await started();
    const upload = await api.start(2);
    const part = (await api.part(upload.id, text("ok"))).body;
    const { body: done } = await api.complete(upload.id, [part.id]);
    const what = `Upload ${upload.id} is already completed (as file ${done.file.id}) and cannot`;
    const fix = "; create a new upload with POST /v1/uploads.";
    for (const [answer, can] of [
      [await api.complete(upload.id, [part.id]), "be completed"],
      [await api.part(upload.id, text("more")), "take parts"],
      [await api.cancel(upload.id), "be cancelled"],
    ] as const) {
      expect(answer.status).toBe(409);
      expect(answer.body).toEqual({ error: { code: "upload_completed", message: `${what} ${can}${fix}` } });
    }
  });

  it("refuses parts and completion of a cancelled upload: 409 upload_cancelled", async () => {
    const { api } = await started();
    const upload = await api.start(2);
    const part = (await api.part(upload.id, text("ok"))).body;
    await api.cancel(upload.id);
    for (const answer of [await api.part(upload.id, text("ok")), await api.complete(upload.id, [part.id])]) {
      expect(answer).toMatchObject({ status: 409, body: { error: { code: "upload_cancelled" } } });
      expect(answer.body.error.message).toMatch(new RegExp(`^Upload ${upload.id} was cancelled and cannot `));
    }
  });

  it("expires a pending upload after uploadTtlMs: parts, completion and cancelling are 409 upload_expired", async () => {
    const { api } = await started({ uploadTtlMs: 150 });
    const upload = await api.start(2);
    const part = (await api.part(upload.id, text("ok"))).body;
    await sleep(200);
    const answers = [
      [await api.part(upload.id, text("ok")), "take parts"],
      [await api.complete(upload.id, [part.id]), "be completed"],
      [await api.cancel(upload.id), "be cancelled"],
    ] as const;
    for (const [answer, can] of answers) {
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe("upload_expired");
      expect(answer.body.error.message).toMatch(
        new RegExp(
          `^Upload ${upload.id} expired at \\d{4}-.+Z \\(uploads must be completed within 150 ms\\) and cannot ${can}; create a new upload with POST /v1/uploads\\.$`,
        ),
      );
    }
  });

  it("answers 404 not_found for an unknown upload and an unknown part", async () => {
    const { api } = await started();
    for (const answer of [
      await api.part("upload_missing", text("x")),
      await api.complete("upload_missing", ["part_x"]),
      await api.cancel("upload_missing"),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error).toEqual({
        code: "not_found",
        message:
          "Upload upload_missing was not found: it belongs to another API key, or never existed. Create one with POST /v1/uploads.",
      });
    }
    const upload = await api.start(2);
    const part = (await api.part(upload.id, text("ok"))).body;
    const unknown = await api.complete(upload.id, [part.id, "part_missing"]);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({
      code: "not_found",
      message: `Part part_missing (part_ids[1]) was not found: list the ids POST /v1/uploads/${upload.id}/parts answered.`,
    });
  });

  it("refuses a part of another upload, a part listed twice and part_ids that are not a list of ids", async () => {
    const { api } = await started();
    const upload = await api.start(4);
    const other = await api.start(2);
    const mine = (await api.part(upload.id, text("ab"))).body;
    const theirs = (await api.part(other.id, text("cd"))).body;
    const cases: [unknown, string][] = [
      [
        [mine.id, theirs.id],
        `part_ids[1] (${theirs.id}) is a part of upload ${other.id}, not of ${upload.id}: list only this upload's parts`,
      ],
      [[mine.id, mine.id], `part_ids lists ${mine.id} twice: list each part once`],
      [[], "part_ids must be a non-empty array of part ids, in the order of the file's bytes"],
      [mine.id, "part_ids must be a non-empty array of part ids, in the order of the file's bytes"],
      [[7], "part_ids must be a non-empty array of part ids, in the order of the file's bytes"],
    ];
    for (const [partIds, message] of cases) {
      const answer = await api.complete(upload.id, partIds);
      expect(answer.status).toBe(422);
      expect(answer.body).toEqual({ error: { code: "validation_error", message } });
    }
    // None of it touched the upload: its own parts still complete it.
    await api.part(upload.id, text("ef"));
  });

  it("refuses parts that add up to more or less than the declared bytes: 422 byte_size_mismatch", async () => {
    const { api } = await started();
    const upload = await api.start(5);
    const first = (await api.part(upload.id, text("abc"))).body;
    const over = await api.part(upload.id, text("def"));
    expect(over.status).toBe(422);
    expect(over.body.error).toEqual({
      code: "byte_size_mismatch",
      message: `Upload ${upload.id} declared bytes 5, and with this part of 3 bytes its parts would hold 6; send only the file's own bytes, or cancel it and create an upload with the right bytes.`,
    });
    const second = (await api.part(upload.id, text("de"))).body;
    const short = await api.complete(upload.id, [first.id]);
    expect(short.status).toBe(422);
    expect(short.body.error).toEqual({
      code: "byte_size_mismatch",
      message: `The parts listed hold 3 bytes but upload ${upload.id} declared bytes 5: list every part of the file, in order.`,
    });
    expect((await api.complete(upload.id, [first.id, second.id])).body.status).toBe("completed");
  });

  it("refuses a part without data, with text as data, empty, or not multipart", async () => {
    const { api } = await started();
    const upload = await api.start(5);
    const textField = new FormData();
    textField.append("data", "abc");
    const cases: [FormData | object, number, string, string][] = [
      [
        new FormData(),
        422,
        "validation_error",
        "data is required: send the part's bytes as a form field named data",
      ],
      [
        textField,
        422,
        "validation_error",
        "data must be a file part (one with a filename), not a text field",
      ],
      [formOf("data", new Uint8Array(0)), 422, "validation_error", "data is empty: send the part's bytes"],
      [
        { data: "abc" },
        400,
        "invalid_multipart",
        "The content type is application/json; send multipart/form-data with data (a FormData body, whose boundary the client writes).",
      ],
    ];
    for (const [body, status, code, message] of cases) {
      const answer = await api.post(`/v1/uploads/${upload.id}/parts`, body);
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual({ error: { code, message } });
    }
  });

  it("refuses an upload whose bytes, filename, mime_type or purpose is wrong", async () => {
    const { api } = await started({ maxUploadBytes: 1000 });
    const good = { bytes: 10, filename: "a.mp4", mime_type: "video/mp4", purpose: "user_data" };
    const sizes = "bytes must be the file's size in bytes, a positive integer";
    const cases: [object, number, string, string][] = [
      [{ ...good, bytes: 0 }, 422, "validation_error", sizes],
      [{ ...good, bytes: 2.5 }, 422, "validation_error", sizes],
      [{ ...good, bytes: "10" }, 422, "validation_error", sizes],
      [
        { ...good, bytes: 1001 },
        413,
        "payload_too_large",
        "A file of 1001 bytes is larger than the upload limit of 1000 bytes.",
      ],
      [{ ...good, filename: "" }, 422, "validation_error", "filename must be a non-empty string"],
      [
        { ...good, filename: "a/b.mp4" },
        422,
        "validation_error",
        "filename must not contain slashes or control characters",
      ],
      [
        { ...good, mime_type: "video" },
        422,
        "validation_error",
        'mime_type must be a MIME type such as "video/mp4"',
      ],
      [{ ...good, purpose: undefined }, 422, "validation_error", "purpose is required: user_data"],
      [{ ...good, purpose: "assistants" }, 422, "validation_error", "purpose must be one of: user_data"],
    ];
    for (const [body, status, code, message] of cases) {
      const answer = await api.create(body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body).toEqual({ error: { code, message } });
    }
    const notObject = await api.create([good]);
    expect(notObject).toMatchObject({ status: 400, body: { error: { code: "invalid_json" } } });
  });
});

describe("accounts", () => {
  it("lets only the upload's own account add parts, complete or cancel it, or use its parts", async () => {
    const { emulator } = await started({ apiKeys: ["rk_a", "rk_b"] });
    const a = uploadsApi(emulator, "rk_a");
    const b = uploadsApi(emulator, "rk_b");
    const upload = await a.start(2);
    const part = (await a.part(upload.id, text("ok"))).body;
    for (const answer of [
      await b.part(upload.id, text("ok")),
      await b.complete(upload.id, [part.id]),
      await b.cancel(upload.id),
    ]) {
      expect(answer).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    }
    // Another account's part is as unknown in B's own upload as a made-up id.
    const own = await b.start(2);
    const borrowed = await b.complete(own.id, [part.id]);
    expect(borrowed).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await a.complete(upload.id, [part.id])).body.status).toBe("completed");
  });
});

describe("idempotency", () => {
  it("answers a completion whose answer was lost, retried with its Idempotency-Key, as the first; without it, 409", async () => {
    const { emulator, api } = await started();
    const upload = await api.start(2);
    const part = (await api.part(upload.id, text("ok"))).body;
    emulator.faults.add({ route: `POST /v1/uploads/${upload.id}/complete`, fault: { kind: "reset-after" } });
    const key = { "idempotency-key": "complete-once" };
    await expect(api.complete(upload.id, [part.id], key)).rejects.toThrow();
    const retried = await api.complete(upload.id, [part.id], key);
    expect(retried).toMatchObject({ status: 200, body: { id: upload.id, status: "completed" } });
    expect((await api.get("/v1/files")).body.data).toEqual([retried.body.file]);
    expect((await api.complete(upload.id, [part.id])).body.error.code).toBe("upload_completed");
    const conflict = await api.complete(upload.id, ["part_other"], key);
    expect(conflict).toMatchObject({ status: 409, body: { error: { code: "request_conflict" } } });
  });

  it("adds a part once when it is sent again with the same Idempotency-Key", async () => {
    const { api } = await started();
    const upload = await api.start(4);
    const key = { "idempotency-key": "part-1" };
    const first = await api.part(upload.id, text("ab"), key);
    const again = await api.part(upload.id, text("ab"), key);
    expect(again.body).toEqual(first.body);
    const second = (await api.part(upload.id, text("cd"))).body;
    expect((await api.complete(upload.id, [first.body.id, second.id])).body.status).toBe("completed");
  });
});
