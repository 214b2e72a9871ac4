import { describe, expect, it } from "vitest";
import { pollDelay } from "./poll-delay.js";
import { DEFAULT_MAX_DELAY_MS, DEFAULT_MIN_DELAY_MS } from "./watch-task.js";

describe("pollDelay (the schedule without a server hint)", () => {
  const [minDelay, maxDelay] = [DEFAULT_MIN_DELAY_MS, DEFAULT_MAX_DELAY_MS];
  /** How many reads a task lasting `durationMs` takes, and how late the last one is after it ended. */
  function waitFor(durationMs: number): { reads: number; lateMs: number } {
    let at = minDelay;
    let reads = 1;
    while (at < durationMs) {
      at += pollDelay(at, minDelay, maxDelay);
      reads++;
    }
    return { reads, lateMs: at - durationMs };
  }

  it("is minDelay for the first five minDelays, a fifth of the time waited after, and at most maxDelay", () => {
    expect(pollDelay(0, minDelay, maxDelay)).toBe(2000);
    expect(pollDelay(10_000, minDelay, maxDelay)).toBe(2000);
    expect(pollDelay(15_000, minDelay, maxDelay)).toBe(3000);
    expect(pollDelay(25_000, minDelay, maxDelay)).toBe(5000);
    expect(pollDelay(3_600_000, minDelay, maxDelay)).toBe(5000);
  });

  it("never reads more often than a fixed minDelay poll, and is late by at most a fifth of the task", () => {
    for (let durationMs = 100; durationMs <= 300_000; durationMs += 100) {
      const { reads, lateMs } = waitFor(durationMs);
      const fixedPollReads = Math.ceil(durationMs / minDelay);
      expect(reads, `${durationMs} ms`).toBeLessThanOrEqual(fixedPollReads);
      expect(lateMs, `${durationMs} ms`).toBeLessThanOrEqual(
        Math.max(minDelay, Math.min(durationMs / 5, maxDelay)),
      );
    }
    // Fewer reads on long tasks: 60 s takes 17 reads rather than 30.
    expect(waitFor(60_000).reads).toBeLessThan(20);
  });
});
