/**
 * A client made in a web page: this file gives the global scope what a browser's has (`window`, which is the
 * global object, with a `document`; `navigator`), or what a worker's or Deno's has, and runs alone in a fresh
 * context (`*.isolated.test.ts`), so no other file sees them.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "../src/index.js";
import { testClient } from "./test-catalog.js";

const REFUSED =
  "apiKey would be visible to anyone using this page: call RunAPI from your server instead (a route of yours that holds the key), or pass dangerouslyAllowBrowser: true if you accept that anyone using the page can read and spend it";

const scope = globalThis as Record<string, unknown>;
/** The globals a test replaced, as they were (undefined: there was none). */
const replaced = new Map<string, PropertyDescriptor | undefined>();
/** Sets globals for one test; afterEach puts back what was there. */
function define(globals: Record<string, unknown>) {
  for (const [name, value] of Object.entries(globals)) {
    if (!replaced.has(name)) replaced.set(name, Object.getOwnPropertyDescriptor(scope, name));
    Object.defineProperty(scope, name, { value, configurable: true, writable: true });
  }
}
afterEach(() => {
  for (const [name, descriptor] of replaced) {
    if (descriptor) Object.defineProperty(scope, name, descriptor);
    else delete scope[name];
  }
  replaced.clear();
  vi.unstubAllEnvs();
});

const page = () =>
  define({
    window: globalThis,
    document: { nodeType: 9, title: "A page" },
    navigator: { userAgent: "Mozilla/5.0" },
  });

/** What constructing a client throws, or undefined. */
function thrownBy(make: () => unknown): unknown {
  try {
    make();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("a client in a browser", () => {
  it("with a key it is given is refused at construction, saying why and what to do", () => {
    page();
    for (const options of [
      "rk_live_key",
      { apiKey: "rk_live_key" },
      { apiKey: "rk_live_key", dangerouslyAllowBrowser: false },
    ]) {
      const error = thrownBy(() => testClient(options));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ message: REFUSED, issues: [{ path: "apiKey", message: REFUSED }] });
      expect(JSON.stringify(error)).not.toContain("rk_live_key");
    }
  });

  it("with a key from the environment is refused too", () => {
    page();
    vi.stubEnv("RUNAPI_API_KEY", "");
    vi.stubEnv("RUNAPI_KEY", "rk_from_env");
    expect(thrownBy(() => testClient())).toMatchObject({ name: "ValidationError", message: REFUSED });
  });

  it("is made with dangerouslyAllowBrowser: true, and sends its key", async () => {
    page();
    const sent: (string | null)[] = [];
    const client = testClient({
      apiKey: "rk_live_key",
      dangerouslyAllowBrowser: true,
      baseURL: "http://127.0.0.1:9",
      fetch: async (_url, init) => {
        sent.push(new Headers(init?.headers).get("authorization"));
        return Response.json({ id: "task_1", status: "processing" });
      },
    });
    await expect(client.get("task_1", { model: "test-model" })).resolves.toMatchObject({ id: "task_1" });
    expect(sent).toEqual(["Bearer rk_live_key"]);
  });

  it("without a key is made: it holds nothing to hide", () => {
    page();
    vi.stubEnv("RUNAPI_API_KEY", "");
    vi.stubEnv("RUNAPI_KEY", "");
    expect(thrownBy(() => testClient({ apiKey: "  " }))).toBeUndefined();
  });
});

describe("a client elsewhere, with a key", () => {
  it("on a server or an edge runtime (no document) is made", () => {
    // This file runs in Node and again with an edge runtime's globals (whose test environment has a `window`).
    expect(scope.document).toBeUndefined();
    expect(thrownBy(() => testClient("rk_live_key"))).toBeUndefined();
  });

  it("in a worker (self, importScripts, no window) is made", () => {
    define({
      window: undefined,
      self: globalThis,
      importScripts: () => {},
      navigator: { userAgent: "Mozilla/5.0" },
    });
    expect(thrownBy(() => testClient("rk_live_key"))).toBeUndefined();
  });

  it("in Deno 1 (a window without a document) is made", () => {
    define({ window: globalThis, Deno: { version: { deno: "1.46.3" } } });
    expect(thrownBy(() => testClient("rk_live_key"))).toBeUndefined();
  });
});
