/**
 * A tiny loopback server for the overhead benchmark, run as a child process so its work does not share the
 * measuring process's event loop: every request is answered 200 with one small JSON body, after the request
 * body has been read. Prints its URL on stdout.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const BODY = Buffer.from(JSON.stringify({ id: "task_0123456789abcdef", status: "processing" }));

const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/json", "content-length": BODY.length });
    response.end(BODY);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on("disconnect", () => process.exit(0));
