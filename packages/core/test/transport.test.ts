import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { AbortError, ConnectionError, TimeoutError, VERSION } from "../src/index.js";
import { emulatorWithClient, params, READ_ROUTE } from "./emulator-client.js";
import { type RawAnswer, type ScriptedAnswer, startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(script: (index: number) => ScriptedAnswer | RawAnswer) {
  const server = await startScriptedServer((_, index) => script(index));
  close = server.close;
  return server;
}

describe("timeouts and aborts", () => {
  // The emulator answers or breaks an answer; a body that stalls half-way needs a scripted server.
  it("times out while the body is still streaming, and retries the attempt", async () => {
    const stall: RawAnswer = (response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"id":"task_1",'); // and never the rest
    };
    const server = await serve(() => stall);
    // Long enough for the retry to reach the server on a busy machine before its own timeout.
    const client = testClient({ apiKey: "k", baseURL: server.url, timeout: 500, maxRetries: 1 });
    const error = await client.get("task_1", { model: "test-model" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(2);
  });

  it("takes a per-request timeout over the client's", async () => {
    const server = await serve(() => () => {});
    const client = testClient({ apiKey: "k", baseURL: server.url, timeout: 60_000, maxRetries: 0 });
    await expect(client.get("task_1", { model: "test-model", timeout: 30 })).rejects.toThrow(
      /timed out after 30 ms/,
    );
  });

  it("aborts a request in flight", async () => {
    const { emulator, client } = await emulatorWithClient();
    close = () => emulator.close();
    emulator.faults.add({
      route: "POST /api/v1/test_images/text_to_image",
      fault: { kind: "slow-headers", delayMs: 5_000 },
    });
    const controller = new AbortController();
    const pending = client().create(params, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it("leaves a long-lived signal's listeners as they were after 10,000 requests", async () => {
    const { emulator, client: clientOf } = await emulatorWithClient();
    close = () => emulator.close();
    const client = clientOf();
    const task = await client.create(params);
    const controller = new AbortController();
    controller.signal.addEventListener("abort", () => {});
    const before = getEventListeners(controller.signal, "abort").length;
    for (let i = 0; i < 10_000; i++) await client.get(task, { signal: controller.signal });
    expect(emulator.requestsReceived()).toBe(10_001);
    expect(getEventListeners(controller.signal, "abort").length).toBe(before);
  }, 120_000);
});

describe("headers", () => {
  it("sends the key, a versioned user-agent, JSON headers and the client request id, which is echoed", async () => {
    const { emulator, client } = await emulatorWithClient();
    close = () => emulator.close();
    const { response } = await client().create(params, { clientRequestId: "my-trace-7" }).withResponse();
    const [sent] = emulator.requests;
    expect(sent?.headers).toMatchObject({
      authorization: `Bearer ${emulator.apiKey}`,
      "user-agent": `runapi-sdk-js/${VERSION}`,
      accept: "application/json",
      "content-type": "application/json",
      "x-client-request-id": "my-trace-7",
    });
    expect(sent?.body).toEqual(params);
    expect(response.headers.get("x-client-request-id")).toBe("my-trace-7");
  });

  it("gives the raw Response with withResponse()", async () => {
    const { emulator, client: clientOf } = await emulatorWithClient();
    close = () => emulator.close();
    const client = clientOf();
    const { data, response } = await client.create(params).withResponse();
    expect(data).toMatchObject({ status: "processing", model: params.model });
    expect(response.headers.get("x-request-id")).toMatch(/\S/);
    expect(response.headers.get("x-runapi-task-id")).toBe(data.id);
    const read = await client.get(data).withResponse();
    expect(read.response.status).toBe(200);
    expect(read.response.headers.get("x-runapi-task-id")).toBe(data.id);
    expect(await client.get(data)).toMatchObject({ id: data.id });
  });

  it("is retried with the same body and headers, but a fresh request", async () => {
    const { emulator, client } = await emulatorWithClient();
    close = () => emulator.close();
    emulator.faults.add({ route: READ_ROUTE, fault: { kind: "status", status: 502, retryAfterMs: 1 } });
    const task = await client().create(params);
    await client().get(task);
    const [first, second] = emulator.requests.slice(-2);
    expect(second?.headers.authorization).toBe(first?.headers.authorization);
    expect(second?.path).toBe(first?.path);
  });
});

describe("network failures", () => {
  it("name what the network said: the error code, or the reason when there is none", async () => {
    const listening = await serve(() => ({ status: 200, body: "{}" }));
    const { url } = listening;
    await listening.close();
    close = undefined;
    const refused = await testClient({ apiKey: "k", baseURL: url, maxRetries: 0 })
      .get("task_1", { model: "test-model" })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConnectionError);
    expect((refused as Error).message).toBe(`Could not reach RunAPI at ${url}: fetch failed (ECONNREFUSED)`);
    // fetch blocks some ports outright, with a cause that has a message and no code.
    const blocked = await testClient({ apiKey: "k", baseURL: "http://127.0.0.1:9", maxRetries: 0 })
      .get("task_1", { model: "test-model" })
      .catch((e: unknown) => e);
    expect((blocked as Error).message).toBe(
      "Could not reach RunAPI at http://127.0.0.1:9: fetch failed (bad port)",
    );
  });
});

describe("the configured origin", () => {
  it("refuses a task id that looks like a URL, and keeps any other id in one segment on the origin", async () => {
    const server = await serve(() => ({ status: 200, body: '{"id":"x","status":"processing"}' }));
    const client = testClient({ apiKey: "k", baseURL: server.url });
    await expect(client.get("//elsewhere.example/x", { model: "test-model" })).rejects.toThrow(
      /^id "\/\/elsewhere\.example\/x" cannot be an id/,
    );
    expect(server.requests).toHaveLength(0);
    await client.get("x?y=1#z", { model: "test-model" });
    expect(server.requests[0]?.url).toBe("/api/v1/test/text_to_image/x%3Fy%3D1%23z");
  });
});
