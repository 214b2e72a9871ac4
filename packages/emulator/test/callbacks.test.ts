import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CallbackDelivery, type Emulator, startEmulator } from "../src/index.ts";

const TEXT = "/api/v1/flux_2/text_to_image";

interface Received {
  headers: IncomingHttpHeaders;
  body: any;
}

/** A loopback receiver that answers the statuses given, in turn (then 200), and keeps what it got. */
async function receiver(statuses: number[]): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let text = "";
    req.setEncoding("utf8").on("data", (chunk: string) => {
      text += chunk;
    });
    req.on("end", () => {
      received.push({ headers: req.headers, body: JSON.parse(text) });
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

async function until<T>(read: () => T, done: (value: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const value = read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("callbacks", () => {
  let emulator: Emulator;
  const servers: Server[] = [];
  beforeEach(async () => {
    emulator = await startEmulator({ port: 0, taskDurationMs: 50, callbackRetryDelayMs: 20 });
  });
  afterEach(async () => {
    await emulator.close();
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  const create = (body: Record<string, unknown>) =>
    fetch(emulator.url + TEXT, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "flux-2-pro-text-to-image", prompt: "call me", ...body }),
    }).then((response) => response.json() as Promise<any>);

  it("POSTs the task JSON when the task ends, retrying after a 500", async () => {
    const hook = await receiver([500]);
    servers.push(hook.server);
    const { id } = await create({ callback_url: hook.url });
    const deliveries = await until(
      () => emulator.callbacks(),
      (list) => list.length === 2,
      "two callback tries",
    );
    expect(deliveries).toEqual<CallbackDelivery[]>([
      { taskId: id, url: hook.url, attempt: 1, sent: true, ok: false, status: 500, at: expect.any(String) },
      { taskId: id, url: hook.url, attempt: 2, sent: true, ok: true, status: 200, at: expect.any(String) },
    ]);
    expect(hook.received).toHaveLength(2);
    const [first, second] = hook.received;
    expect(first!.headers["content-type"]).toBe("application/json");
    expect(first!.headers["x-runapi-task-id"]).toBe(id);
    expect([
      first!.headers["x-runapi-callback-attempt"],
      second!.headers["x-runapi-callback-attempt"],
    ]).toEqual(["1", "2"]);
    // The same view a GET gives, settled.
    expect(second!.body).toEqual(first!.body);
    const read = await fetch(`${emulator.url}${TEXT}/${id}`, {
      headers: { authorization: `Bearer ${emulator.apiKey}` },
    }).then((response) => response.json());
    expect(second!.body).toEqual(read);
    expect(second!.body).toMatchObject({
      id,
      status: "completed",
      images: [{ url: `${emulator.url}/files/${id}/0.png` }],
      billing: { settlement: { charged_amount_cents: 5 } },
    });
    expect(emulator.ledger().find((entry) => entry.taskId === id)!.movements).toEqual(["reserve", "charge"]);
  });

  it("delivers a failed task too, refunded", async () => {
    const hook = await receiver([]);
    servers.push(hook.server);
    emulator.failNextTask("no luck");
    const { id } = await create({ callback_url: hook.url });
    await until(
      () => hook.received,
      (list) => list.length === 1,
      "the callback",
    );
    expect(hook.received[0]!.body).toMatchObject({
      id,
      status: "failed",
      error: "no luck",
      billing: { refund: { refunded_at: expect.any(String) } },
    });
  });

  it("gives up after the last attempt, with doubling delays, and records why each failed", async () => {
    const hook = await receiver([503, 502, 500, 200]);
    servers.push(hook.server);
    await create({ callback_url: hook.url });
    const deliveries = await until(
      () => emulator.callbacks(),
      (list) => list.length === 3,
      "three tries",
    );
    expect(deliveries.map((delivery) => delivery.status)).toEqual([503, 502, 500]);
    const gaps = [1, 2].map(
      (index) => Date.parse(deliveries[index]!.at) - Date.parse(deliveries[index - 1]!.at),
    );
    expect(gaps[0]).toBeGreaterThanOrEqual(19);
    expect(gaps[1]).toBeGreaterThanOrEqual(39);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(emulator.callbacks()).toHaveLength(3);
  });

  it("records a connection error as a failed try", async () => {
    const hook = await receiver([]);
    await new Promise((resolve) => hook.server.close(resolve)); // nobody listens there now
    await create({ callback_url: hook.url });
    const [first] = await until(
      () => emulator.callbacks(),
      (list) => list.length === 3,
      "three tries",
    );
    expect(first).toMatchObject({
      attempt: 1,
      sent: true,
      ok: false,
      error: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(first!.status).toBeUndefined();
  });

  it("records a non-loopback callback without calling it", async () => {
    const { id } = await create({ callback_url: "https://hooks.example.com/runapi" });
    const [only] = await until(
      () => emulator.callbacks(),
      (list) => list.length === 1,
      "the recorded callback",
    );
    expect(only).toEqual({
      taskId: id,
      url: "https://hooks.example.com/runapi",
      attempt: 1,
      sent: false,
      ok: false,
      error: "Not sent: the emulator only calls loopback URLs (127.0.0.1, localhost, ::1).",
      at: expect.any(String),
    });
  });

  it("sends nothing for a task without callback_url, nor once closed", async () => {
    const hook = await receiver([]);
    servers.push(hook.server);
    await create({});
    await create({ callback_url: hook.url });
    await emulator.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hook.received).toEqual([]);
    expect(emulator.callbacks()).toEqual([]);
    emulator = await startEmulator({ port: 0 }); // for afterEach to close
  });
});
