/** An attempt's timeout: when it is due, and what to do then. */
interface Deadline {
  at: number;
  expire(): void;
}

// Every deadline in flight shares one timer, set for the earliest: arming and clearing a timer per request cost
// about 3% of a loopback request (bench/, request overhead). The timer is unref'd, so an idle client never keeps
// Node alive; a request in flight keeps it alive by its socket.
const deadlines = new Set<Deadline>();
let sharedTimer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;

/** Expires the deadlines that are due and sets the timer for the earliest of the others. */
function schedule() {
  const now = Date.now();
  let next = Infinity;
  for (const deadline of deadlines) {
    if (deadline.at > now) next = Math.min(next, deadline.at);
    else {
      deadlines.delete(deadline);
      deadline.expire();
    }
  }
  clearTimeout(sharedTimer);
  timerAt = next;
  if (next < Infinity) {
    // setTimeout fires at once past 2^31 - 1 ms; a far deadline is simply looked at again then.
    sharedTimer = setTimeout(schedule, Math.min(next - now, 2 ** 31 - 1));
    (sharedTimer as { unref?: () => void }).unref?.();
  }
}

/**
 * Links a caller's signal and a timeout into one controller. `release` removes the listener and the
 * deadline, so a long-lived caller signal does not collect one listener per request.
 */
export function linkAbort(signal: AbortSignal | undefined, timeoutMs: number | undefined) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  // A signal that has already fired never fires again: the controller starts aborted.
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  const deadline: Deadline | undefined = Number.isFinite(timeoutMs)
    ? {
        at: Date.now() + (timeoutMs as number),
        expire() {
          timedOut = true;
          controller.abort();
        },
      }
    : undefined;
  if (deadline) {
    deadlines.add(deadline);
    if (deadline.at < timerAt) schedule();
  }
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    release() {
      if (deadline) deadlines.delete(deadline);
      signal?.removeEventListener("abort", onAbort);
    },
  };
}
