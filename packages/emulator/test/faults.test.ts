import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, type FaultKind, startEmulator } from "../src/index.ts";

const TEXT = "/api/v1/flux_2/text_to_image";
const BODY = { model: "flux-2-pro-text-to-image", prompt: "a windmill" };

function create(emulator: Emulator, headers: Record<string, string> = {}) {
  return fetch(emulator.url + TEXT, {
    method: "POST",
    headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json", ...headers },
    body: JSON.stringify(BODY),
  });
}

const read = (emulator: Emulator, id: string) =>
  fetch(`${emulator.url}${TEXT}/${id}`, { headers: { authorization: `Bearer ${emulator.apiKey}` } });

/** What a client saw: the status, or how the exchange broke. */
async function outcome(response: Promise<Response>): Promise<string> {
  try {
    const answer = await response;
    await answer.text();
    return String(answer.status);
  } catch {
    return "broken";
  }
}

describe("faults on demand", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, taskDurationMs: 1_000_000 });
  });
  afterEach(() => emulator.faults.clear());
  afterAll(() => emulator.close());

  it("status: answers the status with a JSON error, Retry-After headers and request ids, creating nothing", async () => {
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "status", status: 503, retryAfter: "2" } });
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "status", status: 429, retryAfterMs: 1 } });
    emulator.faults.add({
      route: `POST ${TEXT}`,
      fault: { kind: "status", status: 500, code: "overloaded" },
    });
    const count = emulator.tasksCreated();

    const unavailable = await create(emulator, { "x-client-request-id": "cli-7" });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("content-type")).toBe("application/json");
    expect(unavailable.headers.get("retry-after")).toBe("2");
    expect(unavailable.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{24}$/);
    expect(unavailable.headers.get("x-client-request-id")).toBe("cli-7");
    expect(await unavailable.json()).toEqual({
      error: {
        code: "service_unavailable",
        message: "503 Service Unavailable (a fault injected by the emulator).",
      },
    });

    const limited = await create(emulator);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after-ms")).toBe("1");
    expect(limited.headers.get("retry-after")).toBeNull();
    expect(((await limited.json()) as any).error.code).toBe("rate_limited");

    const custom = await create(emulator);
    expect(custom.status).toBe(500);
    expect(((await custom.json()) as any).error.code).toBe("overloaded");

    expect(emulator.tasksCreated()).toBe(count);
    expect(emulator.requests.slice(-3).map((request) => request.fault)).toEqual([
      "status",
      "status",
      "status",
    ]);
  });

  it("applies before auth: a fault fires for a request that would be refused", async () => {
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "status", status: 503 } });
    const unauthenticated = await fetch(emulator.url + TEXT, { method: "POST", body: "{not json" });
    expect(unauthenticated.status).toBe(503);
    expect((await fetch(emulator.url + TEXT, { method: "POST" })).status).toBe(401);
  });

  it("reset-before: the connection drops and no task is created", async () => {
    emulator.faults.add({ route: "*", fault: { kind: "reset-before" } });
    const count = emulator.tasksCreated();
    const recorded = emulator.requests.length;
    await expect(create(emulator)).rejects.toThrow();
    expect(emulator.tasksCreated()).toBe(count);
    expect(emulator.requests).toHaveLength(recorded + 1);
    expect(emulator.requests.at(-1)).toMatchObject({ method: "POST", body: BODY, fault: "reset-before" });
  });

  it("reset-after: the connection drops after the task is created; a retry with the key replays it", async () => {
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "reset-after" } });
    const count = emulator.tasksCreated();
    await expect(create(emulator, { "idempotency-key": "after-reset" })).rejects.toThrow();
    expect(emulator.tasksCreated()).toBe(count + 1);

    const retry = await create(emulator, { "idempotency-key": "after-reset" });
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as any).task_replayed).toBe(true);
    expect(emulator.tasksCreated()).toBe(count + 1);
  });

  it("slow-headers: answers normally after the delay", async () => {
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "slow-headers", delayMs: 150 } });
    const startedAt = performance.now();
    const slow = await create(emulator);
    const waited = performance.now() - startedAt;
    // Timers never fire early; a millisecond of slack covers rounding between the two clocks.
    expect(waited).toBeGreaterThanOrEqual(149);
    expect(slow.status).toBe(200);
    expect(((await slow.json()) as any).id).toMatch(/^[0-9a-f]{8}-[0-9a-f-]{27}$/);
  });

  it("cut-body: headers arrive with the full length, then reading the body fails", async () => {
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "cut-body" } });
    const count = emulator.tasksCreated();
    const cut = await create(emulator);
    expect(cut.status).toBe(200);
    expect(Number(cut.headers.get("content-length"))).toBeGreaterThan(50);
    expect(cut.headers.get("x-request-id")).toMatch(/^req_/);
    await expect(cut.text()).rejects.toThrow();
    expect(emulator.tasksCreated()).toBe(count + 1);
  });

  it("malformed-json: a 200 application/json answer whose body does not parse", async () => {
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "malformed-json" } });
    const count = emulator.tasksCreated();
    const malformed = await create(emulator);
    expect(malformed.status).toBe(200);
    expect(malformed.headers.get("content-type")).toBe("application/json");
    const text = await malformed.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(emulator.tasksCreated()).toBe(count + 1);
  });

  it("html-error: a proxy's HTML page, 502 unless told, and nothing performed", async () => {
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "html-error" } });
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "html-error", status: 504 } });
    const count = emulator.tasksCreated();
    for (const [status, title] of [
      [502, "502 Bad Gateway"],
      [504, "504 Gateway Timeout"],
    ] as const) {
      const page = await create(emulator);
      expect(page.status).toBe(status);
      expect(page.headers.get("content-type")).toBe("text/html");
      expect(page.headers.get("x-request-id")).toMatch(/^req_/);
      expect(await page.text()).toMatch(new RegExp(`^<html>[\\s\\S]*<h1>${title}</h1>`));
    }
    expect(emulator.tasksCreated()).toBe(count);
  });

  it("wrong-content-type: a 200 text/plain answer", async () => {
    emulator.faults.add({ route: `POST ${TEXT}`, fault: { kind: "wrong-content-type" } });
    const plain = await create(emulator);
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await plain.text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(text).toBe("OK\n");
  });

  it("honours times, then answers normally; rules apply in the order added", async () => {
    emulator.faults.add({ route: `POST ${TEXT}`, times: 2, fault: { kind: "status", status: 503 } });
    emulator.faults.add({ route: "*", fault: { kind: "status", status: 500 } });
    expect(emulator.faults.pending()).toBe(3);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const answer = await create(emulator);
      await answer.arrayBuffer();
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([503, 503, 500, 200]);
    expect(emulator.faults.pending()).toBe(0);
    expect(emulator.requests.at(-1)!.fault).toBeUndefined();
  });

  it("matches routes by method and path, a trailing * as any rest, and * as everything", async () => {
    const created = (await (await create(emulator)).json()) as { id: string };
    emulator.faults.add({
      route: `GET ${TEXT}/*`,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: "status", status: 502 },
    });
    expect(emulator.faults.pending()).toBe(Number.POSITIVE_INFINITY);
    expect((await read(emulator, created.id)).status).toBe(502);
    expect((await read(emulator, `${created.id}?fresh=1`)).status).toBe(502); // the query is not the path
    expect((await create(emulator)).status).toBe(200); // another method
    expect((await fetch(`${emulator.url}/api/v1/flux_2/image_to_image/x`)).status).toBe(401); // another path

    emulator.faults.clear();
    expect(emulator.faults.pending()).toBe(0);
    emulator.faults.add({ route: `POST ${TEXT}/extra`, fault: { kind: "status", status: 500 } });
    expect((await create(emulator)).status).toBe(200); // an exact route matches only itself
    emulator.faults.clear();

    emulator.faults.add({ route: "*", times: 2, fault: { kind: "status", status: 503 } });
    expect((await fetch(`${emulator.url}/files/${created.id}/0.png`)).status).toBe(503);
    expect((await fetch(`${emulator.url}/nowhere`, { method: "DELETE" })).status).toBe(503);
    expect((await fetch(`${emulator.url}/nowhere`)).status).toBe(404);
  });

  it("rejects malformed rules where they are added", () => {
    const { faults } = emulator;
    expect(() => faults.add({ route: "POST", fault: { kind: "reset-before" } })).toThrow(
      /Invalid fault route/,
    );
    expect(() => faults.add({ route: "*", fault: { kind: "status", status: 200 } })).toThrow(/400 to 599/);
    expect(() => faults.add({ route: "*", times: 0, fault: { kind: "cut-body" } })).toThrow(/times/);
    expect(() => faults.add({ route: "*", fault: { kind: "slow-headers", delayMs: -1 } })).toThrow(/delayMs/);
    expect(() => faults.add({ route: "*", fault: { kind: "nope" } as unknown as FaultKind })).toThrow(
      /unknown kind/,
    );
    expect(() => faults.random({ seed: 1, rate: 2 })).toThrow(/rate/);
    expect(faults.pending()).toBe(0);
  });

  it("random: the same seed replays the same faults over 50 requests, another seed differs", async () => {
    const run = async (seed: number) => {
      emulator.faults.random({ seed, rate: 0.5 });
      const from = emulator.requests.length;
      for (let index = 0; index < 50; index++) await outcome(read(emulator, `task_${index}`));
      return emulator.requests.slice(from).map((request) => request.fault ?? "-");
    };
    const first = await run(42);
    const again = await run(42);
    const other = await run(43);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    // A real mix: several kinds, and clean requests in between.
    expect(new Set(first).size).toBeGreaterThan(4);
    expect(first).toContain("-");
  });

  it("random: respects rate, kinds and routes; explicit rules come first", async () => {
    emulator.faults.random({
      seed: 1,
      rate: 1,
      kinds: [{ kind: "status", status: 503 }],
      routes: `GET ${TEXT}/*`,
    });
    expect((await read(emulator, "task_x")).status).toBe(503);
    expect((await create(emulator)).status).toBe(200);
    emulator.faults.add({ route: `GET ${TEXT}/*`, fault: { kind: "html-error" } });
    expect((await read(emulator, "task_x")).status).toBe(502);
    expect((await read(emulator, "task_x")).status).toBe(503);

    emulator.faults.random({ seed: 1, rate: 0 });
    expect((await read(emulator, "task_x")).status).toBe(404);
    emulator.faults.random({ seed: 1, rate: 1, kinds: [{ kind: "status", status: 500 }] });
    emulator.faults.clear(); // the random mix goes too
    expect((await read(emulator, "task_x")).status).toBe(404);
  });

  it("installs EmulatorOptions.faults at start", async () => {
    const faulty = await startEmulator({
      port: 0,
      faults: [{ route: `POST ${TEXT}`, times: 2, fault: { kind: "status", status: 429, retryAfter: "1" } }],
    });
    try {
      expect(faulty.faults.pending()).toBe(2);
      const limited = await create(faulty);
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("1");
      expect(faulty.faults.pending()).toBe(1);
    } finally {
      await faulty.close();
    }
    await expect(
      startEmulator({ port: 0, faults: [{ route: "nope", fault: { kind: "reset-before" } }] }),
    ).rejects.toThrow(/Invalid fault route/);
  });

  it("close() does not wait for a slow answer still pending", async () => {
    const slow = await startEmulator({
      port: 0,
      faults: [{ route: "*", fault: { kind: "slow-headers", delayMs: 60_000 } }],
    });
    const pending = outcome(fetch(`${slow.url}/nowhere`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const startedAt = performance.now();
    await slow.close();
    expect(performance.now() - startedAt).toBeLessThan(1000);
    expect(await pending).toBe("broken");
  });
});
