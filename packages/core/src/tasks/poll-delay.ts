/**
 * How long to sleep before the next read when the server gave no hint: a fifth of the time waited so far,
 * within `minDelay`…`maxDelay`. With no word on when a task ends, the answer is at most a fifth late (relative
 * to the wait) and no read comes sooner than `minDelay`: with the defaults, a task is read every 2 s for its
 * first 10 s, as often as the official SDKs' fixed 2 s poll and never more, then less and less often, every
 * 5 s from 25 s on.
 */
export const pollDelay = (waitedMs: number, minDelay: number, maxDelay: number): number =>
  Math.min(Math.max(waitedMs / 5, minDelay), maxDelay);
