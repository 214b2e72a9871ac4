import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";

const TEXT = "/api/v1/flux_2/text_to_image";

function create(
  emulator: Emulator,
  body: unknown,
  headers: Record<string, string> = {},
  apiKey = emulator.apiKey,
) {
  return fetch(emulator.url + TEXT, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("Idempotency-Key", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, apiKeys: ["k1", "k2"], taskDurationMs: 0 });
  });
  afterAll(() => emulator.close());

  it("replays the first create answer for the same key and body, creating nothing", async () => {
    const first = await create(
      emulator,
      { model: "flux-2-pro-text-to-image", prompt: "a quiet harbour", output_resolution: "2k" },
      { "idempotency-key": "replay-1" },
    );
    const created = (await first.json()) as Record<string, unknown>;
    expect(first.status).toBe(200);
    expect(created.task_replayed).toBeUndefined();
    const count = emulator.tasksCreated();

    // The same body with its keys in another order is the same request.
    const again = await create(
      emulator,
      '{"output_resolution":"2k","prompt":"a quiet harbour","model":"flux-2-pro-text-to-image"}',
      { "idempotency-key": "replay-1" },
    );
    expect(again.status).toBe(200);
    expect(again.headers.get("x-runapi-task-id")).toBe(created.id);
    expect(again.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{24}$/);
    // The task has completed by now (duration 0), yet the replay repeats what the create answered.
    expect(await again.json()).toEqual({
      id: created.id,
      status: "processing",
      task_replayed: true,
      billing: { reservation: { amount_cents: 7 }, settlement: null, refund: null },
    });
    expect(emulator.tasksCreated()).toBe(count);
  });

  it("answers 409 request_conflict for the same key with a different body", async () => {
    await create(
      emulator,
      { model: "flux-2-pro-text-to-image", prompt: "first body" },
      { "idempotency-key": "c-1" },
    );
    const count = emulator.tasksCreated();
    const conflict = await create(
      emulator,
      { model: "flux-2-pro-text-to-image", prompt: "second body" },
      { "idempotency-key": "c-1" },
    );
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get("x-request-id")).toMatch(/^req_/);
    expect(await conflict.json()).toEqual({
      error: {
        code: "request_conflict",
        message: "Idempotency-Key c-1 was already used with a different request body.",
      },
    });
    // Even a body that would fail validation is a conflict first.
    const invalid = await create(
      emulator,
      { model: "flux-2-pro-text-to-image" },
      { "idempotency-key": "c-1" },
    );
    expect(invalid.status).toBe(409);
    expect(emulator.tasksCreated()).toBe(count);
  });

  it("scopes keys per API key", async () => {
    const body = { model: "flux-2-pro-text-to-image", prompt: "shared key" };
    const one = (await (await create(emulator, body, { "idempotency-key": "scoped" }, "k1")).json()) as any;
    const two = (await (await create(emulator, body, { "idempotency-key": "scoped" }, "k2")).json()) as any;
    expect(two.id).not.toBe(one.id);
    expect(two.task_replayed).toBeUndefined();
    // Another account's use of the key is no conflict either.
    const other = await create(
      emulator,
      { ...body, prompt: "other body" },
      { "idempotency-key": "scoped-2" },
      "k1",
    );
    const mine = await create(emulator, body, { "idempotency-key": "scoped-2" }, "k2");
    expect([other.status, mine.status]).toEqual([200, 200]);
    const replay = (await (
      await create(emulator, body, { "idempotency-key": "scoped" }, "k2")
    ).json()) as any;
    expect(replay).toMatchObject({ id: two.id, task_replayed: true });
  });

  it("refuses a key longer than 512 characters, or empty, with 400 invalid_idempotency_key", async () => {
    const body = { model: "flux-2-pro-text-to-image", prompt: "long key" };
    const count = emulator.tasksCreated();
    for (const key of ["k".repeat(513), ""]) {
      const refused = await create(emulator, body, { "idempotency-key": key });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as any).error).toEqual({
        code: "invalid_idempotency_key",
        message: "Idempotency-Key must be between 1 and 512 characters.",
      });
    }
    expect(emulator.tasksCreated()).toBe(count);
    expect((await create(emulator, body, { "idempotency-key": "k".repeat(512) })).status).toBe(200);
    expect(emulator.tasksCreated()).toBe(count + 1);
  });

  it("remembers only creations: a refused request leaves its key free", async () => {
    const refused = await create(
      emulator,
      { model: "flux-2-pro-text-to-image" },
      { "idempotency-key": "late" },
    );
    expect(refused.status).toBe(422);
    const fixed = await create(
      emulator,
      { model: "flux-2-pro-text-to-image", prompt: "now valid" },
      { "idempotency-key": "late" },
    );
    expect(fixed.status).toBe(200);
    expect(((await fixed.json()) as any).task_replayed).toBeUndefined();
  });
});
