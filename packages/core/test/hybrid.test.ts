/**
 * Actions that may answer 202 + Location (hybrid ones, and sync ones, as the API may): create follows the
 * Location with the waiting of tasks to the stored answer, decodes it and returns it; errors keep the task id.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  type Catalog,
  InsufficientCreditsError,
  RunAPIClient,
  TaskFailedError,
  UnexpectedResponseError,
  type Variant,
  WaitTimeoutError,
} from "../src/index.js";
import { startFixtureEmulator } from "./emulator-client.js";
import { type ScriptedAnswer, startScriptedServer } from "./scripted-server.js";

const variant = (model: string, task: Variant["task"]): Variant => ({
  model,
  action: "text_to_image",
  method: "POST",
  path: "/api/v1/toy_hybrid/text_to_image",
  status: "active",
  task,
  price: { unit: "call", cents: 1 },
  input: {
    type: "object",
    additionalProperties: false,
    required: ["model", "prompt"],
    properties: { model: { type: "string", const: model }, prompt: { type: "string" } },
  },
});
const catalog: Catalog = {
  family: "toy-hybrid",
  variants: [variant("h-1", "hybrid"), variant("s-1", "sync")],
};
const examples = {
  text_to_image: { "h-1": { model: "h-1", prompt: "a kite" }, "s-1": { model: "s-1", prompt: "a kite" } },
};
const ID = "9f0c5a4e-8d2b-4f7a-9c3e-1b2a3c4d5e6f";
const LOCATION = `/api/v1/tasks/${ID}`;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function emulatorClient(options: Parameters<typeof startFixtureEmulator>[1]) {
  const emulator = await startFixtureEmulator([{ catalog, modality: "image", examples }], options);
  close = () => emulator.close();
  return { emulator, client: new RunAPIClient({ apiKey: emulator.apiKey, baseURL: emulator.url }, catalog) };
}

/** A server that accepts the create with 202 + Location, then answers each read from `reads` in turn. */
async function acceptingServer(reads: ScriptedAnswer[], location = LOCATION) {
  const server = await startScriptedServer((request, index) =>
    request.method === "POST"
      ? {
          status: 202,
          headers: { location, "x-runapi-task-id": ID },
          body: JSON.stringify({ id: ID, status: "processing" }),
        }
      : (reads[Math.min(index - 1, reads.length - 1)] as ScriptedAnswer),
  );
  close = server.close;
  return { server, client: new RunAPIClient({ apiKey: "rk_secret", baseURL: server.url }, catalog) };
}

const task = (status: string, extra: object = {}): ScriptedAnswer => ({
  status: 200,
  body: JSON.stringify({ id: ID, status, ...extra }),
});
const stored = (status: number, contentType: string, body: string) =>
  task("completed", {
    response: { status, content_type: contentType, headers: { "content-type": contentType }, body },
  });

