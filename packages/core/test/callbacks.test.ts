import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { type CallbackOf, type CallbackTask, type Downloadable, parseCallback } from "../src/index.js";
import { emulatorWithClient } from "./emulator-client.js";
import type { ImagesModels } from "./test-catalog.js";

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
      model: "images-flex-text-to-image",
      prompt: "A paper-cut fox in a snowy forest",
      output_resolution: "2k",
      callback_url: receiver.url,
    } as const;
    const created = await client.create(params);
    const delivery = await receiver.next(0);
    expect(delivery.headers["content-type"]).toMatch(/^application\/json/);

    const parse = parseCallback<CallbackOf<ImagesModels>>;
    const task = parse(delivery.body.toString("utf8"));
    expectTypeOf(task).toEqualTypeOf<CallbackOf<ImagesModels>>();
    expectTypeOf(task.images).toEqualTypeOf<({ url: string } & Downloadable)[] | undefined>();
    expectTypeOf(task.model).toEqualTypeOf<keyof ImagesModels>();
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

  it("answers a task that is read and waited on by its id and model, whose outputs download", async () => {
    const { emulator, client } = await start();
    const receiver = await startReceiver();
    const created = await client.create({
      model: "images-pro-text-to-image",
      prompt: "A kite over the dunes",
      callback_url: receiver.url,
    });
    const task = parseCallback<CallbackOf<ImagesModels>>((await receiver.next(0)).body);
    expect(task).toMatchObject({ id: created.id, model: "images-pro-text-to-image", status: "completed" });
    const read = await client.get(task.id, { model: task.model });
    expect(read).toMatchObject({ id: created.id, status: "completed", images: task.images });
    expect(await client.wait(task.id, { model: task.model, minDelay: 5 })).toMatchObject({ id: created.id });

    const before = emulator.requests.length;
    const png = await task.images?.[0]?.download();
    expect([...(png ?? new Uint8Array()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png).toEqual(await read.images?.[0]?.download());
    // The output's URL, fetched without the API key.
    const fetched = emulator.requests.slice(before);
    expect(fetched.map((request) => request.path)).toEqual([
      new URL(task.images?.[0]?.url as string).pathname,
      new URL(task.images?.[0]?.url as string).pathname,
    ]);
    expect(fetched[0]?.headers.authorization).toBeUndefined();
    // The download stays out of the task's JSON.
    expect(JSON.parse(JSON.stringify(task))).toEqual(JSON.parse((await receiver.next(0)).body.toString()));
  });

  it("parses a failed task's delivery, with its error and refund", async () => {
    const { emulator, client } = await start();
    const receiver = await startReceiver();
    emulator.failNextTask("The model refused.");
    const created = await client.create({
      model: "images-pro-text-to-image",
      prompt: "A lighthouse at dawn",
      callback_url: receiver.url,
    });
    const task = parseCallback((await receiver.next(0)).body);
    expectTypeOf(task).toEqualTypeOf<CallbackTask>();
    expect(task).toMatchObject({
      id: created.id,
      status: "failed",
      error: "The model refused.",
      billing: { refund: { refunded_at: expect.any(String) }, settlement: null },
    });
    expect(task.images).toBeUndefined();
  });
});
