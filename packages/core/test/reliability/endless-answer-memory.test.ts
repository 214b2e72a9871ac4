/**
 * A server that answers without end: the client stops reading at its bound, so the process's memory stays
 * bounded. Measured in a child process (RSS sampled while it reads), never by timing.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";
import { startScriptedServer, writeEndlessly } from "../scripted-server.js";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const child = fileURLToPath(new URL("./support/read-endless-answer.ts", import.meta.url));
const MB = 1024 * 1024;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

it("reads an endless answer up to maxResponseBytes (16 MiB), with the process's peak RSS bounded", async () => {
  let written: Promise<number> | undefined;
  const server = await startScriptedServer(() => (response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write('{"id":"t","status":"processing","pad":"');
    // Up to 4 GiB: far more than any bound, so only the client stops it.
    written = writeEndlessly(response, new Uint8Array(256 * 1024).fill(0x61), 4096 * MB);
  });
  close = server.close;
  const output = await new Promise<string>((resolve, reject) => {
    const process_ = spawn(process.execPath, ["--import", "tsx", child, server.url], { cwd: repoRoot });
    let stdout = "";
    let stderr = "";
    process_.stdout.on("data", (chunk) => (stdout += chunk));
    process_.stderr.on("data", (chunk) => (stderr += chunk));
    process_.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(stderr))));
  });
  const { error, before, peak } = JSON.parse(output) as { error: string; before: number; peak: number };
  const sent = await written;
  console.log(
    `endless answer: ${error}; client RSS ${(before / MB).toFixed(0)} MiB before, ${(peak / MB).toFixed(0)} MiB at peak; ` +
      `the server wrote ${((sent ?? 0) / MB).toFixed(0)} MiB before the client hung up`,
  );
  expect(error).toBe("ResponseTooLargeError");
  // The bound (16 MiB) as bytes and as the text decoded from them, with room for the runtime: far from the
  // gigabytes an unbounded read reaches.
  expect(peak - before).toBeLessThan(160 * MB);
  expect(sent).toBeLessThan(16 * MB + 64 * MB);
}, 60_000);
