import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AbortError,
  ConnectionError,
  PermissionDeniedError,
  TaskFailedError,
  ValidationError,
} from "../src/index.js";
import { CREATE_ROUTE, type Emulator, emulatorWithClient, params, READ_ROUTE } from "./emulator-client.js";
import { startScriptedServer } from "./scripted-server.js";

let emulator: Emulator;
let clientWith: Awaited<ReturnType<typeof emulatorWithClient>>["client"];
beforeEach(async () => {
  ({ emulator, client: clientWith } = await emulatorWithClient({ taskDurationMs: 50 }));
});
afterEach(() => emulator.close());

const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);
const sent = (method: string, path: string) =>
  emulator.requests.filter((request) => request.method === method && request.path === path);

describe("the caller's headers", () => {
  it("use a caller's Idempotency-Key header, in any casing, as the create's one key", async () => {
    const client = clientWith();
    const first = await client.create(params, { headers: { "Idempotency-Key": "order-42" } });
    const again = await client.create(params, { headers: { "IDEMPOTENCY-KEY": "order-42" } });
    expect(
      sent("POST", "/api/v1/test_images/text_to_image").map((r) => r.headers["idempotency-key"]),
    ).toEqual(["order-42", "order-42"]);
    expect(again.id).toBe(first.id);
    expect(again.task_replayed).toBe(true);
    expect(emulator.tasksCreated()).toBe(1);
  });

  it("never send a header twice: an option wins over the same header, whatever its casing", async () => {
    await clientWith().get(await clientWith().create(params), {
      clientRequestId: "from-option",
      headers: { "X-Client-Request-Id": "from-header", Authorization: "Bearer someone-else", Accept: "*/*" },
    });
    const [read] = emulator.requests.filter((request) => request.method === "GET");
    expect(read?.headers["x-client-request-id"]).toBe("from-option");
    expect(read?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    expect(read?.headers.accept).toBe("*/*");
  });

  it("add the client's headers to every API request, under the call's, never to file URLs", async () => {
    const client = clientWith({
      headers: { "X-Gateway": "team-a", "X-Trace": "client", Authorization: "x" },
    });
    const done = await client.run(params, { minDelay: 5, headers: { "x-trace": "call" } });
    await client.files.download(done.images?.[0] as { url: string });
    const api = emulator.requests.filter((request) => request.path.startsWith("/api/"));
    expect(api.length).toBeGreaterThanOrEqual(2);
    for (const request of api) {
      expect(request.headers["x-gateway"]).toBe("team-a");
      expect(request.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    }
    // The call's own header wins over the client's on the create; the reads the wait made carry the client's.
    expect(sent("POST", CREATE_ROUTE.split(" ")[1] as string)[0]?.headers["x-trace"]).toBe("call");
    const outputs = emulator.requests.filter((request) => !request.path.startsWith("/api/"));
    expect(outputs).toHaveLength(1);
    expect(outputs[0]?.headers["x-gateway"]).toBeUndefined();
  });

  it("refuse an Idempotency-Key among the client's headers, which would answer every create with one task", async () => {
    const client = clientWith({ headers: { "Idempotency-Key": "order-42" } });
    const error = await client.create(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe("headers.idempotency-key");
    expect((error as Error).message).toContain("create's `idempotencyKey`");
    expect(emulator.requests).toHaveLength(0);
  });

  it("refuse a bad key, request id, header or origin, naming it, without retrying or sending it", async () => {
    const cases: [Record<string, unknown>, object, string, string][] = [
      [{}, { idempotencyKey: "order\n42" }, "idempotencyKey", "printable ASCII"],
      [{}, { idempotencyKey: "x".repeat(513) }, "idempotencyKey", "1 to 512"],
      [{}, { headers: { "Idempotency-Key": "" } }, "idempotencyKey", "1 to 512"],
      [{}, { clientRequestId: "réf-1" }, "clientRequestId", "printable ASCII"],
      [{}, { headers: { "X-Trace": "a\r\nb" } }, "headers.x-trace", "without line breaks"],
      [{}, { headers: { "X-Trace": "✓" } }, "headers.x-trace", "Latin-1"],
      [{}, { headers: { "bad name": "v" } }, "headers", '"bad name"'],
      [{ headers: { "X-Trace": "a\nb" } }, {}, "headers.x-trace", "without line breaks"],
      [{ baseURL: "api.runapi.ai" }, {}, "baseURL", '"api.runapi.ai"'],
      [{ baseURL: "https://user:hunter2@runapi.ai" }, {}, "baseURL", "without a user or password"],
    ];
    for (const [clientOptions, options, path, words] of cases) {
      let calls = 0;
      const counting = ((...args: Parameters<typeof fetch>) => {
        calls++;
        return fetch(...args);
      }) as typeof fetch;
      const error = await clientWith({ ...clientOptions, fetch: counting })
        .create(params, options)
        .catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.path).toBe(path);
      expect((error as Error).message).toContain(`${path} must be`);
      expect((error as Error).message).toContain(words);
      // Refused before fetch is called: never sent, never retried.
      expect(calls, path).toBe(0);
      expect(JSON.stringify(error)).not.toContain("hunter2");
    }
    expect(emulator.requests).toHaveLength(0);
  });

  it("refuse headers fetch sets itself, which would hang or be dropped, naming each and sending nothing", async () => {
    let calls = 0;
    const counting = ((...args: Parameters<typeof fetch>) => {
      calls++;
      return fetch(...args);
    }) as typeof fetch;
    const client = clientWith({ fetch: counting });
    for (const name of [
      "Content-Length",
      "Transfer-Encoding",
      "Keep-Alive",
      "Upgrade",
      "Expect",
      "Connection",
      "Host",
    ]) {
      const error = await client.create(params, { headers: { [name]: "1" } }).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toEqual({
        path: `headers.${name.toLowerCase()}`,
        message: `headers.${name.toLowerCase()} is set by fetch itself and cannot be set by hand: remove it`,
      });
    }
    expect(calls).toBe(0);
    expect(emulator.requests).toHaveLength(0);
  });

  it("never show a password given in baseURL, in the client or its errors", async () => {
    const client = clientWith({ baseURL: "https://user:hunter2@runapi.ai" });
    expect(client.baseURL).toBe("https://runapi.ai");
    expect(JSON.stringify(client)).not.toContain("hunter2");
    const error = await client.create(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(`${(error as Error).message} ${JSON.stringify(error)}`).not.toMatch(/hunter2|user:/);
  });

  it("still report a network failure as one, retried, when nothing about the request is wrong", async () => {
    let calls = 0;
    const down = (() => {
      calls++;
      return Promise.reject(new TypeError("fetch failed"));
    }) as typeof fetch;
    const error = await clientWith({ fetch: down, maxRetries: 1 })
      .create(params, { headers: { "X-Trace": "café" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(calls).toBe(2);
  });

  it("call a custom fetch as a plain function, as a browser's own fetch must be called", async () => {
    const receivers: unknown[] = [];
    const plain = function (this: unknown, ...args: Parameters<typeof fetch>) {
      receivers.push(this);
      return fetch(...args);
    } as typeof fetch;
    const client = clientWith({ fetch: plain });
    const done = await client.run(params, { minDelay: 5 });
    const bytes = await client.files.download(done.images?.[0] as { url: string });
    expect(bytes.byteLength).toBeGreaterThan(0);
    // The create, at least one read, and the download.
    expect(receivers.length).toBeGreaterThanOrEqual(3);
    expect(receivers.every((receiver) => receiver === undefined)).toBe(true);
  });
});

describe("retried POSTs besides creates", () => {
  it("carry one Idempotency-Key for all their attempts, a new one per call", async () => {
    const client = clientWith();
    emulator.faults.add({ route: "POST /api/v1/files", fault: { kind: "reset-after" } });
    await client.files.fromBase64(btoa(String.fromCharCode(...PNG)));
    emulator.faults.add({ route: "POST /api/v1/price_quotes", fault: { kind: "status", status: 500 } });
    await client.prices.quote(params);
    await client.prices.quote(params);
    const files = sent("POST", "/api/v1/files").map((r) => r.headers["idempotency-key"]);
    const quotes = sent("POST", "/api/v1/price_quotes").map((r) => r.headers["idempotency-key"]);
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^[\w-]{16,}$/);
    expect(files[1]).toBe(files[0]);
    expect(quotes).toHaveLength(3);
    expect(quotes[1]).toBe(quotes[0]);
    expect(quotes[2]).not.toBe(quotes[0]);
  });

  it("retry the upload's signed PUT like any request", async () => {
    emulator.faults.add({ route: "PUT /uploads/*", fault: { kind: "status", status: 503, retryAfter: "0" } });
    const file = await clientWith().files.upload(PNG);
    expect(file.url).toMatch(/^http/);
    expect(emulator.requests.filter((r) => r.method === "PUT")).toHaveLength(2);
    expect(sent("POST", "/api/v1/files/confirm")).toHaveLength(1);
  });
});

describe("errors name their request and their task", () => {
  it("keep the x-request-id of an answer whose body was cut short", async () => {
    emulator.faults.add({ route: CREATE_ROUTE, fault: { kind: "cut-body" } });
    const error = await clientWith({ maxRetries: 0 })
      .create(params)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).requestId).toMatch(/\S/);
  });

  it("give TaskFailedError the x-request-id of the read that saw the failure", async () => {
    emulator.failNextTask("the model refused");
    const error = await clientWith()
      .run(params, { minDelay: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    const reads = emulator.requests.filter((r) => r.method === "GET");
    expect((error as TaskFailedError).requestId).toMatch(/\S/);
    expect(reads.length).toBeGreaterThan(0);
  });

  it("carry the task id on every error of wait and watch, not only of run", async () => {
    const client = clientWith({ maxRetries: 0 });
    const task = await client.create(params);
    // A permanent error ends the wait (a 5xx would be read through; see the reliability tier).
    emulator.faults.add({ route: READ_ROUTE, fault: { kind: "status", status: 403 } });
    const failed = await client.wait(task, { minDelay: 1 }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(PermissionDeniedError);
    expect((failed as PermissionDeniedError).taskId).toBe(task.id);

    const controller = new AbortController();
    const aborted = client.wait(task.id, { model: task.model, signal: controller.signal, minDelay: 60_000 });
    controller.abort();
    const abortError = await aborted.catch((e: unknown) => e);
    expect(abortError).toBeInstanceOf(AbortError);
    expect((abortError as AbortError).taskId).toBe(task.id);

    const watching = new AbortController();
    const updates = client.watch(task, { signal: watching.signal, minDelay: 60_000 });
    const next = updates.next();
    watching.abort();
    const watchError = await next.catch((e: unknown) => e);
    expect(watchError).toBeInstanceOf(AbortError);
    expect((watchError as AbortError).taskId).toBe(task.id);
  });
});

describe("downloads", () => {
  it("refuse a signal that has already fired, sending nothing", async () => {
    const client = clientWith();
    const task = await client.run(params, { minDelay: 5 });
    const image = task.images?.[0];
    expect(image?.url).toMatch(/^http/);
    const before = emulator.requests.length;
    const controller = new AbortController();
    controller.abort();
    for (const as of ["bytes", "stream"] as const) {
      const error = await client.files
        .download(image as { url: string }, { as, signal: controller.signal })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AbortError);
    }
    expect(emulator.requests.length).toBe(before);
  });

  it("let go of the caller's signal when a stream is cancelled or read to the end", async () => {
    const server = await startScriptedServer(() => (response) => {
      response.writeHead(200, { "content-type": "image/png" });
      response.write(Buffer.alloc(1024));
      setTimeout(() => response.end(Buffer.alloc(1024)), 5);
    });
    try {
      const client = clientWith({ baseURL: server.url });
      const signal = new AbortController().signal;
      for (let n = 0; n < 5; n++) {
        const stream = await client.files.download(`${server.url}/o.png`, { as: "stream", signal });
        const reader = stream.getReader();
        await reader.read();
        await reader.cancel();
      }
      expect(getEventListeners(signal, "abort")).toHaveLength(0);
      let bytes = 0;
      const stream = await client.files.download(`${server.url}/o.png`, { as: "stream", signal });
      const reader = stream.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
        bytes += chunk.value.byteLength;
      expect(bytes).toBe(2048);
      expect(getEventListeners(signal, "abort")).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
