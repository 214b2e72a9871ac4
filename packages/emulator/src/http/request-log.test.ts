import { describe, expect, it } from "vitest";
import { MAX_RECORDED_BODY_BYTES, MAX_RECORDED_BYTES, RequestLog } from "./request-log.js";

const arrived = (path: string, body = "", extra: { method?: string; complete?: boolean } = {}) => ({
  method: extra.method ?? "POST",
  path,
  pathname: path.split("?")[0]!,
  headers: { "content-type": "application/json", "x-repeated": ["a", "b"] },
  bytes: Buffer.from(body),
  complete: extra.complete ?? true,
});

describe("the request log", () => {
  it("keeps the last N requests in one array, oldest first, and counts every one received", () => {
    const log = new RequestLog(3);
    const requests = log.requests;
    for (let i = 0; i < 5; i++) log.record(arrived(`/r/${i}`));
    expect(log.requests).toBe(requests);
    expect(requests.map((request) => request.path)).toEqual(["/r/2", "/r/3", "/r/4"]);
    expect(log.received).toBe(5);
  });

  it("keeps nothing at 0, and still counts", () => {
    const log = new RequestLog(0);
    const record = log.record(arrived("/r", '{"a":1}'));
    expect(record.body).toEqual({ a: 1 });
    expect(log.requests).toEqual([]);
    expect(log.received).toBe(1);
  });

  it("records JSON parsed, other text as text, upload bytes as a Buffer, and one string per header", () => {
    const log = new RequestLog(10);
    log.record(arrived("/json?x=1", '{"prompt":"a fox"}'));
    log.record(arrived("/text", "not json"));
    log.record(arrived("/uploads/su_1", "\x89PNG", { method: "PUT" }));
    log.record(arrived("/empty"));
    const [json, text, upload, empty] = log.requests;
    expect(json).toEqual({
      method: "POST",
      path: "/json?x=1",
      headers: { "content-type": "application/json", "x-repeated": "a, b" },
      body: { prompt: "a fox" },
    });
    expect(text?.body).toBe("not json");
    expect(Buffer.isBuffer(upload?.body)).toBe(true);
    expect(empty?.body).toBeUndefined();
    expect(JSON.stringify(json)).toContain('"body":{"prompt":"a fox"}');
  });

  it("keeps the first 64 KiB of a longer body, as text, marked truncated", () => {
    const log = new RequestLog(10);
    const long = JSON.stringify({ prompt: "x".repeat(MAX_RECORDED_BODY_BYTES * 4) });
    log.record(arrived("/long", long));
    const [record] = log.requests;
    expect(record?.bodyTruncated).toBe(true);
    expect(record?.body).toBe(long.slice(0, MAX_RECORDED_BODY_BYTES));
  });

  it("marks a body refused before it was read whole as truncated, keeping what was read", () => {
    const log = new RequestLog(10);
    log.record(arrived("/refused", "", { complete: false }));
    log.record(arrived("/cut", '{"prompt":', { complete: false }));
    expect(log.requests.map((request) => [request.body, request.bodyTruncated])).toEqual([
      [undefined, true],
      ['{"prompt":', true],
    ]);
  });

  it("holds at most 16 MiB in all, dropping the oldest, whatever the count", () => {
    const log = new RequestLog(100_000);
    const body = "x".repeat(MAX_RECORDED_BODY_BYTES);
    const fits = Math.floor(MAX_RECORDED_BYTES / MAX_RECORDED_BODY_BYTES);
    for (let i = 0; i < fits * 3; i++) log.record(arrived(`/${i}`, body));
    expect(log.received).toBe(fits * 3);
    expect(log.requests.length).toBeLessThan(fits);
    expect(log.requests.length).toBeGreaterThan(fits - 10);
    expect(log.requests.at(-1)?.path).toBe(`/${fits * 3 - 1}`);
  });

  it("counts what many small headers hold against the 16 MiB, not only their characters", () => {
    const log = new RequestLog(100_000);
    const headers = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`h${i}`, "b"]));
    for (let i = 0; i < 300; i++) log.record({ ...arrived(`/${i}`), headers });
    // Each holds about 100 KB in memory, though its characters are 8 KB.
    expect(log.requests.length).toBeLessThan(200);
  });
});
