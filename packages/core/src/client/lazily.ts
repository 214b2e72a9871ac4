import type { WithResponse } from "../http/with-response.js";
import { ApiPromise } from "./api-promise.js";

/**
 * An object whose methods load their module on first call (`import()`), so an app that never calls them never
 * loads their code: `names` are functions the module exports, called with `context` and the method's
 * arguments, each answering data with its response.
 */
export function lazily<T, M>(
  load: () => Promise<M>,
  context: unknown,
  names: readonly (keyof M & string)[],
): T {
  const api: Record<string, unknown> = {};
  for (const name of names) {
    api[name] = (...args: unknown[]) =>
      new ApiPromise(
        load().then((module) =>
          (module[name] as (...args: unknown[]) => Promise<WithResponse<unknown>>)(context, ...args),
        ),
      );
  }
  return api as T;
}
