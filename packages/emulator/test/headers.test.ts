import { createHash } from "node:crypto";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";

const TEXT = "/api/v1/flux_2/text_to_image";

describe("headers on every answer", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      taskDurationMs: 0,
      accounts: [
        { apiKey: "rk_rich", balanceCents: 1000 },
        { apiKey: "rk_poor", balanceCents: 1 },
        { apiKey: "rk_busy", balanceCents: 1000 },
      ],
      rateLimit: { requestsPerSecond: 1000, burst: 1000 },
      maxUploadBytes: 16,
    });
  });
  afterAll(() => emulator.close());

  it("puts x-request-id on every status the emulator answers, X-Client-Request-Id echoed, task ids where a task exists", async () => {
    const headers = (key = "rk_rich") => ({
      authorization: `Bearer ${key}`,
      "content-type": "application/json",
      "x-client-request-id": "trace-1",
    });
    const post = (path: string, body: unknown, key?: string) =>
      fetch(emulator.url + path, { method: "POST", headers: headers(key), body: JSON.stringify(body) });
    const get = (path: string, extra: Record<string, string> = {}) =>
      fetch(emulator.url + path, { headers: { ...headers(), ...extra } });

    const created = await post(TEXT, { model: "flux-2-pro-text-to-image", prompt: "headers" });
    const { id } = (await created.clone().json()) as any;
    const task = await get(`${TEXT}/${id}`);
    const image = await fetch(((await task.clone().json()) as any).images[0].url);
    const schedules = await get("/api/v1/price_schedules");
    const notModified = await get("/api/v1/price_schedules", {
      "if-none-match": schedules.headers.get("etag")!,
    });
    const prepared = (await (
      await post("/api/v1/files/prepare", {
        filename: "a.txt",
        byte_size: 3,
        checksum: createHash("md5").update("abc").digest("base64"),
        content_type: "text/plain",
      })
    ).json()) as any;
    const uploaded = await fetch(prepared.upload_url, {
      method: "PUT",
      headers: prepared.headers,
      body: "abc",
    });

    const answers: Record<string, Response> = {
      created,
      task,
      image,
      me: await get("/api/v1/me"),
      balance: await get("/api/v1/me/balance"),
      schedules,
      notModified,
      quote: await post("/api/v1/price_quotes", { model: "flux-2-pro-text-to-image" }),
      uploaded,
      confirmed: await post("/api/v1/files/confirm", { signed_id: prepared.signed_id }),
      unauthorized: await fetch(emulator.url + TEXT, {
        method: "POST",
        headers: { "x-client-request-id": "trace-1" },
      }),
      insufficient: await post(TEXT, { model: "flux-2-pro-text-to-image", prompt: "poor" }, "rk_poor"),
      invalid: await post(TEXT, { model: "flux-2-pro-text-to-image" }),
      tooLarge: await post("/api/v1/files", { source: { type: "base64", data: "a".repeat(40) } }),
      notFound: await get("/api/v1/nowhere"),
    };
    expect(
      Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, answer.status])),
    ).toEqual({
      created: 200,
      task: 200,
      image: 200,
      me: 200,
      balance: 200,
      schedules: 200,
      notModified: 304,
      quote: 200,
      uploaded: 204,
      confirmed: 200,
      unauthorized: 401,
      insufficient: 402,
      invalid: 422,
      tooLarge: 413,
      notFound: 404,
    });
    const requestIds = new Set<string>();
    for (const [name, answer] of Object.entries(answers)) {
      const requestId = answer.headers.get("x-request-id");
      expect(requestId, name).toMatch(/^req_[0-9a-f]{24}$/);
      requestIds.add(requestId!);
      if (name !== "image" && name !== "uploaded") {
        expect(answer.headers.get("x-client-request-id"), name).toBe("trace-1");
      }
    }
    expect(requestIds.size).toBe(Object.keys(answers).length);
    for (const name of ["created", "task", "image"]) {
      expect(answers[name]!.headers.get("x-runapi-task-id"), name).toBe(id);
    }
    for (const name of ["me", "balance", "quote", "insufficient", "invalid"]) {
      expect(answers[name]!.headers.get("x-runapi-task-id"), name).toBeNull();
    }
  });

  it("puts x-request-id on a 429 too", async () => {
    const limited = await startEmulator({ port: 0, rateLimit: { requestsPerSecond: 1 } });
    try {
      const get = () =>
        fetch(`${limited.url}/api/v1/me`, { headers: { authorization: `Bearer ${limited.apiKey}` } });
      await get();
      const refused = await get();
      expect(refused.status).toBe(429);
      expect(refused.headers.get("x-request-id")).toMatch(/^req_/);
      expect(refused.headers.get("retry-after")).toBe("1");
    } finally {
      await limited.close();
    }
  });
  it("answers what the HTTP parser refuses in the API's error shape, with a request id", async () => {
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(emulator.url).port), "127.0.0.1");
        let text = "";
        socket.on("data", (chunk) => {
          text += chunk.toString("utf8");
        });
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
        socket.write(request);
      });
    for (const [answer, status, code] of [
      [
        await raw(`GET /api/v1/me HTTP/1.1\r\nhost: x\r\nx-big: ${"a".repeat(20_000)}\r\n\r\n`),
        431,
        "headers_too_large",
      ],
      [await raw("NOT A REQUEST\r\n\r\n"), 400, "bad_request"],
    ] as const) {
      expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(answer).toMatch(/\r\nx-request-id: req_[0-9a-f]+\r\n/);
      const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/\S/);
    }
  });
});
