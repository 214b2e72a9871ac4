import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_API_KEY, type Emulator, startEmulator } from "../src/index.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const TEXT = "/api/v1/flux_2/text_to_image";
const IMAGE = "/api/v1/flux_2/image_to_image";

function client(emulator: Emulator) {
  const headers = { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" };
  return {
    post: (path: string, body: unknown, extra: Record<string, string> = {}) =>
      fetch(emulator.url + path, {
        method: "POST",
        headers: { ...headers, ...extra },
        body: JSON.stringify(body),
      }),
    get: (path: string) => fetch(emulator.url + path, { headers }),
  };
}

async function waitUntilEnded(emulator: Emulator, path: string): Promise<Record<string, any>> {
  const { get } = client(emulator);
  for (let attempt = 0; attempt < 200; attempt++) {
    const task = (await (await get(path)).json()) as Record<string, any>;
    if (task.status !== "processing") return task;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${path} never ended`);
}

describe("emulator over HTTP", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, taskDurationMs: 300 });
  });
  afterAll(() => emulator.close());

  it("listens on loopback with the default test key", () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.apiKey).toBe(DEFAULT_API_KEY);
    expect(DEFAULT_API_KEY).toBe("rk_test_emulator");
  });

  it("answers 401 without a key, or with an unknown one, and creates nothing", async () => {
    const before = emulator.tasksCreated();
    const body = JSON.stringify({ model: "flux-2-pro-text-to-image", prompt: "a cat" });
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer rk_wrong" },
      { authorization: DEFAULT_API_KEY },
    ];
    for (const headers of attempts) {
      const response = await fetch(emulator.url + TEXT, { method: "POST", headers, body });
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(await response.json()).toEqual({
        error: {
          code: "unauthorized",
          message: "Missing or invalid API key. Send it as Authorization: Bearer <key>.",
        },
      });
    }
    expect(emulator.tasksCreated()).toBe(before);
  });

  it("puts an x-request-id on every answer and echoes X-Client-Request-Id", async () => {
    const ok = await client(emulator).post(
      TEXT,
      { model: "flux-2-pro-text-to-image", prompt: "a red kite" },
      { "x-client-request-id": "client-42" },
    );
    const denied = await fetch(emulator.url + TEXT, { method: "POST" });
    const missing = await fetch(`${emulator.url}/nowhere`);
    for (const response of [ok, denied, missing])
      expect(response.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{24}$/);
    expect(ok.headers.get("x-request-id")).not.toBe(denied.headers.get("x-request-id"));
    expect(ok.headers.get("x-client-request-id")).toBe("client-42");
    expect(denied.headers.get("x-client-request-id")).toBeNull();
  });

  it("answers 404 for unknown routes and unknown tasks, 400 for malformed JSON", async () => {
    const { get } = client(emulator);
    const route = await fetch(`${emulator.url}/x`);
    expect(route.status).toBe(404);
    expect(await route.json()).toEqual({ error: { code: "not_found", message: "No route for GET /x" } });

    const unknown = "00000000-0000-4000-8000-000000000000";
    const task = await get(`${TEXT}/${unknown}`);
    expect(task.status).toBe(404);
    expect(await task.json()).toEqual({
      error: { code: "not_found", message: `Task ${unknown} was not found.` },
    });
    const malformed = await get(`${TEXT}/task_${"0".repeat(24)}`);
    expect(malformed.status).toBe(404);
    expect(await malformed.json()).toEqual({
      error: {
        code: "invalid_resource_id",
        message: `"task_${"0".repeat(24)}" is not a task id: task ids are UUIDs, as create answered them.`,
      },
    });

    const json = await fetch(emulator.url + TEXT, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: "{not json",
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as any).error.code).toBe("invalid_json");
  });

  it("creates a task that is processing, then completed with a real PNG and billing facts", async () => {
    const { post, get } = client(emulator);
    const created = await post(TEXT, { model: "flux-2-pro-text-to-image", prompt: "A lighthouse at dawn" });
    expect(created.status).toBe(200);
    const task = (await created.json()) as Record<string, any>;
    expect(task).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      status: "processing",
      billing: { reservation: { amount_cents: 5 }, settlement: null, refund: null },
    });
    expect(created.headers.get("x-runapi-task-id")).toBe(task.id);

    const early = await get(`${TEXT}/${encodeURIComponent(task.id)}`);
    expect(early.headers.get("x-runapi-task-id")).toBe(task.id);
    expect(((await early.json()) as any).status).toBe("processing");

    const done = await waitUntilEnded(emulator, `${TEXT}/${task.id}`);
    expect(done).toMatchObject({
      id: task.id,
      status: "completed",
      images: [{ url: `${emulator.url}/files/${task.id}/0.png` }],
      billing: { reservation: { amount_cents: 5 }, settlement: { charged_amount_cents: 5 }, refund: null },
    });
    expect(Date.parse(done.completed_at) - Date.parse(done.created_at)).toBe(300);

    // Output files need no key.
    const file = await fetch(done.images[0].url);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });

  it("draws different pictures for different prompts", async () => {
    const fast = await startEmulator({ port: 0, taskDurationMs: 0 });
    try {
      const { post } = client(fast);
      const download = async (prompt: string) => {
        const { id } = (await (
          await post(TEXT, { model: "flux-2-pro-text-to-image", prompt })
        ).json()) as any;
        const task = await waitUntilEnded(fast, `${TEXT}/${id}`);
        return Buffer.from(await (await fetch(task.images[0].url)).arrayBuffer());
      };
      const [cat, dog, cat2] = [await download("a cat"), await download("a dog"), await download("a cat")];
      expect(cat.equals(dog)).toBe(false);
      expect(cat.equals(cat2)).toBe(true);
    } finally {
      await fast.close();
    }
  });

  it("does not serve files of unknown or unfinished tasks", async () => {
    const { post } = client(emulator);
    const { id } = (await (
      await post(TEXT, { model: "flux-2-pro-text-to-image", prompt: "slow" })
    ).json()) as any;
    expect((await fetch(`${emulator.url}/files/${id}/0.png`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/files/task_nope/0.png`)).status).toBe(404);
  });

  it("reads a task only through the action that created it", async () => {
    const { post, get } = client(emulator);
    const { id } = (await (
      await post(TEXT, { model: "flux-2-pro-text-to-image", prompt: "a bridge" })
    ).json()) as any;
    const wrong = await get(`${IMAGE}/${id}`);
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as any).error.message).toBe(`Task ${id} was not found.`);
  });

  it("fails the task after failNextTask, refunds it and serves no images", async () => {
    const fast = await startEmulator({ port: 0, taskDurationMs: 0 });
    try {
      const { post } = client(fast);
      fast.failNextTask("The provider rejected the prompt.");
      const failed = (await (
        await post(TEXT, { model: "flux-2-flex-text-to-image", prompt: "x".repeat(5) })
      ).json()) as any;
      const next = (await (
        await post(TEXT, { model: "flux-2-flex-text-to-image", prompt: "fine" })
      ).json()) as any;

      const task = await waitUntilEnded(fast, `${TEXT}/${failed.id}`);
      expect(task.status).toBe("failed");
      expect(task.error).toBe("The provider rejected the prompt.");
      expect(task.images).toBeUndefined();
      expect(task.billing.settlement).toBeNull();
      expect(task.billing.reservation).toEqual({ amount_cents: 14 });
      expect(Number.isNaN(Date.parse(task.billing.refund.refunded_at))).toBe(false);
      expect((await fetch(`${fast.url}/files/${failed.id}/0.png`)).status).toBe(404);

      // Only the next task fails.
      expect((await waitUntilEnded(fast, `${TEXT}/${next.id}`)).status).toBe("completed");

      fast.failNextTask();
      const { id } = (await (
        await post(TEXT, { model: "flux-2-flex-text-to-image", prompt: "again" })
      ).json()) as any;
      expect((await waitUntilEnded(fast, `${TEXT}/${id}`)).error).toBe("The generation failed.");
    } finally {
      await fast.close();
    }
  });

  it("prices a request from the variant's rule, using the field's default when absent", async () => {
    const { post } = client(emulator);
    const base = {
      model: "flux-2-flex-image-to-image",
      prompt: "watercolor",
      source_image_urls: ["https://a.test/1.png"],
    };
    const priced = async (body: unknown) =>
      ((await (await post(IMAGE, body)).json()) as any).billing.reservation.amount_cents;
    expect(await priced({ ...base, output_resolution: "2k" })).toBe(24);
    expect(await priced(base)).toBe(14);
    expect(await priced({ ...base, output_resolution: "1k" })).toBe(14);
    expect(await priced({ ...base, model: "flux-2-pro-image-to-image", output_resolution: "2k" })).toBe(7);
  });

  it("records every request in order and counts created tasks", async () => {
    const recorder = await startEmulator({ port: 0, apiKeys: ["rk_one", "rk_two"] });
    try {
      expect(recorder.apiKey).toBe("rk_one");
      expect(recorder.requests).toEqual([]);
      const body = { model: "flux-2-pro-text-to-image", prompt: "recorded" };
      await fetch(`${recorder.url}${TEXT}?trace=1`, {
        method: "POST",
        headers: { authorization: "Bearer rk_two", "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      await fetch(`${recorder.url}/missing`);
      expect(recorder.requests).toHaveLength(2);
      expect(recorder.requests[0]).toMatchObject({
        method: "POST",
        path: `${TEXT}?trace=1`,
        headers: { authorization: "Bearer rk_two", "content-type": "application/json" },
        body,
      });
      expect(recorder.requests[1]).toMatchObject({ method: "GET", path: "/missing", body: undefined });
      expect(recorder.tasksCreated()).toBe(1);
    } finally {
      await recorder.close();
    }
  });
});
