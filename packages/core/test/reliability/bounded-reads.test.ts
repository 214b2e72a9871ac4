/**
 * Answers read with a bound on their size, counted after decompression, against servers that never stop
 * talking: an endless body, a 200 MB one, gzip bombs, a trickle. Each ends in a typed error, and the server
 * could write only a bounded part of what it had to send: the client stopped reading rather than hold it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  ConnectionError,
  DEFAULT_MAX_RESPONSE_BYTES,
  ResponseTooLargeError,
  ServiceUnavailableError,
  TimeoutError,
  ValidationError,
} from "../../src/index.js";
import { downloadToPath } from "../../src/node.js";
import { type RawAnswer, startScriptedServer, writeEndlessly } from "../scripted-server.js";
import { testClient } from "../test-catalog.js";

const MiB = 1024 * 1024;
/** What loopback sockets and fetch's own buffers may hold beyond what the client read: a few MiB, with room. */
const IN_FLIGHT = 48 * MiB;
const read = { model: "test-model" } as const;
const dir = mkdtempSync(join(tmpdir(), "runapi-bounded-"));

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A scripted server whose every answer is `answer`; `written` collects what each answer managed to write. */
async function serving(answer: (written: Promise<number>[]) => RawAnswer) {
  const written: Promise<number>[] = [];
  const server = await startScriptedServer(() => answer(written));
  close = server.close;
  return { server, written };
}

/** An endless JSON-looking body (64 KiB chunks, up to `total` bytes), with `headers`. */
const endless =
  (total: number, headers: Record<string, string | number> = {}, status = 200) =>
  (written: Promise<number>[]): RawAnswer =>
  (response) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    written.push(writeEndlessly(response, new TextEncoder().encode(`"${"x".repeat(64 * 1024 - 2)}"`), total));
  };

describe("API answers", () => {
  it("stop at maxResponseBytes when the body never ends, which the server notices: it cannot write on", async () => {
    const { server, written } = await serving(endless(1024 * MiB));
    const error = await testClient({ apiKey: "k", baseURL: server.url, maxResponseBytes: MiB })
      .get("t", read)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxBytes: MiB });
    expect((error as Error).message).toBe(
      "GET /api/v1/test/text_to_image/t answered more than maxResponseBytes allows (1 MiB): the read stopped there. Raise maxResponseBytes (on the client or the call) if an answer this large is expected.",
    );
    // Not retried: the next answer would be as large.
    expect(server.requests).toHaveLength(1);
    expect(await written[0]).toBeLessThan(MiB + IN_FLIGHT);
  });

  it("stop a 200 MB answer at the default bound, 16 MiB, by its Content-Length or by counting", async () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(16 * MiB);
    const declared = await serving(endless(200_000_000, { "content-length": 200_000_000 }));
    const refused = await testClient({ apiKey: "k", baseURL: declared.server.url })
      .get("t", read)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ResponseTooLargeError);
    expect((refused as Error).message).toContain(
      "answered 190.7 MiB, more than maxResponseBytes allows (16 MiB)",
    );
    expect(await declared.written[0]).toBeLessThan(IN_FLIGHT);
    await close?.();

    const counted = await serving(endless(200_000_000));
    const stopped = await testClient({ apiKey: "k", baseURL: counted.server.url })
      .get("t", read)
      .catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(ResponseTooLargeError);
    expect((stopped as Error).message).toContain("more than maxResponseBytes allows (16 MiB)");
    expect(await counted.written[0]).toBeLessThan(16 * MiB + IN_FLIGHT);
  });

  it("count a gzip bomb's bytes after decompression, whether streamed or a few KB of gzip in gzip", async () => {
    // 1 MiB of zeros gzips to about 1 KiB; members one after another are one gzip stream: 64 GiB in 64 MB.
    const member = gzipSync(new Uint8Array(MiB));
    const streamed = await serving((written) => (response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      written.push(writeEndlessly(response, member, member.byteLength * 64 * 1024));
    });
    const error = await testClient({ apiKey: "k", baseURL: streamed.server.url, maxRetries: 0 })
      .get("t", read)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toContain("more than maxResponseBytes allows (16 MiB)");
    // 16 MiB decompressed is 16 KiB of gzip: what the server wrote beyond that only sat in buffers.
    expect(await streamed.written[0]).toBeLessThan(IN_FLIGHT);
    await close?.();

    // 4 GiB of zeros as gzip members, gzipped again: a few KB on the wire.
    const bomb = gzipSync(Buffer.concat(Array.from({ length: 4096 }, () => member)));
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const layered = await serving(() => (response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip, gzip" });
      response.end(bomb);
    });
    const layeredError = await testClient({ apiKey: "k", baseURL: layered.server.url, maxRetries: 0 })
      .get("t", read)
      .catch((e: unknown) => e);
    expect(layeredError).toBeInstanceOf(ResponseTooLargeError);
  });

  it("read an answer of exactly maxResponseBytes, and refuse one byte more", async () => {
    const body = JSON.stringify({ id: "t", status: "processing", pad: "x".repeat(1000) });
    const server = await startScriptedServer(() => ({ status: 200, body }));
    close = server.close;
    const size = new TextEncoder().encode(body).byteLength;
    const client = testClient({ apiKey: "k", baseURL: server.url });
    expect((await client.get("t", { ...read, maxResponseBytes: size })).id).toBe("t");
    await expect(client.get("t", { ...read, maxResponseBytes: size - 1 })).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  it("keep the error of their status when an error answer's body is too large, retried as that status is", async () => {
    const { server } = await serving(endless(1024 * MiB, {}, 503));
    const error = await testClient({ apiKey: "k", baseURL: server.url, maxResponseBytes: MiB, maxRetries: 1 })
      .get("t", read)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).message).toBe("RunAPI answered 503 without an explanation.");
    expect(server.requests).toHaveLength(2);
  });

  it("end a slow trickle at the attempt's timeout, naming the answer's request id", async () => {
    const server = await startScriptedServer(() => (response) => {
      response.writeHead(200, { "content-type": "application/json", "x-request-id": "req_trickle" });
      response.write("{");
      const drip = setInterval(() => response.write(" "), 20);
      response.once("close", () => clearInterval(drip));
    });
    close = server.close;
    const error = await testClient({ apiKey: "k", baseURL: server.url, timeout: 300, maxRetries: 0 })
      .get("t", read)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ requestId: "req_trickle" });
    const client = testClient({ apiKey: "k", baseURL: server.url, timeout: 300, maxRetries: 0 });
    await expect(client.files.download(`${server.url}/o.png`)).rejects.toBeInstanceOf(TimeoutError);
    const stream = await client.files.download(`${server.url}/o.png`, { as: "stream" });
    await expect(drain(stream)).rejects.toBeInstanceOf(TimeoutError);
  });

  it("refuse a bound that is not a positive number before sending anything", async () => {
    const server = await startScriptedServer(() => ({ status: 200, body: "{}" }));
    close = server.close;
    for (const bad of [0, -1, Number.NaN, "16MB"]) {
      for (const client of [
        testClient({ apiKey: "k", baseURL: server.url, maxResponseBytes: bad as number }),
        testClient({ apiKey: "k", baseURL: server.url }),
      ]) {
        const error = await client.get("t", { ...read, maxResponseBytes: bad as number }).catch((e) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as Error).message).toBe(
          `maxResponseBytes must be a positive number of bytes (Infinity for no bound), not ${String(bad)}`,
        );
      }
      const download = await testClient({ apiKey: "k", baseURL: server.url })
        .files.download(`${server.url}/o.png`, { maxDownloadBytes: bad as number })
        .catch((e: unknown) => e);
      expect((download as ValidationError).issues?.[0]?.path).toBe("maxDownloadBytes");
    }
    expect(server.requests).toHaveLength(0);
  });
});

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  return bytes;
}

