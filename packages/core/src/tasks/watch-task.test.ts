import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WaitTimeoutError } from "../errors/error-ladder.js";
import { watchTask } from "./watch-task.js";

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A read that answers the task unchanged, at once. */
const unchanged =
  <T>(task: T) =>
  async () => ({ data: task, response: new Response(null) });

describe("WaitTimeoutError", () => {
  const task = { id: "task_1", status: "processing" };
  it.each([
    [200, "0.2 s"],
    [1_500, "1.5 s"],
    [9_940, "9.9 s"],
    [9_960, "10 s"],
    [61_400, "61 s"],
  ])(
    "says how long it waited (%i ms) as a person reads it, built by the caller or by wait",
    async (ms, said) => {
      const expected = `Task task_1 was still processing after ${said}; call wait() again with the task to keep waiting.`;
      expect(new WaitTimeoutError(task, ms).message).toBe(expected);
      const watching = (async () => {
        for await (const _ of watchTask(task, unchanged(task), {
          timeout: ms,
          minDelay: 100,
          maxDelay: 100,
        }));
      })();
      const error = watching.catch((caught: unknown) => caught);
      await vi.advanceTimersByTimeAsync(ms);
      const fromWait = await error;
      expect(fromWait).toBeInstanceOf(WaitTimeoutError);
      expect((fromWait as Error).message).toBe(expected);
      expect(fromWait).toMatchObject({ taskId: "task_1", lastTask: task });
    },
  );
});

describe("watchTask's schedule without a server hint", () => {
  it("reads every minDelay at first, then after a fifth of the time waited, up to maxDelay", async () => {
    const began = Date.now();
    const readAt: number[] = [];
    let reads = 0;
    const read = async () => {
      readAt.push(Date.now() - began);
      const status = ++reads < 14 ? "processing" : "completed";
      return { data: { id: "task_1", status }, response: new Response(null) };
    };
    const watching = (async () => {
      for await (const _ of watchTask({ id: "task_1", status: "processing" }, read, {
        minDelay: 20,
        maxDelay: 60,
      }));
    })();
    await vi.advanceTimersByTimeAsync(1_000);
    await watching;
    expect(readAt).toHaveLength(14);
    const gaps = readAt.slice(1).map((at, i) => at - (readAt[i] as number));
    // Reads at about 20, 40, 60, 80, 100, 120, 144, 173, 207, 247, 307, 367… ms: the gaps grow, and stop at maxDelay.
    expect(readAt[0]).toBeGreaterThanOrEqual(20);
    expect(readAt[0]).toBeLessThanOrEqual(22); // the first sleep's jitter: up to a tenth more
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...gaps.slice(0, 4))).toBeLessThan(40);
    // At maxDelay, within the millisecond the clock counts in.
    for (const gap of gaps.slice(-3)) expect(Math.abs(gap - 60)).toBeLessThanOrEqual(1);
  });
});

describe("watchTask's progress", () => {
  /** A read that answers the statuses in turn (the last one from then on), with `headers` on every answer. */
  const reading = (statuses: string[], headers: Record<string, string> = {}) => {
    let reads = 0;
    return async () => {
      const status = statuses[Math.min(reads++, statuses.length - 1)] as string;
      return { data: { id: "task_1", status }, response: new Response(null, { headers }) };
    };
  };

  /** Watches to the end, keeping each value yielded and each progress reported, and the error it ended with. */
  async function watchAll(read: ReturnType<typeof reading>, options: Parameters<typeof watchTask>[2]) {
    vi.spyOn(Math, "random").mockReturnValue(0); // no jitter on the first sleep
    const yielded: string[] = [];
    const reported: [string, object][] = [];
    const watching = (async () => {
      for await (const update of watchTask({ id: "task_1", status: "processing" }, read, {
        ...options,
        onProgress: (task, progress) => reported.push([task.status, progress]),
      }))
        yielded.push(update.status);
    })().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);
    return { yielded, reported, error: await watching };
  }

  it("reports and yields every read: reads so far, the next read's delay, whether the status changed", async () => {
    const { yielded, reported, error } = await watchAll(
      reading(["pending", "processing", "processing", "completed"]),
      { minDelay: 100, maxDelay: 100 },
    );
    expect(error).toBeUndefined();
    expect(reported).toEqual([
      ["pending", { elapsedMs: 100, polls: 1, nextPollInMs: 100, statusChanged: true }],
      ["processing", { elapsedMs: 200, polls: 2, nextPollInMs: 100, statusChanged: true }],
      ["processing", { elapsedMs: 300, polls: 3, nextPollInMs: 100, statusChanged: false }],
      ["completed", { elapsedMs: 400, polls: 4, nextPollInMs: undefined, statusChanged: true }],
    ]);
    expect(yielded).toEqual(["pending", "processing", "processing", "completed"]);
  });

  it("with statusChangesOnly, reports and yields only the reads that change the status, the first included", async () => {
    const { yielded, reported } = await watchAll(
      reading(["processing", "processing", "processing", "completed"]),
      { minDelay: 100, maxDelay: 100, statusChangesOnly: true },
    );
    expect(reported).toEqual([
      ["processing", { elapsedMs: 100, polls: 1, nextPollInMs: 100, statusChanged: true }],
      ["completed", { elapsedMs: 400, polls: 4, nextPollInMs: undefined, statusChanged: true }],
    ]);
    expect(yielded).toEqual(["processing", "completed"]);
  });

  it("gives the server's Retry-After as the next read's delay", async () => {
    const { reported } = await watchAll(reading(["processing", "completed"], { "retry-after-ms": "30" }), {
      minDelay: 100,
      maxDelay: 1_000,
    });
    expect(reported).toEqual([
      ["processing", { elapsedMs: 100, polls: 1, nextPollInMs: 30, statusChanged: true }],
      ["completed", { elapsedMs: 130, polls: 2, nextPollInMs: undefined, statusChanged: true }],
    ]);
  });

  it("never gives a next read past the deadline, nor one at it", async () => {
    const { reported, error } = await watchAll(reading(["processing"]), {
      minDelay: 100,
      maxDelay: 100,
      timeout: 250,
    });
    expect(reported).toEqual([
      ["processing", { elapsedMs: 100, polls: 1, nextPollInMs: 100, statusChanged: true }],
      ["processing", { elapsedMs: 200, polls: 2, nextPollInMs: 50, statusChanged: false }],
      // Read as the deadline came: no read follows.
      ["processing", { elapsedMs: 250, polls: 3, nextPollInMs: undefined, statusChanged: false }],
    ]);
    expect(error).toBeInstanceOf(WaitTimeoutError);
  });

  it("reports a failed task with no next read, then throws", async () => {
    const { yielded, reported, error } = await watchAll(reading(["processing", "failed"]), {
      minDelay: 100,
      maxDelay: 100,
    });
    expect(reported.at(-1)).toEqual([
      "failed",
      { elapsedMs: 200, polls: 2, nextPollInMs: undefined, statusChanged: true },
    ]);
    expect(yielded).toEqual(["processing", "failed"]);
    expect(error).toMatchObject({ name: "TaskFailedError", taskId: "task_1" });
  });
});
