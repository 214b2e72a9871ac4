import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WaitTimeoutError } from "../errors/error-ladder.js";
import { watchTask } from "./watch-task.js";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

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
