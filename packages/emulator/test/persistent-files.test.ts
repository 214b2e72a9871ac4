import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, encodePng } from "../src/index.ts";
import { fileEmulators, formOf, v1 } from "./support/v1-client.ts";

const PNG = encodePng(2, 2, new Uint8Array(2 * 2 * 3).fill(90));

const emulators = fileEmulators();
const start = emulators.start;
afterEach(emulators.closeAll);
afterAll(emulators.remove);

/** Raw HTTP to `/v1` as one API key, with `upload(form)` for `POST /v1/files`. */
function filesApi(emulator: Emulator, apiKey?: string) {
  const api = v1(emulator, apiKey);
  return {
    ...api,
    upload: (form: FormData, headers?: Record<string, string>) => api.post("/v1/files", form, headers),
  };
}

/** A form as `POST /v1/files` takes it. */
const fileForm = (
  bytes: Uint8Array,
  name: string,
  type = "image/png",
  purpose: string | null = "user_data",
) => formOf("file", bytes, name, type, purpose);

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe("POST /v1/files, GET /v1/files/{id} and its content", () => {
  const shared = fileEmulators();
  let emulator: Emulator;
  let api: ReturnType<typeof filesApi>;
  beforeAll(async () => {
    emulator = await shared.start({ maxUploadBytes: 4096 });
    api = filesApi(emulator);
  });
  afterAll(async () => {
    await shared.closeAll();
    shared.remove();
  });

  it("stores a multipart file and answers it in the contract's shape, field by field", async () => {
    const before = nowSeconds();
    const created = await api.upload(fileForm(PNG, "tiny picture.png"));
    expect(created.status).toBe(200);
    expect(created.headers.get("x-request-id")).toMatch(/^req_/);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^file-[0-9a-f]{24}$/),
      object: "file",
      bytes: PNG.length,
      created_at: expect.any(Number),
      filename: "tiny picture.png",
      purpose: "user_data",
    });
    expect(Number.isInteger(created.body.created_at)).toBe(true);
    expect(created.body.created_at).toBeGreaterThanOrEqual(before);
    expect(created.body.created_at).toBeLessThanOrEqual(nowSeconds());

    const read = await api.get(`/v1/files/${created.body.id}`);
    expect(read).toMatchObject({ status: 200, body: created.body });
    const content = await api.get(`/v1/files/${created.body.id}/content`);
    expect(content.status).toBe(200);
    expect(content.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(content.body).equals(PNG)).toBe(true);
  });

  it("keeps any bytes, with the part's type, or one from the bytes or the name when the part has none", async () => {
    const text = new TextEncoder().encode('{"rows": 3}\n');
    const json = await api.upload(fileForm(text, "rows.jsonl", "application/x-ndjson"));
    const served = await api.get(`/v1/files/${json.body.id}/content`);
    expect(served.headers.get("content-type")).toBe("application/x-ndjson");
    expect(Buffer.from(served.body).toString("utf8")).toBe('{"rows": 3}\n');
    const untyped = await api.upload(fileForm(PNG, "picture", ""));
    expect((await api.get(`/v1/files/${untyped.body.id}/content`)).headers.get("content-type")).toBe(
      "image/png",
    );
  });

  it("reads ids percent-encoded, as clients send them", async () => {
    const { body: file } = await api.upload(fileForm(PNG, "a.png"));
    const encoded = file.id.replace("-", "%2D");
    expect((await api.get(`/v1/files/${encoded}`)).body.id).toBe(file.id);
  });

  it("deletes a file: the answer says so, then every read of it is 404 not_found", async () => {
    const { body: file } = await api.upload(fileForm(PNG, "gone.png"));
    const deleted = await api.remove(`/v1/files/${file.id}`);
    expect(deleted).toMatchObject({ status: 200, body: { id: file.id, object: "file", deleted: true } });
    expect(Object.keys(deleted.body).sort()).toEqual(["deleted", "id", "object"]);
    for (const answer of [
      await api.get(`/v1/files/${file.id}`),
      await api.get(`/v1/files/${file.id}/content`),
      await api.remove(`/v1/files/${file.id}`),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error).toEqual({
        code: "not_found",
        message: `File ${file.id} was not found: it was deleted, or it belongs to another API key. GET /v1/files lists this key's files.`,
      });
    }
    const { body: page } = await api.get("/v1/files?limit=100");
    expect(page.data.map((entry: { id: string }) => entry.id)).not.toContain(file.id);
  });

  describe("refuses, in the API's error shape", () => {
    const cases: [string, () => FormData | object, number, string, string][] = [
      [
        "a form without file",
        () => {
          const form = new FormData();
          form.append("purpose", "user_data");
          return form;
        },
        422,
        "validation_error",
        "file is required: send the file's bytes as a form field named file",
      ],
      [
        "file as a text field",
        () => {
          const form = new FormData();
          form.append("file", "not a file");
          form.append("purpose", "user_data");
          return form;
        },
        422,
        "validation_error",
        "file must be a file part (one with a filename), not a text field",
      ],
      [
        "a form without purpose",
        () => fileForm(PNG, "a.png", "image/png", null),
        422,
        "validation_error",
        "purpose is required: user_data",
      ],
      [
        "another purpose",
        () => fileForm(PNG, "a.png", "image/png", "fine-tune"),
        422,
        "validation_error",
        "purpose must be one of: user_data",
      ],
      [
        "an empty file",
        () => fileForm(new Uint8Array(0), "a.png"),
        422,
        "validation_error",
        "file is empty: send the file's bytes",
      ],
      [
        "a file over maxUploadBytes",
        () => fileForm(new Uint8Array(5000), "big.bin"),
        413,
        "payload_too_large",
        "The file (send a larger one in parts with POST /v1/uploads) is larger than the upload limit of 4 KiB.",
      ],
      [
        "a JSON body",
        () => ({ file: "a.png", purpose: "user_data" }),
        400,
        "invalid_multipart",
        "The content type is application/json; send multipart/form-data with file and purpose (a FormData body, whose boundary the client writes).",
      ],
    ];
    it.each(cases)("%s", async (_, body, status, code, message) => {
      const answer = await api.post("/v1/files", body());
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual({ error: { code, message } });
    });

    it("a multipart content type over a body that is not multipart", async () => {
      const answer = await api.call("POST", "/v1/files", {
        body: "plain words",
        headers: { "content-type": "multipart/form-data; boundary=xyz" },
      });
      expect(answer).toMatchObject({ status: 400, body: { error: { code: "invalid_multipart" } } });
      expect(answer.body.error.message).toMatch(/^The body is not valid multipart\/form-data; send/);
    });
  });

  it("needs an API key on every /v1 route, and answers 404 for a /v1 path it does not serve", async () => {
    for (const [method, path] of [
      ["GET", "/v1/files"],
      ["POST", "/v1/files"],
      ["GET", "/v1/files/file-1"],
      ["DELETE", "/v1/files/file-1"],
      ["GET", "/v1/files/file-1/content"],
      ["POST", "/v1/uploads"],
      ["POST", "/v1/uploads/upload_1/parts"],
    ] as const) {
      const answer = await fetch(emulator.url + path, { method });
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(((await answer.json()) as any).error.code).toBe("unauthorized");
    }
    const unknown = await api.get("/v1/models");
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await api.call("PUT", "/v1/files")).status).toBe(404);
  });

  it("answers a retried POST with the same Idempotency-Key and form with the first file, and 409 for another form", async () => {
    const headers = { "idempotency-key": "persistent-file-once" };
    const first = await api.upload(fileForm(PNG, "once.png"), headers);
    const again = await api.upload(fileForm(PNG, "once.png"), headers);
    expect(again).toMatchObject({ status: 200, body: first.body });
    const other = await api.upload(fileForm(PNG, "other.png"), headers);
    expect(other).toMatchObject({ status: 409, body: { error: { code: "request_conflict" } } });
    const { body: page } = await api.get("/v1/files?limit=100");
    expect(page.data.filter((file: { filename: string }) => file.filename === "once.png")).toHaveLength(1);
  });
});

