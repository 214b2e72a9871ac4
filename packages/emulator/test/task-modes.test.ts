import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";
import { writeSpecs } from "./support/toy-specs.ts";

// A made-up image family with one variant per task mode; only the spec says which is which.
const MODES_SPEC = `
openapi: 3.1.0
info:
  title: Modes
  version: 1.0.0
  x-runapi: { family: modes, package: "@runapi.ai/modes", provider: Toy Labs, modality: image }
paths:
  /api/v1/modes/draw:
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
                - $ref: "#/components/schemas/Async"
                - $ref: "#/components/schemas/Hybrid"
                - $ref: "#/components/schemas/Sync"
  /api/v1/modes/draw/{id}:
    get: {}
components:
  schemas:
    Prompt: { type: string, minLength: 1 }
    Async:
      type: object
      additionalProperties: false
      required: [model, prompt]
      properties:
        model: { const: modes-async }
        prompt: { $ref: "#/components/schemas/Prompt" }
      x-runapi-variant: { status: active, task: async, price: { unit: call, cents: 2 } }
    Hybrid:
      type: object
      additionalProperties: false
      required: [model, prompt]
      properties:
        model: { const: modes-hybrid }
        prompt: { $ref: "#/components/schemas/Prompt" }
      x-runapi-variant: { status: active, task: hybrid, price: { unit: call, cents: 3 } }
    Sync:
      type: object
      additionalProperties: false
      required: [model, prompt]
      properties:
        model: { const: modes-sync }
        prompt: { $ref: "#/components/schemas/Prompt" }
      x-runapi-variant: { status: active, task: sync, price: { unit: call, cents: 4 } }
`;

const DRAW = "/api/v1/modes/draw";

describe("task modes from the spec", () => {
  let specs: ReturnType<typeof writeSpecs>;
  let emulator: Emulator;
  let headers: Record<string, string>;
  const create = (model: string, extra: Record<string, string> = {}) =>
    fetch(emulator.url + DRAW, {
      method: "POST",
      headers: { ...headers, ...extra },
      body: JSON.stringify({ model, prompt: "a square" }),
    });
  const get = (path: string, apiKey = emulator.apiKey) =>
    fetch(emulator.url + path, { headers: { authorization: `Bearer ${apiKey}` } });

  beforeAll(async () => {
    specs = writeSpecs({ "modes.yaml": MODES_SPEC });
    emulator = await startEmulator({
      port: 0,
      specsDir: specs.dir,
      taskDurationMs: 1_000_000,
      accounts: [
        { apiKey: "rk_a", balanceCents: 100 },
        { apiKey: "rk_b", balanceCents: 100 },
      ],
    });
    headers = { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" };
  });
  afterAll(async () => {
    await emulator.close();
    specs.remove();
  });

  it("hybrid: answers 202 with Location /api/v1/tasks/{id} and the created task; the Location serves it", async () => {
    const created = await create("modes-hybrid");
    expect(created.status).toBe(202);
    const task = (await created.json()) as any;
    expect(task).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f-]{27}$/),
      status: "processing",
      billing: { reservation: { amount_cents: 3 }, settlement: null, refund: null },
    });
    expect(created.headers.get("location")).toBe(`/api/v1/tasks/${task.id}`);
    expect(created.headers.get("x-runapi-task-id")).toBe(task.id);

    const polled = await get(created.headers.get("location")!);
    expect(polled.status).toBe(200);
    expect(polled.headers.get("x-runapi-task-id")).toBe(task.id);
    expect(await polled.json()).toMatchObject({ id: task.id, status: "processing", model: "modes-hybrid" });
  });

  it("hybrid: a replay repeats the 202 and its Location", async () => {
    const first = await create("modes-hybrid", { "idempotency-key": "hybrid-1" });
    const { id } = (await first.json()) as any;
    const count = emulator.tasksCreated();
    const again = await create("modes-hybrid", { "idempotency-key": "hybrid-1" });
    expect(again.status).toBe(202);
    expect(again.headers.get("location")).toBe(`/api/v1/tasks/${id}`);
    expect(await again.json()).toMatchObject({ id, task_replayed: true });
    expect(emulator.tasksCreated()).toBe(count);
  });

  it("async: answers 200 processing, and /api/v1/tasks/{id} serves it as well as the action's own path", async () => {
    const created = await create("modes-async");
    expect(created.status).toBe(200);
    expect(created.headers.get("location")).toBeNull();
    const { id } = (await created.json()) as any;
    const viaTasks = await (await get(`/api/v1/tasks/${id}`)).json();
    const viaAction = await (await get(`${DRAW}/${id}`)).json();
    expect(viaTasks).toEqual(viaAction);
    expect(viaTasks).toMatchObject({ id, status: "processing" });
  });

  it("sync: answers 200 with the completed result at once, charged, with its output served", async () => {
    const before = emulator.account().balance_cents;
    const created = await create("modes-sync");
    expect(created.status).toBe(200);
    const task = (await created.json()) as any;
    expect(task).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f-]{27}$/),
      status: "completed",
      images: [{ url: `${emulator.url}/files/${task.id}/0.png` }],
      billing: { reservation: { amount_cents: 4 }, settlement: { charged_amount_cents: 4 }, refund: null },
    });
    expect(task.completed_at).toBe(task.created_at);
    expect(created.headers.get("x-runapi-task-id")).toBe(task.id);
    expect((await fetch(task.images[0].url)).headers.get("content-type")).toBe("image/png");
    expect(emulator.account()).toMatchObject({ balance_cents: before - 4 });
    expect(emulator.ledger().find((entry) => entry.taskId === task.id)!.movements).toEqual([
      "reserve",
      "charge",
    ]);
  });

  it("sync: a failure is answered at once too, refunded", async () => {
    const before = emulator.account().balance_cents;
    emulator.failNextTask("too square");
    const task = (await (await create("modes-sync")).json()) as any;
    expect(task).toMatchObject({ status: "failed", error: "too square" });
    expect(task.billing.refund).toEqual({ refunded_at: expect.any(String) });
    expect(emulator.account().balance_cents).toBe(before);
  });

  it("serves a task only to the account that created it", async () => {
    const { id } = (await (await create("modes-hybrid")).json()) as any;
    for (const path of [`/api/v1/tasks/${id}`, `${DRAW}/${id}`]) {
      const other = await get(path, "rk_b");
      expect(other.status).toBe(404);
      expect(((await other.json()) as any).error.message).toBe(`Task ${id} was not found.`);
    }
    expect((await get("/api/v1/tasks/task_unknown")).status).toBe(404);
  });
});

