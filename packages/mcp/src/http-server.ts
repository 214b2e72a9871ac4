import { randomUUID } from "node:crypto";
import {
  createServer as createHttpServer,
  type Server as HttpServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createServer } from "./create-server.js";
import type { LoadedFamily } from "./loaded-family.js";

/** Where the server answers MCP over HTTP, under its origin. */
export const MCP_PATH = "/mcp";

/** The running HTTP server: its MCP endpoint and how to stop it. */
export interface HttpEndpoint {
  url: string;
  close(): Promise<void>;
}

/**
 * MCP over Streamable HTTP on 127.0.0.1: one MCP server per session (the client's `initialize` opens it, its
 * DELETE or the process's end closes it), so a cancelled call reaches the server running it. Only this machine
 * can connect, and a request whose Host or Origin names another site is refused, so a web page cannot reach it
 * through a name that resolves to 127.0.0.1.
 */
export async function serveHttp(families: readonly LoadedFamily[], port: number): Promise<HttpEndpoint> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  let local: ReadonlySet<string> = new Set();
  const http: HttpServer = createHttpServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        refuse(response, 500, error instanceof Error ? error.message : String(error));
      else response.end();
    });
  });
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== MCP_PATH) return refuse(response, 404, `not found: MCP is served at ${MCP_PATH}`);
    const origin = request.headers.origin;
    if (
      !local.has(request.headers.host ?? "") ||
      (origin && !local.has(origin.replace(/^https?:\/\//, "")))
    ) {
      return refuse(response, 403, "only clients on this machine, at 127.0.0.1 or localhost, are served");
    }
    const id = request.headers["mcp-session-id"];
    let transport = typeof id === "string" ? sessions.get(id) : undefined;
    if (id !== undefined && !transport) {
      return refuse(response, 404, "unknown session: initialize a new one");
    }
    if (!transport) {
      const opened = new StreamableHTTPServerTransport({
        sessionIdGenerator: randomUUID,
        onsessioninitialized: (sessionId) => void sessions.set(sessionId, opened),
      });
      opened.onclose = () => {
        if (opened.sessionId) sessions.delete(opened.sessionId);
      };
      await createServer(families).connect(opened);
      transport = opened;
    }
    await transport.handleRequest(request, response);
  };
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(port, "127.0.0.1", resolve);
  });
  const { port: bound } = http.address() as AddressInfo;
  local = new Set([`127.0.0.1:${bound}`, `localhost:${bound}`]);
  return {
    url: `http://127.0.0.1:${bound}${MCP_PATH}`,
    close: async () => {
      await Promise.all([...sessions.values()].map((transport) => transport.close()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** A JSON-RPC error answer outside any session. */
function refuse(response: ServerResponse, status: number, message: string) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }));
}
