/**
 * The emulator's answers have the field names of the API's contract (shared runapi-api.md: "Tasks", "Shared
 * endpoints", "Tasks: ids, failures and hybrid answers"). Each shape below is copied from that text, not from
 * the emulator's code: the keys an answer must carry, and the ones it may.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";
import { toyClient, toySpec, writeSpecs } from "./support/toy-specs.ts";
import { v1 } from "./support/v1-client.ts";

interface Shape {
  required: readonly string[];
  optional?: readonly string[];
}

const CONTRACT = {
  created: { required: ["id", "status"], optional: ["task_replayed", "billing"] },
  billing: { required: ["reservation", "settlement", "refund"] },
  priceSchedules: { required: ["as_of", "price_schedules"] },
  schedule: {
    required: [
      "service",
      "action",
      "model",
      "pricing_status",
      "catalog_status",
      "currency",
      "billing_unit",
      "billing_strategy",
      "unit_price_cents",
      "input_price_per_1m_cents",
      "output_price_per_1m_cents",
      "cache_read_price_per_1m_cents",
      "cache_write_price_per_1m_cents",
      "cache_write_5m_price_per_1m_cents",
      "cache_write_1h_price_per_1m_cents",
      "billing_config",
    ],
  },
  priceQuote: {
    required: [
      "service",
      "action",
      "model",
      "pricing_status",
      "currency",
      "reservation_amount_cents",
      "estimate_basis",
      "as_of",
    ],
  },
  storedResponse: { required: ["status", "content_type", "headers", "body"] },
  temporaryFile: { required: ["file_name", "url", "size_bytes", "mime_type", "created_at", "expires_at"] },
  preparedUpload: { required: ["signed_id", "upload_url", "headers"] },
  profile: { required: ["id", "name", "email", "account"] },
  balance: {
    required: [
      "balance_cents",
      "paid_balance_cents",
      "bonus_balance_cents",
      "spent_cents_today",
      "spent_cents_total",
    ],
  },
  error: { required: ["code", "message"], optional: ["details"] },
  persistentFile: {
    required: ["id", "object", "bytes", "created_at", "filename", "purpose"],
    optional: ["expires_at"],
  },
  fileList: { required: ["object", "data", "first_id", "last_id", "has_more"] },
  deletedFile: { required: ["id", "object", "deleted"] },
  upload: {
    required: ["id", "object", "bytes", "created_at", "filename", "purpose", "status", "expires_at"],
    optional: ["file"],
  },
  uploadPart: { required: ["id", "object", "created_at", "upload_id"] },
} satisfies Record<string, Shape>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The object has every required key, and no key the contract does not name. */
function expectShape(value: unknown, shape: Shape, what: string) {
  expect(value, what).toBeTypeOf("object");
  const keys = Object.keys(value as object).sort();
  expect(
    shape.required.filter((key) => !keys.includes(key)),
    `${what} lacks`,
  ).toEqual([]);
  expect(
    keys.filter((key) => !shape.required.includes(key) && !(shape.optional ?? []).includes(key)),
    `${what} adds`,
  ).toEqual([]);
}

const SPEC = toySpec("shapes", "image", [
  {
    name: "draw",
    variants: [
      {
        model: "shape-async",
        price: { unit: "call", cents: 2, by: { quality: { high: 3 } } },
        properties: { quality: { type: "string", enum: ["low", "high"] } },
      },
      { model: "shape-hybrid", task: "hybrid" },
      { model: "shape-unpriced", price: { unit: "unknown" } },
    ],
  },
]);

