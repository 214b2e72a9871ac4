import { AbortError } from "../errors/error-ladder.js";

/** The SDK's AbortError for the caller's signal, with its reason as the cause. */
export const abortError = (signal: AbortSignal | undefined) =>
  new AbortError("Aborted by the caller's signal.", { cause: signal?.reason });

/** Throws the SDK's AbortError when the caller's signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** Waits `ms`, or stops early with an AbortError when `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}