describe("GET /v1/files", () => {
  /** An emulator holding `count` files of the default key, answered in creation order. */
  async function withFiles(count: number) {
    const emulator = await start();
    const api = filesApi(emulator);
    const files: any[] = [];
    for (let n = 0; n < count; n++) files.push((await api.upload(fileForm(PNG, `f${n}.png`))).body);
    return { api, ids: files.map((file) => file.id as string) };
  }
  const ids = (page: any) => page.data.map((file: { id: string }) => file.id);

  it("answers the list shape, newest first by default, and an empty list with null ids", async () => {
    const empty = await filesApi(await start()).get("/v1/files");
    expect(empty).toMatchObject({ status: 200 });
    expect(empty.body).toEqual({ object: "list", data: [], first_id: null, last_id: null, has_more: false });

    const { api, ids: made } = await withFiles(3);
    const { body: page } = await api.get("/v1/files");
    expect(Object.keys(page).sort()).toEqual(["data", "first_id", "has_more", "last_id", "object"]);
    expect(ids(page)).toEqual([...made].reverse());
    expect(page).toMatchObject({ object: "list", first_id: made[2], last_id: made[0], has_more: false });
    expect(page.data[0]).toEqual((await api.get(`/v1/files/${made[2]}`)).body);
  });

  it("pages with limit and after, in either order, until has_more is false", async () => {
    const { api, ids: made } = await withFiles(5);
    const pages: string[][] = [];
    let after = "";
    for (;;) {
      const { body: page } = await api.get(`/v1/files?limit=2&order=asc${after && `&after=${after}`}`);
      pages.push(ids(page));
      expect(page.first_id).toBe(ids(page)[0]);
      expect(page.last_id).toBe(ids(page).at(-1));
      if (!page.has_more) break;
      after = page.last_id;
    }
    expect(pages).toEqual([made.slice(0, 2), made.slice(2, 4), made.slice(4)]);

    const newest = await api.get("/v1/files?limit=2&order=desc");
    expect(ids(newest.body)).toEqual([made[4], made[3]]);
    const next = await api.get(`/v1/files?limit=2&order=desc&after=${newest.body.last_id}`);
    expect(ids(next.body)).toEqual([made[2], made[1]]);
    expect(next.body.has_more).toBe(true);
  });

  it("keeps paging after the file a cursor names is deleted", async () => {
    const { api, ids: made } = await withFiles(4);
    await api.remove(`/v1/files/${made[1]}`);
    expect(ids((await api.get(`/v1/files?order=asc&after=${made[1]}`)).body)).toEqual(made.slice(2));
  });

  it("answers 20 files by default and at most 100", async () => {
    const { api } = await withFiles(21);
    const first = await api.get("/v1/files");
    expect(first.body.data).toHaveLength(20);
    expect(first.body.has_more).toBe(true);
    expect((await api.get("/v1/files?limit=100")).body.data).toHaveLength(21);
  });

  it("filters by purpose", async () => {
    const { api, ids: made } = await withFiles(2);
    expect(ids((await api.get("/v1/files?purpose=user_data&order=asc")).body)).toEqual(made);
  });

  it.each([
    ["limit=0", "limit must be an integer between 1 and 100 (default 20)"],
    ["limit=101", "limit must be an integer between 1 and 100 (default 20)"],
    ["limit=2.5", "limit must be an integer between 1 and 100 (default 20)"],
    ["limit=ten", "limit must be an integer between 1 and 100 (default 20)"],
    ["order=newest", "order must be one of: asc, desc"],
    ["purpose=fine-tune", "purpose must be one of: user_data"],
    ["after=upload_1", "after must be a file id: the last_id of the page before"],
  ])("refuses ?%s with 422 validation_error", async (query, message) => {
    const answer = await filesApi(await start()).get(`/v1/files?${query}`);
    expect(answer).toMatchObject({ status: 422, body: { error: { code: "validation_error", message } } });
  });
});

describe("accounts", () => {
  it("lets an account see, read and delete only its own files", async () => {
    const emulator = await start({ apiKeys: ["rk_a", "rk_b"] });
    const a = filesApi(emulator, "rk_a");
    const b = filesApi(emulator, "rk_b");
    const { body: file } = await a.upload(fileForm(PNG, "mine.png"));
    expect((await b.get("/v1/files")).body.data).toEqual([]);
    for (const answer of [
      await b.get(`/v1/files/${file.id}`),
      await b.get(`/v1/files/${file.id}/content`),
      await b.remove(`/v1/files/${file.id}`),
    ]) {
      expect(answer).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    }
    expect((await a.get("/v1/files")).body.data).toEqual([file]);
    expect((await a.get(`/v1/files/${file.id}`)).status).toBe(200);
  });
});