describe("answers of actions that may answer 202 (hybridAnswer)", () => {
  let specs: ReturnType<typeof writeSpecs>;
  beforeAll(() => {
    specs = writeSpecs({ "modes.yaml": MODES_SPEC });
  });
  afterAll(() => specs.remove());

  async function withEmulator(
    options: Partial<Parameters<typeof startEmulator>[0]>,
    body: (emulator: Emulator, create: (model: string) => Promise<Response>) => Promise<void>,
  ) {
    const emulator = await startEmulator({ port: 0, specsDir: specs.dir, ...options });
    const headers = { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" };
    const create = (model: string) =>
      fetch(emulator.url + DRAW, {
        method: "POST",
        headers,
        body: JSON.stringify({ model, prompt: "a square" }),
      });
    try {
      await body(emulator, create);
    } finally {
      await emulator.close();
    }
  }

  it("stores the answer the create would have given as response {status, content_type, headers, body}", async () => {
    await withEmulator({ taskDurationMs: 40 }, async (emulator, create) => {
      const created = await create("modes-hybrid");
      expect(created.status).toBe(202);
      const location = created.headers.get("location")!;
      await new Promise((resolve) => setTimeout(resolve, 80));
      const done = (await (
        await fetch(emulator.url + location, { headers: { authorization: `Bearer ${emulator.apiKey}` } })
      ).json()) as any;
      expect(Object.keys(done).sort()).toEqual([
        "billing",
        "completed_at",
        "created_at",
        "id",
        "model",
        "response",
        "status",
      ]);
      expect(done).toMatchObject({
        status: "completed",
        billing: { settlement: { charged_amount_cents: 3 } },
        response: {
          status: 200,
          content_type: "application/json; charset=utf-8",
          headers: { "content-type": "application/json; charset=utf-8", "x-runapi-task-id": done.id },
          body: expect.any(String),
        },
      });
      const stored = JSON.parse(done.response.body);
      expect(stored).toMatchObject({
        id: done.id,
        status: "completed",
        model: "modes-hybrid",
        images: [{ url: `${emulator.url}/files/${done.id}/0.png` }],
      });
      expect((await fetch(stored.images[0].url)).status).toBe(200);
    });
  });

  it("a failed deferred task is failed with its error text, and stores no response", async () => {
    await withEmulator({ taskDurationMs: 20 }, async (emulator, create) => {
      emulator.failNextTask("too round");
      const created = await create("modes-hybrid");
      await new Promise((resolve) => setTimeout(resolve, 60));
      const task = (await (
        await fetch(emulator.url + created.headers.get("location")!, {
          headers: { authorization: `Bearer ${emulator.apiKey}` },
        })
      ).json()) as any;
      expect(task).toMatchObject({ status: "failed", error: "too round" });
      expect(task.response).toBeUndefined();
    });
  });

  it("auto: a hybrid action answers the result at once when tasks take no time", async () => {
    await withEmulator({ taskDurationMs: 0 }, async (_emulator, create) => {
      const created = await create("modes-hybrid");
      expect(created.status).toBe(200);
      expect(created.headers.get("location")).toBeNull();
      expect(await created.json()).toMatchObject({
        status: "completed",
        images: [{ url: expect.any(String) }],
      });
    });
  });

  it("accepted: a sync action answers 202 + Location too, as the API may", async () => {
    await withEmulator({ taskDurationMs: 1_000, hybridAnswer: "accepted" }, async (_emulator, create) => {
      const created = await create("modes-sync");
      expect(created.status).toBe(202);
      const { id } = (await created.json()) as any;
      expect(created.headers.get("location")).toBe(`/api/v1/tasks/${id}`);
      // An async action is never deferred.
      expect((await create("modes-async")).status).toBe(200);
    });
  });

  it("result: a hybrid action answers its result at once even when tasks take time", async () => {
    await withEmulator({ taskDurationMs: 1_000_000, hybridAnswer: "result" }, async (_emulator, create) => {
      const created = await create("modes-hybrid");
      expect(created.status).toBe(200);
      expect(await created.json()).toMatchObject({ status: "completed" });
    });
  });

  it("refuses an unknown mode at start", async () => {
    await expect(
      startEmulator({ port: 0, specsDir: specs.dir, hybridAnswer: "later" as never }),
    ).rejects.toThrow('hybridAnswer must be one of auto, accepted, result, got "later"');
  });
});
