import type { ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { spawnSource } from "../support/spawn-source.ts";

/**
 * Thousands of bad and oversized requests against an emulator in its own process, whose resident memory is read
 * before and after: it must grow by less than RSS_GROWTH_LIMIT, and well-formed requests sent meanwhile must still
 * be answered. The emulator runs with its default request log (10,000 requests, 16 MiB), as tests get it.
 */
const MiB = 1024 * 1024;
/**
 * What may stay: the request log and the render cache filling up (16 MiB each, by design), and what the memory
 * allocator keeps of the buffers the requests used at once. That last part follows how many requests are in
 * flight, not how many were sent, so three times this soak grows the process about as much. Unbounded, it would
 * take gigabytes: each 200,000-second sound alone used to be a 400 MB file.
 */
const RSS_GROWTH_LIMIT = 150 * MiB;
const SOUND = "/api/v1/elevenlabs/text_to_sound";
const TEXT = "/api/v1/flux_2/text_to_image";

const indexFile = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
let child: ChildProcess;
let url = "";
let port = 0;
let apiKey = "";
let sources: Server;
let sourcesUrl = "";

beforeAll(async () => {
  // Short timeouts, so slow clients are cut off within the test's time; the whole request's is long enough for a
  // machine busy with other work to send 1 MiB, eight at a time, well within it. The child reports its resident memory
  // when asked, after a full garbage collection when asked for a settled figure.
  const script = `
    import { startEmulator } from ${JSON.stringify(indexFile)};
    const emulator = await startEmulator({
      port: 0, taskDurationMs: 0, headersTimeoutMs: 1000, requestTimeoutMs: 5000, sourceTimeoutMs: 2000,
    });
    process.on("message", ({ settled }) => {
      if (settled) for (let i = 0; i < 3; i++) globalThis.gc();
      process.send(process.memoryUsage().rss);
    });
    console.log("READY " + emulator.url + " " + emulator.apiKey);
  `;
  child = spawnSource(["--expose-gc", "--input-type=module", "--eval", script], {
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const ready = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      const line = /READY \S+ \S+/.exec(output);
      if (line) resolve(line[0]);
    });
    child.once("exit", (code) => reject(new Error(`the emulator exited with ${code}: ${output}`)));
  });
  [, url = "", apiKey = ""] = ready.split(" ");
  port = Number(new URL(url).port);

  // Source URLs the emulator is asked to fetch: one that never ends, one that never finishes a byte's worth.
  sources = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/octet-stream" });
    if (req.url === "/drip.bin") return void res.write("x");
    const chunk = Buffer.alloc(0x10000, 7);
    res.on("drain", () => burst(res, chunk));
    burst(res, chunk);
  });
  await new Promise<void>((resolve) => sources.listen(0, "127.0.0.1", resolve));
  sourcesUrl = `http://127.0.0.1:${(sources.address() as AddressInfo).port}`;
});
afterAll(async () => {
  child?.kill();
  sources?.closeAllConnections();
  await new Promise((resolve) => sources?.close(resolve));
});

/** The child's resident set size in bytes, as it reads it itself; `settled`: after collecting its garbage. */
function rss(settled: boolean): Promise<number> {
  return new Promise((resolve) => {
    child.once("message", (bytes) => resolve(bytes as number));
    child.send({ settled });
  });
}

const auth = () => ({ authorization: `Bearer ${apiKey}`, "content-type": "application/json" });

/**
 * Writes `chunk` to `stream` again and again: up to 1 MiB per turn of the event loop (so this process never spins
 * while a fast reader keeps up), until the stream's buffer is full ('drain' calls this again) or it is closed.
 */
function burst(stream: NodeJS.WritableStream & { destroyed: boolean }, chunk: Buffer): void {
  for (let written = 0; written < MiB; written += chunk.length) {
    if (stream.destroyed || !stream.write(chunk)) return;
  }
  setImmediate(() => burst(stream, chunk));
}

/** Runs `count` jobs, `width` at a time. */
async function inPool(count: number, width: number, job: (index: number) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await job(next++);
    }),
  );
}

/** Sends raw bytes on a fresh connection; resolves with what came back once the server closes it. */
function raw(data: string | Buffer, options: { trickle?: string } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding("latin1").on("data", (text: string) => {
      received += text;
    });
    socket.on("error", () => {});
    socket.once("close", () => {
      clearInterval(timer);
      resolve(received);
    });
    socket.write(data);
    if (options.trickle) {
      const line = options.trickle;
      timer = setInterval(() => socket.writable && socket.write(line), 200);
    } else socket.end();
  });
}

