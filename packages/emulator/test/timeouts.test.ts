import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";

let emulator: Emulator;
beforeAll(async () => {
  // Long enough that a request sent alongside a slow one is answered first even on a busy machine.
  emulator = await startEmulator({
    port: 0,
    headersTimeoutMs: 1000,
    requestTimeoutMs: 1500,
    keepAliveTimeoutMs: 200,
  });
});
afterAll(() => emulator.close());

/** A raw connection to the emulator: what it received, and a promise of the server closing it. */
function open(): { socket: Socket; received: () => string; closed: Promise<void> } {
  const socket = connect(Number(new URL(emulator.url).port), "127.0.0.1");
  let received = "";
  socket.setEncoding("utf8").on("data", (text: string) => {
    received += text;
  });
  socket.on("error", () => {});
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  return { socket, received: () => received, closed };
}

/** Writes `line` every 50 ms while the connection is open: a client that never finishes. */
function trickle(socket: Socket, line: string): void {
  const timer = setInterval(() => (socket.writable ? socket.write(line) : clearInterval(timer)), 50);
  socket.once("close", () => clearInterval(timer));
}

const me = () =>
  fetch(`${emulator.url}/api/v1/me`, { headers: { authorization: `Bearer ${emulator.apiKey}` } });

describe("server timeouts", () => {
  it("answers 408 to headers that never end and closes the connection, serving others meanwhile", async () => {
    const slow = open();
    slow.socket.write("GET /api/v1/me HTTP/1.1\r\nhost: x\r\n");
    trickle(slow.socket, "x-more: a\r\n");
    let slowClosed = false;
    void slow.closed.then(() => {
      slowClosed = true;
    });
    // Answered while the slow connection is still being held open by its client.
    const answer = await me();
    expect(answer.status).toBe(200);
    expect(slowClosed).toBe(false);
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(slow.received()).toContain('"code":"request_timeout"');
  });

  it("closes a connection that sends nothing at all", async () => {
    const silent = open();
    await silent.closed;
    expect((await me()).status).toBe(200);
  });

  it("answers 408 to a body that never ends within requestTimeoutMs and closes the connection", async () => {
    const dripping = open();
    dripping.socket.write(
      `POST /api/v1/files HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${emulator.apiKey}\r\n` +
        "content-type: application/json\r\ncontent-length: 100000\r\n\r\n",
    );
    trickle(dripping.socket, " ");
    await dripping.closed;
    expect(dripping.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("closes a kept-alive connection left idle after its answer", async () => {
    const idle = open();
    idle.socket.write(
      `GET /api/v1/me HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${emulator.apiKey}\r\n\r\n`,
    );
    await idle.closed;
    expect(idle.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(idle.received()).toMatch(/\r\nconnection: keep-alive\r\n/i);
  });

  it("refuses timeouts that are not positive, or headers allowed longer than the whole request", async () => {
    await expect(startEmulator({ port: 0, headersTimeoutMs: 0 })).rejects.toThrow(
      "headersTimeoutMs must be a positive number, got 0",
    );
    await expect(startEmulator({ port: 0, headersTimeoutMs: 2000, requestTimeoutMs: 1000 })).rejects.toThrow(
      "headersTimeoutMs (2000) must not be longer than requestTimeoutMs (1000)",
    );
  });
});