describe("downloads", () => {
  it("stop at maxDownloadBytes as bytes, as a stream and to a path, leaving no file", async () => {
    const { server, written } = await serving(endless(1024 * MiB, { "content-type": "image/png" }));
    const client = testClient({ apiKey: "k", baseURL: server.url, maxDownloadBytes: 2 * MiB });
    const url = `${server.url}/out/0.png?sig=secret`;
    const bytes = await client.files.download(url).catch((e: unknown) => e);
    expect(bytes).toBeInstanceOf(ResponseTooLargeError);
    expect((bytes as Error).message).toBe(
      `GET ${server.url}/out/0.png answered more than maxDownloadBytes allows (2 MiB): the read stopped there. Raise maxDownloadBytes (on the client or the call) if an answer this large is expected.`,
    );
    const stream = await client.files.download(url, { as: "stream", maxDownloadBytes: MiB });
    const streamError = await drain(stream).catch((e: unknown) => e);
    expect(streamError).toMatchObject({ name: "ResponseTooLargeError", maxBytes: MiB });
    const output = { url, download: (options: object) => client.files.download(url, options as never) };
    const target = join(dir, "too-large", "0.png");
    await expect(downloadToPath(output, target)).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(readdirSync(join(dir, "too-large"))).toEqual([]);
    // Never retried, and each stopped early.
    expect(server.requests).toHaveLength(3);
    for (const bytesWritten of await Promise.all(written))
      expect(bytesWritten).toBeLessThan(2 * MiB + IN_FLIGHT);
  });

  it("are retried when cut short, to a path too, and end in a typed error when retries run out", async () => {
    const image = new Uint8Array(3 * MiB).map((_, i) => i % 251);
    // The first answer of each pair is cut after 1 MiB; the second is whole.
    const server = await startScriptedServer((_, index) => (response) => {
      response.writeHead(200, { "content-type": "image/png", "content-length": image.byteLength });
      if (index % 2 === 1) return response.end(image);
      response.write(image.subarray(0, MiB), () => response.destroy());
    });
    close = server.close;
    const client = testClient({ apiKey: "k", baseURL: server.url });
    const url = `${server.url}/out/0.png`;
    const output = { url, download: (options: object) => client.files.download(url, options as never) };
    const target = join(dir, "retried", "0.png");
    expect(await downloadToPath(output, target)).toBe(target);
    expect(readFileSync(target).equals(image)).toBe(true);
    expect(Buffer.from(await client.files.download(url)).equals(image)).toBe(true);
    expect(server.requests).toHaveLength(4);

    const cut = await startScriptedServer(() => (response) => {
      response.writeHead(200, { "content-type": "image/png", "content-length": image.byteLength });
      response.write(image.subarray(0, MiB), () => response.destroy());
    });
    try {
      const cutUrl = `${cut.url}/out/0.png`;
      const failing = { download: (options: object) => client.files.download(cutUrl, options as never) };
      const lost = join(dir, "lost", "0.png");
      const error = await downloadToPath(failing, lost, { maxRetries: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as Error).message).toMatch(new RegExp(`^Could not reach ${cut.url}/out/0.png: `));
      expect(existsSync(lost)).toBe(false);
      expect(cut.requests).toHaveLength(2);
      // A stream handed to the caller cannot be retried, but its failure is typed too.
      const stream = await client.files.download(cutUrl, { as: "stream" });
      await expect(drain(stream)).rejects.toBeInstanceOf(ConnectionError);
      expect(cut.requests).toHaveLength(3);
    } finally {
      await cut.close();
    }
  });
});