/** A chunked body that never ends, written while the connection takes it; what came back once it closed. */
function endlessBody(): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.setEncoding("latin1").on("data", (text: string) => {
      received += text;
    });
    socket.on("error", () => {});
    socket.once("close", () => resolve(received));
    const chunk = Buffer.concat([Buffer.from("10000\r\n"), Buffer.alloc(0x10000, "a"), Buffer.from("\r\n")]);
    // As fast as the connection takes it, until the server closes the connection.
    const more = () => burst(socket, chunk);
    socket.on("drain", more);
    socket.write(
      `POST ${TEXT} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${apiKey}\r\n` +
        "content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n",
    );
    more();
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3}) /.exec(answer)?.[1] ?? 0);

async function normalRequests(count: number) {
  // A task created, read and its sound downloaded, as an app does.
  for (let i = 0; i < count; i++) {
    const created = await fetch(url + SOUND, {
      method: "POST",
      headers: auth(),
      body: JSON.stringify({ model: "sound-effect-v2", text: `warm ${i}`, duration_seconds: 3 }),
    });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    const task = (await (await fetch(`${url}${SOUND}/${id}`, { headers: auth() })).json()) as any;
    expect(task.status).toBe("completed");
    await (await fetch(task.audios[0].audio_url)).arrayBuffer();
  }
}