describe("an action that may answer 202 + Location", () => {
  it("create follows the Location to the stored answer and returns it decoded, with downloads", async () => {
    const { emulator, client } = await emulatorClient({ taskDurationMs: 30 });
    const created = await client.create({ model: "h-1", prompt: "a kite" } as never).withResponse();
    expect(created.response.status).toBe(202);
    const location = created.response.headers.get("location");
    const result = created.data as {
      id: string;
      status: string;
      model: string;
      images: { url: string; download(): Promise<Uint8Array> }[];
    };
    expect(result).toMatchObject({
      status: "completed",
      model: "h-1",
      images: [{ url: expect.any(String) }],
    });
    expect(location).toBe(`/api/v1/tasks/${result.id}`);
    const reads = emulator.requests
      .filter((request) => request.method === "GET")
      .map((request) => request.path);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((path) => path === location)).toBe(true);
    const png = await result.images[0]!.download();
    expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it("run reports progress while it follows, and a 200 answer is the result at once", async () => {
    const slow = await emulatorClient({ taskDurationMs: 40 });
    const seen: string[] = [];
    const done = (await slow.client.run({ model: "h-1", prompt: "a kite" } as never, {
      minDelay: 5,
      onProgress: (update) => seen.push(update.status),
    })) as { status: string };
    expect(done.status).toBe("completed");
    expect(seen.length).toBeGreaterThan(0);
    await close?.();

    const fast = await emulatorClient({ taskDurationMs: 0 });
    const created = await fast.client.create({ model: "h-1", prompt: "a kite" } as never).withResponse();
    expect(created.response.status).toBe(200);
    expect(created.data).toMatchObject({ status: "completed", model: "h-1" });
    expect(fast.emulator.requests.filter((request) => request.method === "GET")).toHaveLength(0);
  });

  it("a sync action answered 202 is followed too", async () => {
    const { emulator, client } = await emulatorClient({ taskDurationMs: 30, hybridAnswer: "accepted" });
    const result = await client.create({ model: "s-1", prompt: "a kite" } as never);
    expect(result).toMatchObject({
      status: "completed",
      model: "s-1",
      images: [{ url: expect.any(String) }],
    });
    expect(emulator.requests.some((request) => request.path.startsWith("/api/v1/tasks/"))).toBe(true);
  });

  it("honours Retry-After on a rate-limited read and decodes text answers (VTT) as text", async () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nhello";
    const { server, client } = await acceptingServer([
      {
        status: 429,
        headers: { "retry-after": "0" },
        body: JSON.stringify({ error: { code: "rate_limited", message: "slow down" } }),
      },
      task("processing"),
      stored(200, "text/vtt", vtt),
    ]);
    const result = await client.run({ model: "h-1", prompt: "a kite" } as never, { minDelay: 5 });
    expect(result).toBe(vtt);
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /api/v1/toy_hybrid/text_to_image",
      `GET ${LOCATION}`,
      `GET ${LOCATION}`,
      `GET ${LOCATION}`,
    ]);
  });

  it("parses a stored JSON body, and a stored error status becomes that status's error, with the task id", async () => {
    const json = await acceptingServer([stored(200, "application/json", JSON.stringify({ voice_id: "v1" }))]);
    expect(await json.client.create({ model: "h-1", prompt: "a kite" } as never, {})).toMatchObject({
      voice_id: "v1",
      model: "h-1",
    });
    await close?.();

    const { client } = await acceptingServer([
      stored(
        402,
        "application/json",
        JSON.stringify({ error: { code: "insufficient_credits", message: "Top up rk_secret" } }),
      ),
    ]);
    const error = await client.create({ model: "h-1", prompt: "a kite" } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientCreditsError);
    expect(error).toMatchObject({ status: 402, code: "insufficient_credits", taskId: ID });
    expect((error as Error).message).not.toContain("rk_secret");
  });

  it("a failed task is TaskFailedError with its error text and the task id", async () => {
    const { client } = await acceptingServer([task("failed", { error: "Content policy violation" })]);
    const error = await client.create({ model: "h-1", prompt: "a kite" } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toMatchObject({ message: "Content policy violation", taskId: ID });
  });

  it("never follows a Location on another origin", async () => {
    const { server, client } = await acceptingServer(
      [task("processing")],
      `http://127.0.0.2:9/api/v1/tasks/${ID}`,
    );
    const error = await client.create({ model: "h-1", prompt: "a kite" } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ taskId: ID });
    expect((error as Error).message).toMatch(/another origin: not followed/);
    expect(server.requests).toHaveLength(1);
  });

  it("a deadline while following keeps the task id, and wait resumes it to the result", async () => {
    const { client } = await acceptingServer([
      task("processing"),
      task("processing"),
      stored(200, "application/json", JSON.stringify({ ok: true })),
    ]);
    const error = (await client
      .run({ model: "h-1", prompt: "a kite" } as never, { timeout: 1, minDelay: 5 })
      .catch((e: unknown) => e)) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.taskId).toBe(ID);
    const resumed = await client.wait({ id: error.taskId, model: "h-1" } as never, { minDelay: 5 });
    expect(resumed).toMatchObject({ ok: true, model: "h-1" });
  });
});
