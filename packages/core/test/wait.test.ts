import { afterEach, describe, expect, it } from "vitest";
import {
  AbortError,
  TaskFailedError,
  UnexpectedResponseError,
  ValidationError,
  WaitTimeoutError,
} from "../src/index.js";
import { emulatorWithClient, params } from "./emulator-client.js";
import { type ScriptedAnswer, startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function clientAnswering(script: (index: number) => ScriptedAnswer) {
  const server = await startScriptedServer((_, index) => script(index));
  close = server.close;
  return { client: testClient({ apiKey: "k", baseURL: server.url }), server };
}

const task = (status: string, extra: object = {}, headers: Record<string, string> = {}) => ({
  status: 200,
  headers,
  body: JSON.stringify({ id: "task_1", status, ...extra }),
});
const start = { id: "task_1", model: "test-model" as const };

describe("wait", () => {
  it("polls until completed, reporting every read", async () => {
    const statuses = ["pending", "processing", "processing", "completed"];
    const { client, server } = await clientAnswering((i) =>
      task(statuses[i] ?? "completed", { images: [{ url: "u" }] }),
    );
    const seen: [string, number, boolean, number | undefined][] = [];
    const done = await client.wait(start, {
      minDelay: 5,
      maxDelay: 5,
      onProgress: (t, p) => seen.push([t.status, p.polls, p.statusChanged, p.nextPollInMs]),
    });
    expect(done).toMatchObject({
      id: "task_1",
      status: "completed",
      model: "test-model",
      images: [{ url: "u" }],
    });
    expect(seen).toEqual([
      ["pending", 1, true, 5],
      ["processing", 2, true, 5],
      ["processing", 3, false, 5],
      ["completed", 4, true, undefined],
    ]);
    expect(server.requests.map((r) => r.url)).toEqual(Array(4).fill("/api/v1/test/text_to_image/task_1"));
  });

  it("reports only status changes with statusChangesOnly", async () => {
    const statuses = ["pending", "processing", "processing", "completed"];
    const { client, server } = await clientAnswering((i) => task(statuses[i] ?? "completed"));
    const seen: [string, number, boolean][] = [];
    await client.wait(start, {
      minDelay: 5,
      statusChangesOnly: true,
      onProgress: (t, p) => seen.push([t.status, p.polls, p.statusChanged]),
    });
    expect(seen).toEqual([
      ["pending", 1, true],
      ["processing", 2, true],
      ["completed", 4, true],
    ]);
    expect(server.requests).toHaveLength(4);
  });

  it("raises TaskFailedError with the task's error text as its message, the task id, the last task and the refund", async () => {
    const refund = { refunded_at: "2026-01-01T00:00:00Z" };
    const { client } = await clientAnswering(() =>
      task("failed", { error: "Content policy violation", billing: { refund } }),
    );
    const error = (await client.wait(start, { minDelay: 1 }).catch((e: unknown) => e)) as TaskFailedError;
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toMatchObject({ taskId: "task_1", taskError: "Content policy violation", refund });
    expect(error.code).toBeUndefined();
    expect(error.task).toMatchObject({ id: "task_1", status: "failed" });
    expect(error.message).toBe("Content policy violation");
    expect(String(error)).not.toContain("[object Object]");
  });

  it("reads the older object form of a failed task's error too, code included", async () => {
    const { client } = await clientAnswering(() =>
      task("failed", { error: { code: "nsfw", message: "blocked" } }),
    );
    const error = (await client.wait(start, { minDelay: 1 }).catch((e: unknown) => e)) as TaskFailedError;
    expect(error).toMatchObject({ taskId: "task_1", taskError: "blocked", code: "nsfw", message: "blocked" });
  });

  it("names the task when a failed task gives no reason", async () => {
    const { client } = await clientAnswering(() => task("failed", { error: "  " }));
    const error = (await client.wait(start, { minDelay: 1 }).catch((e: unknown) => e)) as TaskFailedError;
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error.message).toBe("Task task_1 failed and reported no reason");
  });

  it("surfaces an unknown status instead of waiting forever", async () => {
    const { client, server } = await clientAnswering(() => task("exploded"));
    const error = await client.wait(start, { minDelay: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ taskId: "task_1" });
    expect((error as Error).message).toMatch(/task_1.*exploded/);
    expect(server.requests).toHaveLength(1);
  });

  it("gives up at the deadline with WaitTimeoutError, and wait(id) resumes later", async () => {
    let finished = false;
    const { client } = await clientAnswering(() => task(finished ? "completed" : "processing"));
    const error = (await client
      .wait(start, { minDelay: 5, timeout: 60 })
      .catch((e: unknown) => e)) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.taskId).toBe("task_1");
    expect(error.lastTask.status).toBe("processing");
    finished = true;
    const resumed = await client.wait(error.taskId, { model: "test-model", minDelay: 1 });
    expect(resumed).toMatchObject({ id: "task_1", status: "completed" });
  });

  it("stops at once when the signal aborts during a sleep", async () => {
    const { client, server } = await clientAnswering(() => task("processing"));
    const controller = new AbortController();
    const waiting = client.wait(start, { minDelay: 60_000, maxDelay: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("honours Retry-After on a poll over its own delays", async () => {
    const { client } = await clientAnswering((i) =>
      i < 2 ? task("processing", {}, { "retry-after-ms": "10" }) : task("completed"),
    );
    const scheduled: (number | undefined)[] = [];
    // Without the hints each next read would wait minDelay (200 ms) at least; with them, minDelay / 10 (20 ms),
    // the shortest a hint may make it. The task has ended at the third read: nothing is scheduled after it.
    const done = await client.wait(start, {
      minDelay: 200,
      maxDelay: 10_000,
      onProgress: (_, p) => scheduled.push(p.nextPollInMs),
    });
    expect(done.status).toBe("completed");
    expect(scheduled).toEqual([20, 20, undefined]);
  });

  it("reads every minDelay at first, then after a fifth of the time waited, up to maxDelay", async () => {
    const readAt: number[] = [];
    const { client } = await clientAnswering((i) => {
      readAt.push(performance.now());
      return task(i < 13 ? "processing" : "completed");
    });
    await client.wait(start, { minDelay: 20, maxDelay: 60 });
    expect(readAt).toHaveLength(14);
    const gaps = readAt.slice(1).map((at, i) => at - (readAt[i] as number));
    // Reads at about 20, 40, 60, 80, 100, 120, 144, 173, 207, 247, 307, 367… ms: the gaps grow, and stop at
    // maxDelay (the exact schedule, free of a busy machine's delays, is in src/tasks/watch-task.test.ts).
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15);
    expect(Math.min(...gaps.slice(-3))).toBeGreaterThanOrEqual(50);
  });

  it("returns a completed task without a request", async () => {
    const { client, server } = await clientAnswering(() => task("processing"));
    expect((await client.wait({ ...start, status: "completed" })).status).toBe("completed");
    expect(server.requests).toHaveLength(0);
  });

  it("rejects (rather than throws) for an unknown model", async () => {
    const { client } = await clientAnswering(() => task("processing"));
    const waiting = client.wait("task_1", { model: "nope" as "test-model" });
    await expect(waiting).rejects.toThrow("model must be one of: test-model");
  });

  it("asks for the model of a task read by its id alone, and sends nothing", async () => {
    const { client, server } = await clientAnswering(() => task("processing"));
    const asks =
      "model is required to read a task by its id: pass the task create() answered, or the id with { model }, one of: test-model";
    await expect(client.wait("task_1" as never)).rejects.toMatchObject({
      name: "ValidationError",
      message: asks,
      issues: [{ path: "model", message: asks }],
    });
    await expect(client.get("task_1" as never)).rejects.toThrow(asks);
    await expect(client.get("" as never)).rejects.toThrow(
      "id is required: pass the id of a task, as create() returned it",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("refuses ids that are no id before sending: dots, slashes, control characters, lone surrogates", async () => {
    const { client, server } = await clientAnswering(() => task("completed"));
    for (const id of [".", "..", "a/b", "..\\x", "a\u0000b", "a\nb", "\uD800", "x\uDC00"]) {
      const refused = await client.get(id, { model: "test-model" }).catch((e: unknown) => e);
      expect(refused, JSON.stringify(id)).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).issues[0]).toMatchObject({
        path: "id",
        message: `id ${JSON.stringify(id)} cannot be an id (no slashes, dots alone, control characters or broken Unicode): pass the id of a task, as create() returned it`,
      });
      await expect(client.wait(id, { model: "test-model" })).rejects.toBeInstanceOf(ValidationError);
    }
    expect(server.requests).toHaveLength(0);
    // A well-formed surrogate pair and a dot inside an id are fine, sent percent-encoded.
    await client.get("a.b😀", { model: "test-model" });
    expect(server.requests.map((request) => request.url)).toEqual([
      `/api/v1/test/text_to_image/${encodeURIComponent("a.b😀")}`,
    ]);
  });
});

describe("watch", () => {
  it("yields every read and ends with the completed task; with statusChangesOnly, every status change", async () => {
    const statuses = ["processing", "processing", "completed"];
    for (const [statusChangesOnly, expected] of [
      [false, ["processing", "processing", "completed"]],
      [true, ["processing", "completed"]],
    ] as const) {
      const { client, server } = await clientAnswering((i) => task(statuses[i] ?? "completed"));
      const seen: string[] = [];
      for await (const update of client.watch(start, { minDelay: 1, statusChangesOnly }))
        seen.push(update.status);
      expect(seen).toEqual(expected);
      expect(server.requests).toHaveLength(3);
      await server.close();
    }
  });

  it("yields the failed state, then throws TaskFailedError from the loop", async () => {
    const { client } = await clientAnswering((i) =>
      i === 0 ? task("processing") : task("failed", { error: "no" }),
    );
    const seen: string[] = [];
    const loop = async () => {
      for await (const update of client.watch("task_1", { model: "test-model", minDelay: 1 }))
        seen.push(update.status);
    };
    await expect(loop()).rejects.toBeInstanceOf(TaskFailedError);
    expect(seen).toEqual(["processing", "failed"]);
  });
});

describe("run", () => {
  it("keeps the task id on the error when waiting is aborted", async () => {
    const controller = new AbortController();
    // Aborted once the create has been answered, during the wait's first sleep, however slow the machine.
    const { client } = await clientAnswering(() => {
      setTimeout(() => controller.abort(), 50);
      return task("processing");
    });
    const running = client.run(
      { model: "test-model", prompt: "a red fox" },
      { minDelay: 60_000, signal: controller.signal },
    );
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ taskId: "task_1" });
  });

  it("keeps the task id on WaitTimeoutError", async () => {
    const { client } = await clientAnswering(() => task("processing"));
    const error = await client
      .run({ model: "test-model", prompt: "a red fox" }, { minDelay: 5, timeout: 40 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ taskId: "task_1" });
  });
});

describe("wait with the emulator's hints", () => {
  it("reads when the server says the task will end, learning of it at once with two reads", async () => {
    const { emulator, client } = await emulatorWithClient({ taskDurationMs: 1500, pollHints: true });
    try {
      const task = await client().create(params);
      const done = await client().wait(task, { minDelay: 200, maxDelay: 5000 });
      const knownAt = Date.now();
      const reads = emulator.requests.filter((r) => r.method === "GET" && r.path.endsWith(task.id));
      // One read to learn the hint (after minDelay), one when the task has ended.
      expect(reads).toHaveLength(2);
      expect(knownAt - Date.parse(String((done as { completed_at?: string }).completed_at))).toBeLessThan(
        250,
      );
    } finally {
      await emulator.close();
    }
  });

  it("falls back to its own backoff when the server gives no hint", async () => {
    // Off by default: the contract promises Retry-After only on 429 and 503.
    const { emulator, client } = await emulatorWithClient({ taskDurationMs: 600 });
    try {
      const task = await client().create(params);
      const read = await client().get(task).withResponse();
      expect(read.response.headers.get("retry-after")).toBeNull();
      await client().wait(task, { minDelay: 100, maxDelay: 150 });
      const reads = emulator.requests.filter((r) => r.method === "GET" && r.path.endsWith(task.id));
      // A hint would have made it 2 reads; the backoff reads every 100–150 ms over 600 ms.
      expect(reads.length).toBeGreaterThan(3);
    } finally {
      await emulator.close();
    }
  });

  it("never sleeps longer than maxDelay for a hint", async () => {
    const { client, server } = await clientAnswering((i) =>
      i < 1 ? task("processing", {}, { "retry-after": "3600" }) : task("completed"),
    );
    const done = await client.wait(start, { minDelay: 1, maxDelay: 20 });
    expect(done.status).toBe("completed");
    expect(server.requests).toHaveLength(2);
  });
});