it(`keeps the emulator's memory within ${RSS_GROWTH_LIMIT / MiB} MB under thousands of bad requests`, async () => {
  expect(url).toMatch(/^http/);
  // One-time costs first (code compiled, buffers pooled), so what grows afterwards is what the requests left.
  await normalRequests(5);
  await fetch(url + TEXT, { method: "POST", body: Buffer.alloc(MiB, "a") }).then((r) => r.arrayBuffer());
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = await rss(true);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rss(false));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  const answers: Record<string, Record<string, number>> = {};
  /** Counts an answer by kind and status ("closed": the connection closed with no answer). */
  const count = (kind: string, status: number | string) => {
    const byStatus = answers[kind] ?? {};
    answers[kind] = byStatus;
    const key = status === 0 ? "closed" : String(status);
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  };
  let sent = 0;

  // Well-formed requests all along: each must be answered.
  const probes: number[] = [];
  let hostile = true;
  const prober = (async () => {
    while (hostile) {
      const answer = await fetch(`${url}/api/v1/me`, { headers: auth() });
      probes.push(answer.status);
      await answer.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  // Slow clients, held open while everything else runs: headers that never end, bodies that never end.
  let slowOpen = 0;
  const slow = Promise.all([
    ...Array.from({ length: 200 }, async () => {
      sent += 1;
      slowOpen += 1;
      count(
        "slow headers",
        statusOf(await raw("GET /api/v1/me HTTP/1.1\r\nhost: x\r\n", { trickle: "x-a: b\r\n" })),
      );
      slowOpen -= 1;
    }),
    ...Array.from({ length: 50 }, async () => {
      sent += 1;
      slowOpen += 1;
      const head = `POST ${TEXT} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${apiKey}\r\ncontent-length: 100000\r\n\r\n`;
      count("slow body", statusOf(await raw(head, { trickle: " " })));
      slowOpen -= 1;
    }),
  ]);
  // A well-formed request answered while the slow connections are still held open.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const during = await fetch(`${url}/api/v1/me`, { headers: auth() });
  expect(during.status).toBe(200);
  expect(slowOpen).toBeGreaterThan(0);

  /** `POST /api/v1/files` from one of the test's source URLs. */
  const fileFromUrl = async (source: "endless" | "drip") => {
    sent += 1;
    const answer = await fetch(`${url}/api/v1/files`, {
      method: "POST",
      headers: auth(),
      body: JSON.stringify({ source: { type: "url", url: `${sourcesUrl}/${source}.bin` } }),
    });
    count(`${source} source URL`, answer.status);
    await answer.arrayBuffer();
  };

  const unauthenticatedMiB = Buffer.alloc(MiB, "a");
  const unauthenticated60KiB = Buffer.alloc(60 * 1024, "a");
  const manyHeaders = Array.from({ length: 1500 }, (_, i) => `h${i}: b\r\n`).join("");
  await Promise.all([
    // Bodies of 1 MiB without a key (the most a JSON route reads with one), and of 60 KiB, which the log keeps.
    inPool(300, 8, async () => {
      sent += 1;
      const answer = await fetch(url + TEXT, { method: "POST", body: unauthenticatedMiB });
      count("1 MiB without a key", answer.status);
      await answer.arrayBuffer();
    }),
    inPool(400, 8, async () => {
      sent += 1;
      const answer = await fetch(url + TEXT, { method: "POST", body: unauthenticated60KiB });
      count("60 KiB without a key", answer.status);
      await answer.arrayBuffer();
    }),
    // 1,500 headers each, as many as fit in Node's 16 KiB of headers.
    inPool(300, 8, async () => {
      sent += 1;
      count("1,500 headers", statusOf(await raw(`GET /api/v1/me HTTP/1.1\r\nhost: x\r\n${manyHeaders}\r\n`)));
    }),
    // Content-Length claiming 64 MiB, with no body behind it.
    inPool(500, 8, async () => {
      sent += 1;
      const head = `POST ${TEXT} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${apiKey}\r\ncontent-length: ${64 * MiB}\r\n\r\n`;
      count("Content-Length over the limit", statusOf(await raw(head)));
    }),
    // Content-Length claiming 10 bytes, with 4 KiB behind it: the rest is no request at all.
    inPool(300, 8, async () => {
      sent += 1;
      const head = `POST ${TEXT} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${apiKey}\r\ncontent-length: 10\r\n\r\n`;
      count("Content-Length under the body", statusOf(await raw(head + "z".repeat(4096))));
    }),
    // Bodies that never end, streamed as fast as the connection takes them.
    inPool(80, 8, async () => {
      sent += 1;
      count("endless body", statusOf(await endlessBody()));
    }),
    // Small broken requests: no key, JSON that is not JSON, unknown routes.
    inPool(1500, 8, async (i) => {
      sent += 1;
      const answer =
        i % 3 === 0
          ? await fetch(url + TEXT, { method: "POST", body: "{" })
          : i % 3 === 1
            ? await fetch(url + TEXT, { method: "POST", headers: auth(), body: "{not json" })
            : await fetch(`${url}/api/v1/nowhere/${i}`, { headers: auth() });
      count("small and broken", answer.status);
      await answer.arrayBuffer();
    }),
  ]);
  // Then what makes the emulator hold files, apart from the floods so the two do not add up.
  await Promise.all([
    // A sound asked to last 200,000 seconds, and downloaded.
    inPool(20, 2, async (i) => {
      sent += 2;
      const created = await fetch(url + SOUND, {
        method: "POST",
        headers: auth(),
        body: JSON.stringify({ model: "sound-effect-v2", text: `endless ${i}`, duration_seconds: 200_000 }),
      });
      count("200,000-second sound", created.status);
      const { id } = (await created.json()) as { id: string };
      const task = (await (await fetch(`${url}${SOUND}/${id}`, { headers: auth() })).json()) as any;
      const file = await fetch(task.audios[0].audio_url);
      count("200,000-second sound file", `${file.status}, ${(await file.arrayBuffer()).byteLength} bytes`);
    }),
    // Source URLs that never end, one at a time, and ones that never finish.
    inPool(9, 1, () => fileFromUrl("endless")),
    inPool(3, 3, () => fileFromUrl("drip")),
  ]);
  await slow;
  hostile = false;
  await prober;
  sampling = false;
  await sampler;
  // A moment for sockets and timers to be let go, then the figures: as they stand, and once garbage is collected.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const unsettled = await rss(false);
  const after = await rss(true);

  const mb = (bytes: number) => (bytes / MiB).toFixed(1);
  console.log(
    [
      `soak: ${sent} bad or oversized requests and slow connections, ${probes.length} well-formed ones meanwhile`,
      `emulator RSS ${mb(before)} MB before → ${mb(after)} MB after, garbage collected (${mb(unsettled)} MB before collecting; peak ${mb(peak)} MB), growth ${mb(after - before)} MB, limit ${mb(RSS_GROWTH_LIMIT)} MB`,
      `answers: ${JSON.stringify(answers)}`,
    ].join("\n"),
  );
  expect(probes.length).toBeGreaterThan(0);
  expect(probes.every((status) => status === 200)).toBe(true);
  expect(answers["1 MiB without a key"]).toEqual({ 401: 300 });
  expect(answers["60 KiB without a key"]).toEqual({ 401: 400 });
  expect(answers["1,500 headers"]).toEqual({ 401: 300 });
  expect(answers["Content-Length over the limit"]).toEqual({ 413: 500 });
  expect(answers["Content-Length under the body"]).toEqual({ 400: 300 });
  expect(answers["small and broken"]).toEqual({ 400: 500, 401: 500, 404: 500 });
  // Refused once past the limit (413), or at the request's deadline (408) on a machine too busy to send 1 MiB in time.
  const endlessBodies = answers["endless body"] ?? {};
  expect((endlessBodies[413] ?? 0) + (endlessBodies[408] ?? 0)).toBe(80);
  expect(answers["slow headers"]).toEqual({ 408: 200 });
  expect(answers["slow body"]).toEqual({ 408: 50 });
  expect(answers["200,000-second sound"]).toEqual({ 200: 20 });
  expect(answers["200,000-second sound file"]).toEqual({ [`200, ${44 + 600 * 2000} bytes`]: 20 });
  // An endless source stops at the upload limit (413), or at the deadline (422) on a machine too busy to read
  // 20 MiB in time; one that never finishes stops at the deadline.
  const endlessSources = answers["endless source URL"] ?? {};
  expect((endlessSources[413] ?? 0) + (endlessSources[422] ?? 0)).toBe(9);
  expect(answers["drip source URL"]).toEqual({ 422: 3 });
  expect(after - before).toBeLessThan(RSS_GROWTH_LIMIT);
}, 120_000);
