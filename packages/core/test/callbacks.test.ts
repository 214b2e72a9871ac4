import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import type { Flux2Models } from "../../flux-2/src/generated/variants.js";
import { type CallbackOf, type CallbackTask, parseCallback, ValidationError } from "../src/index.js";
import { emulatorWithClient } from "./emulator-client.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

interface Delivery {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A web handler on loopback that keeps each delivery's raw bytes and answers 204. */
async function startReceiver() {
  const deliveries: Delivery[] = [];
  const waiting: ((delivery: Delivery) => void)[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const delivery = { headers: request.headers, body: Buffer.concat(chunks) };
      deliveries.push(delivery);
      waiting.shift()?.(delivery);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/runapi/callback`,
    deliveries,
    /** The next delivery (or one already received and not yet taken). */
    next: (taken: number) =>
      deliveries[taken] ? Promise.resolve(deliveries[taken]) : new Promise<Delivery>((r) => waiting.push(r)),
  };
}

async function start() {
  const started = await emulatorWithClient({ taskDurationMs: 40 });
  cleanups.push(() => started.emulator.close());
  return { emulator: started.emulator, client: started.client() };
}

describe("callbacks delivered by the emulator", () => {
  it("parses a completed task's delivery, typed per family, as text, bytes and parsed JSON", async () => {
    const { emulator, client } = await start();
    const receiver = await startReceiver();
    const params = {
      model: "flux-2-flex-text-to-image",
      prompt: "A paper-cut fox in a snowy forest",
      output_resolution: "2k",
      callback_url: receiver.url,
    } as const;
    const created = await client.create(params);
    const delivery = await receiver.next(0);
    expect(delivery.headers["content-type"]).toMatch(/^application\/json/);

    const parse = parseCallback<CallbackOf<Flux2Models>>;
    const task = parse(delivery.body.toString("utf8"));
    expectTypeOf(task).toEqualTypeOf<CallbackOf<Flux2Models>>();
    expectTypeOf(task.images).toEqualTypeOf<{ url: string }[] | undefined>();
    expect(task).toMatchObject({ id: created.id, status: "completed" });
    expect(task.images?.[0]?.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(task.billing?.settlement?.charged_amount_cents).toBe(client.estimateCost(params).cents);
    // The same task a read answers.
    const { model: _model, ...read } = await client.get(created);
    expect(task).toMatchObject(read);

    expect(parse(new Uint8Array(delivery.body))).toEqual(task);
    expect(parse(JSON.parse(delivery.body.toString("utf8")))).toEqual(task);
    expect(emulator.callbacks()).toMatchObject([
      { taskId: created.id, url: receiver.url, ok: true, status: 204 },
    ]);
  });

  it("parses a failed task's delivery, with its error and refund", async () => {
    const { emulator, client } = await start();
    const receiver = await startReceiver();
    emulator.failNextTask("The model refused.");
    const created = await client.create({
      model: "flux-2-pro-text-to-image",
      prompt: "A lighthouse at dawn",
      callback_url: receiver.url,
    });
    const task = parseCallback((await receiver.next(0)).body);
    expectTypeOf(task).toEqualTypeOf<CallbackTask>();
    expect(task).toMatchObject({
      id: created.id,
      status: "failed",
      error: { message: "The model refused." },
      billing: { refund: { refunded_at: expect.any(String) }, settlement: null },
    });
    expect(task.images).toBeUndefined();
  });
});

describe("parseCallback", () => {
  const good = { id: "task_1", status: "completed", images: [{ url: "https://x/1.png" }], billing: {} };

  it("keeps fields it does not check", () => {
    const task = parseCallback({ ...good, created_at: "2026-01-01T00:00:00Z", seed: 7 });
    expect(task).toMatchObject({ created_at: "2026-01-01T00:00:00Z", seed: 7 });
  });

  it("accepts every output kind and every known status", () => {
    for (const status of ["pending", "processing", "completed", "failed"]) {
      expect(parseCallback({ id: "t", status }).status).toBe(status);
    }
    const outputs = {
      videos: [{ url: "https://x/1.mp4" }],
      audios: [{ audio_url: "https://x/1.mp3", duration: 3 }],
      texts: [{ text: "hello" }],
    };
    expect(parseCallback(JSON.stringify({ id: "t", status: "completed", ...outputs }))).toMatchObject(
      outputs,
    );
  });

  it.each([
    ["text that is not JSON", "{not json", [""], /^The callback body is not JSON \(/],
    ["an array", "[1]", [""], /^The callback body must be a JSON object/],
    ["null", null as never, [""], /^The callback body must be a JSON object/],
    ["no id or status", { images: [] }, ["id", "status"], /^id is required$/],
    ["an id that is a number", { ...good, id: 7 }, ["id"], /^id must be a string$/],
    [
      "an unknown status",
      { ...good, status: "done" },
      ["status"],
      /^status must be one of: pending, processing, completed, failed$/,
    ],
    [
      "images that are not a list",
      { ...good, images: { url: "u" } },
      ["images"],
      /^images must be an array$/,
    ],
    [
      "an image without its url",
      { ...good, images: [{ url: "u" }, { href: "u" }] },
      ["images[1].url"],
      /^images\[1\]\.url is required$/,
    ],
    [
      "an audio whose audio_url is not a string",
      { ...good, audios: [{ audio_url: 3 }] },
      ["audios[0].audio_url"],
      /^audios\[0\]\.audio_url must be a string$/,
    ],
    [
      "a video that is not an object",
      { ...good, videos: ["u"] },
      ["videos[0]"],
      /^videos\[0\] must be an object$/,
    ],
    [
      "billing that is not an object",
      { ...good, billing: "paid" },
      ["billing"],
      /^billing must be an object$/,
    ],
  ])("refuses %s, naming what is wrong", (_case, body, paths, message) => {
    const error = (() => {
      try {
        parseCallback(body as string | object);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(paths);
    expect((error as Error).message).toMatch(message);
  });
});
