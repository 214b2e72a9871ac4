import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One scripted answer of the loopback server. */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** Full control of the answer: stall, stream part of a body, reset the connection. */
export type RawAnswer = (response: ServerResponse) => void;

export interface CapturedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/**
 * A real HTTP server on 127.0.0.1 that answers from a script, for the faults the emulator does not
 * produce. Every request is captured, and every connection counted (one that never sends a whole request
 * is counted all the same).
 */
export async function startScriptedServer(
  script: (request: CapturedRequest, index: number) => ScriptedAnswer | RawAnswer,
) {
  const requests: CapturedRequest[] = [];
  let connections = 0;
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request = {
        method: incoming.method ?? "",
        url: incoming.url ?? "",
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(request);
      const answer = script(request, requests.length - 1);
      if (typeof answer === "function") return answer(outgoing);
      outgoing.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      outgoing.end(answer.body ?? "");
    });
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Writes `chunk` again and again, as fast as the client reads (waiting for `drain`), until the client hangs up
 * or `maxBytes` are written: an endless body, as far as the client can tell. `written` resolves with the bytes
 * handed to the socket by then, which is what the client's bound is measured against.
 */
export function writeEndlessly(response: ServerResponse, chunk: Uint8Array, maxBytes: number) {
  let bytes = 0;
  const written = new Promise<number>((resolve) => {
    const pump = () => {
      while (!response.destroyed && bytes < maxBytes) {
        bytes += chunk.byteLength;
        if (!response.write(chunk)) return void response.once("drain", pump);
      }
      if (!response.destroyed) response.end();
    };
    response.once("close", () => resolve(bytes));
    pump();
  });
  return written;
}
