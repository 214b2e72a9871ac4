import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WaitTimeoutError } from "../errors/error-ladder.js";
import { watchTask } from "./watch-task.js";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A read that answers the task unchanged, at once. */
const unchanged =
  <T>(task: T) =>
  async () => ({ data: task, response: new Response(null) });

describe("watchTask at its deadline", () => {
  const task = { id: "task_1", status: "processing" };
  it.each([
    [200, "0.2 s"],
    [1_500, "1.5 s"],
    [9_940, "9.9 s"],
    [9_960, "10 s"],
    [61_400, "61 s"],
  ])("throws WaitTimeoutError saying how long it waited (%i ms), with the last task", async (ms, said) => {
    const watching = (async () => {
      for await (const _ of watchTask(task, unchanged(task), { timeout: ms, minDelay: 100, maxDelay: 100 }));
    })();
    const error = watching.catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(ms);
    const thrown = await error;
    expect(thrown).toBeInstanceOf(WaitTimeoutError);
    expect((thrown as Error).message).toBe(
      `Task task_1 was still processing after ${said}; call wait() again with the task to keep waiting.`,
    );
    expect(thrown).toMatchObject({ taskId: "task_1", lastTask: task });
  });
});
