import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";

const TEXT = "/api/v1/flux_2/text_to_image";
const MiB = 1024 * 1024;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskDurationMs: 0 });
});
afterAll(() => emulator.close());

/** A raw connection: what it received, whether the server closed it, and how many body bytes it got out. */
function rawConnection() {
  const socket: Socket = connect(Number(new URL(emulator.url).port), "127.0.0.1");
  let received = "";
  let written = 0;
  socket.setEncoding("utf8").on("data", (text: string) => {
    received += text;
  });
  socket.on("error", () => {});
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  const answered = new Promise<string>((resolve) => {
    const check = () => (/\r\n\r\n[\s\S]*\}$/.test(received) ? resolve(received) : undefined);
    socket.on("data", check);
  });
  return {
    socket,
    closed,
    answered,
    written: () => written,
    write(data: string | Buffer) {
      written += data.length;
      return socket.write(data);
    },
  };
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3}) /.exec(answer)?.[1]);
const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));

describe("request bodies", () => {
  it("answers 413 to a Content-Length over the limit before reading any of the body, and closes", async () => {
    const connection = rawConnection();
    connection.write(
      `POST ${TEXT} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${emulator.apiKey}\r\n` +
        `content-type: application/json\r\ncontent-length: ${100 * MiB}\r\n\r\n`,
    );
    // Not one byte of the body is sent: the answer cannot have waited for it.
    const answer = await connection.answered;
    expect(statusOf(answer)).toBe(413);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(bodyOf(answer)).toEqual({
      error: { code: "payload_too_large", message: "The request body is larger than 1 MiB." },
    });
    await connection.closed;
    expect(emulator.requests.at(-1)).toMatchObject({ path: TEXT, body: undefined, bodyTruncated: true });
  });

  it("stops reading a streamed body once it passes the limit, answers 413 and closes", async () => {
    const connection = rawConnection();
    connection.write(
      `POST ${TEXT} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${emulator.apiKey}\r\n` +
        "content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n",
    );
    const chunk = Buffer.concat([Buffer.from("10000\r\n"), Buffer.alloc(0x10000, "a"), Buffer.from("\r\n")]);
    // An endless body, written as fast as the connection takes it, until the server closes the connection.
    let open = true;
    void connection.closed.then(() => {
      open = false;
    });
    while (open) {
      if (!connection.write(chunk)) {
        await Promise.race([
          new Promise((resolve) => connection.socket.once("drain", resolve)),
          connection.closed,
        ]);
      }
    }
    const answer = await connection.answered;
    expect(statusOf(answer)).toBe(413);
    expect(bodyOf(answer).error.code).toBe("payload_too_large");
    // What the client got out before the close is the 1 MiB read plus what the socket buffers held, not more.
    expect(connection.written()).toBeLessThan(64 * MiB);
    expect(emulator.requests.at(-1)?.bodyTruncated).toBe(true);
  });

  it("answers fetch's streamed body of 64 MiB, sent without a Content-Length, with the 413", async () => {
    // Finite: once the server hangs up, fetch may keep pulling the stream without waiting for the socket.
    let chunks = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) =>
        ++chunks > 1024 ? controller.close() : controller.enqueue(new Uint8Array(0x10000)),
    });
    const answer = await fetch(emulator.url + TEXT, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: endless,
      duplex: "half",
    } as RequestInit);
    expect(answer.status).toBe(413);
    expect(answer.headers.get("connection")).toBe("close");
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
  });

  it("reads no more than 64 KiB of a body sent without a key or to an unknown upload URL, and closes", async () => {
    for (const [method, path, status] of [
      ["POST", TEXT, 401],
      ["POST", "/api/v1/files", 401],
      ["PUT", "/uploads/su_nobody_prepared_this", 404],
    ] as const) {
      const connection = rawConnection();
      // 100 KiB promised, none sent: the answer cannot have waited for the body.
      connection.write(
        `${method} ${path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${100 * 1024}\r\n\r\n`,
      );
      const answer = await connection.answered;
      expect(statusOf(answer), path).toBe(status);
      expect(answer).toMatch(/\r\nconnection: close\r\n/i);
      await connection.closed;
      expect(emulator.requests.at(-1)).toMatchObject({ path, bodyTruncated: true });
    }
    // A body the log would keep whole is read whole, and the connection kept.
    const small = await fetch(emulator.url + TEXT, { method: "POST", body: JSON.stringify({ a: 1 }) });
    expect(small.status).toBe(401);
    expect(small.headers.get("connection")).not.toBe("close");
    expect(emulator.requests.at(-1)?.body).toEqual({ a: 1 });
  });

  it("reads the whole of a body within the limit, and the log keeps its first 64 KiB", async () => {
    const body = JSON.stringify({
      model: "flux-2-pro-text-to-image",
      prompt: "a lighthouse ".repeat(20_000),
    });
    const answer = await fetch(emulator.url + TEXT, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body,
    });
    // Read whole and validated: the prompt is longer than the spec allows.
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(/^prompt /);
    expect(answer.headers.get("connection")).not.toBe("close");
    const recorded = emulator.requests.at(-1)!;
    expect(recorded.bodyTruncated).toBe(true);
    expect(recorded.body).toBe(body.slice(0, 64 * 1024));
  });
});

describe("the request log", () => {
  it("keeps the last maxRecordedRequests requests and counts every one", async () => {
    const small = await startEmulator({ port: 0, maxRecordedRequests: 5 });
    try {
      for (let i = 0; i < 12; i++) await (await fetch(`${small.url}/api/v1/me?n=${i}`)).text();
      expect(small.requests.map((request) => request.path)).toEqual(
        [7, 8, 9, 10, 11].map((i) => `/api/v1/me?n=${i}`),
      );
      expect(small.requestsReceived()).toBe(12);
    } finally {
      await small.close();
    }
  });

  it("refuses a maxRecordedRequests that is not a non-negative number", async () => {
    await expect(startEmulator({ port: 0, maxRecordedRequests: -1 })).rejects.toThrow(
      "maxRecordedRequests must be a non-negative number, got -1",
    );
  });
});