describe("the emulator's answers have the contract's field names", () => {
  let emulator: Emulator;
  let specs: ReturnType<typeof writeSpecs>;
  let api: ReturnType<typeof toyClient>;
  beforeAll(async () => {
    specs = writeSpecs({ "shapes.yaml": SPEC });
    emulator = await startEmulator({ port: 0, specsDir: specs.dir, taskDurationMs: 30 });
    api = toyClient(emulator);
  });
  afterAll(async () => {
    await emulator.close();
    specs.remove();
  });
  const ended = () => new Promise((resolve) => setTimeout(resolve, 60));

  it("tasks: created, completed and failed, with UUID ids and a failed task's error as text", async () => {
    const created = await api.post("/api/v1/shapes/draw", { model: "shape-async" });
    expectShape(created.json, CONTRACT.created, "a created task");
    expect(created.json.id).toMatch(UUID);
    expect(created.response.headers.get("x-runapi-task-id")).toBe(created.json.id);
    expectShape(created.json.billing, CONTRACT.billing, "billing");
    emulator.failNextTask("Content policy violation");
    const failing = await api.post("/api/v1/shapes/draw", { model: "shape-async" });
    await ended();
    const done = await api.get(`/api/v1/shapes/draw/${created.json.id}`);
    expect(done.json).toMatchObject({
      id: created.json.id,
      status: "completed",
      images: [{ url: expect.any(String) }],
    });
    expectShape(done.json.billing, CONTRACT.billing, "billing");
    const failed = await api.get(`/api/v1/shapes/draw/${failing.json.id}`);
    expect(failed.json).toMatchObject({ status: "failed", error: "Content policy violation" });
  });

  it("hybrid: 202 + Location /api/v1/tasks/{id}, and the stored response once completed", async () => {
    const created = await api.post("/api/v1/shapes/draw", { model: "shape-hybrid" });
    expect(created.response.status).toBe(202);
    expect(created.response.headers.get("location")).toBe(`/api/v1/tasks/${created.json.id}`);
    expect(created.response.headers.get("x-runapi-task-id")).toBe(created.json.id);
    expectShape(created.json, CONTRACT.created, "an accepted task");
    await ended();
    const done = await api.get(created.response.headers.get("location")!);
    expect(done.json.status).toBe("completed");
    expectShape(done.json.response, CONTRACT.storedResponse, "a stored response");
    expect(typeof done.json.response.body).toBe("string");
  });

  it("price schedules and quotes", async () => {
    const { json } = await api.get("/api/v1/price_schedules?service=shapes");
    expectShape(json, CONTRACT.priceSchedules, "price schedules");
    for (const schedule of json.price_schedules) expectShape(schedule, CONTRACT.schedule, schedule.action);
    const byKey = json.price_schedules.find(
      (entry: any) => entry.model === "shape-async" && entry.action === "draw",
    );
    expect(byKey.billing_config).toEqual({ key: "quality", overrides: { high: 3 } });
    expect(
      json.price_schedules.find((entry: any) => entry.model === "shape-unpriced" && entry.action === "draw"),
    ).toMatchObject({
      pricing_status: "pending",
      unit_price_cents: null,
    });
    expect(
      json.price_schedules.some(
        (entry: any) => entry.action === "draw_query" && entry.unit_price_cents === 0,
      ),
    ).toBe(true);
    const quote = await api.post("/api/v1/price_quotes", {
      service: "shapes",
      action: "draw",
      model: "shape-async",
      params: { quality: "high" },
    });
    expect(Object.keys(quote.json)).toEqual(["price_quote"]);
    expectShape(quote.json.price_quote, CONTRACT.priceQuote, "a price quote");
    expect(quote.json.price_quote.reservation_amount_cents).toBe(3);
  });

  it("temporary files, direct uploads, the account and errors", async () => {
    const file = await api.post("/api/v1/files", {
      source: { type: "base64", data: Buffer.from("hello").toString("base64") },
      file_name: "hello.txt",
    });
    expectShape(file.json, CONTRACT.temporaryFile, "a temporary file");
    const prepared = await api.post("/api/v1/files/prepare", {
      filename: "a.png",
      byte_size: 3,
      checksum: "rL0Y20zC+Fzt72VPzMSk2A==",
      content_type: "image/png",
    });
    expectShape(prepared.json, CONTRACT.preparedUpload, "a prepared upload");
    const me = await api.get("/api/v1/me");
    expectShape(me.json, CONTRACT.profile, "the profile");
    expectShape((await api.get("/api/v1/me/balance")).json, CONTRACT.balance, "the balance");
    const refused = await api.post("/api/v1/shapes/draw", { model: "nope" });
    expect(Object.keys(refused.json)).toEqual(["error"]);
    expectShape(refused.json.error, CONTRACT.error, "an error");
  });

  it("persistent files and multipart uploads (/v1)", async () => {
    const files = v1(emulator);
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }), "a.png");
    form.append("purpose", "user_data");
    const created = await files.post("/v1/files", form);
    expectShape(created.body, CONTRACT.persistentFile, "a persistent file");
    expect(created.body).toMatchObject({ object: "file", bytes: 3, filename: "a.png", purpose: "user_data" });
    expect(Number.isInteger(created.body.created_at)).toBe(true);
    const listed = await files.get("/v1/files?limit=1&order=asc");
    expectShape(listed.body, CONTRACT.fileList, "a file list");
    expect(listed.body.object).toBe("list");
    for (const entry of listed.body.data) expectShape(entry, CONTRACT.persistentFile, "a listed file");
    expectShape((await files.get(`/v1/files/${created.body.id}`)).body, CONTRACT.persistentFile, "a file");
    expect([...(await files.get(`/v1/files/${created.body.id}/content`)).body]).toEqual([1, 2, 3]);
    const deleted = await files.remove(`/v1/files/${created.body.id}`);
    expectShape(deleted.body, CONTRACT.deletedFile, "a deleted file");
    expect(deleted.body).toEqual({ id: created.body.id, object: "file", deleted: true });

    const upload = await files.post("/v1/uploads", {
      bytes: 3,
      filename: "b.bin",
      mime_type: "application/octet-stream",
      purpose: "user_data",
    });
    expectShape(upload.body, CONTRACT.upload, "an upload");
    expect(upload.body).toMatchObject({ object: "upload", status: "pending" });
    const data = new FormData();
    data.append("data", new Blob([new Uint8Array([4, 5, 6])]));
    const part = await files.post(`/v1/uploads/${upload.body.id}/parts`, data);
    expectShape(part.body, CONTRACT.uploadPart, "an upload part");
    expect(part.body).toMatchObject({ object: "upload.part", upload_id: upload.body.id });
    const completed = await files.post(`/v1/uploads/${upload.body.id}/complete`, {
      part_ids: [part.body.id],
    });
    expectShape(completed.body, CONTRACT.upload, "a completed upload");
    expect(completed.body.status).toBe("completed");
    expectShape(completed.body.file, CONTRACT.persistentFile, "an upload's file");
    const other = await files.post("/v1/uploads", {
      bytes: 1,
      filename: "c.bin",
      mime_type: "text/plain",
      purpose: "user_data",
    });
    const cancelled = await files.post(`/v1/uploads/${other.body.id}/cancel`);
    expectShape(cancelled.body, CONTRACT.upload, "a cancelled upload");
    expect(cancelled.body.status).toBe("cancelled");
  });
});
