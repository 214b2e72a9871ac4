import type { WithResponse } from "../http/with-response.js";
import { ApiPromise } from "./api-promise.js";
import { type ListPage, PagePromise } from "./page-promise.js";

/**
 * An object whose methods load their module on first call (`import()`), so an app that never calls them never
 * loads their code: `names` are functions the module exports, called with `context` and the method's
 * arguments, each answering data with its response. `lists` are such functions that answer one page of a list
 * for a query (its first argument) with `after`: their methods return a `PagePromise` over every page.
 */
export function lazily<T, M>(
  load: () => Promise<M>,
  context: unknown,
  names: readonly (keyof M & string)[],
  lists: readonly (keyof M & string)[] = [],
): T {
  const call = <R>(name: keyof M, args: unknown[]) =>
    load().then((module) =>
      (module[name] as (...args: unknown[]) => Promise<WithResponse<R>>)(context, ...args),
    );
  const api: Record<string, unknown> = {};
  for (const name of names) api[name] = (...args: unknown[]) => new ApiPromise(call(name, args));
  for (const name of lists) {
    api[name] = (query: object = {}, ...rest: unknown[]) =>
      new PagePromise((after) =>
        call<ListPage<unknown>>(name, [after ? { ...query, after } : query, ...rest]),
      );
  }
  return api as T;
}
