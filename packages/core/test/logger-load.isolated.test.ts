import { afterEach, describe, expect, it, vi } from "vitest";
import { startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

// The log writer is a module of its own that a client which logs loads with import(): here it fails to load,
// as a browser chunk does once a deploy has replaced it.
vi.mock("../src/logging/request-logger.js", () => {
  throw new Error("Failed to fetch dynamically imported module: logger-5WKICRF7.js");
});

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("a log writer that fails to load", () => {
  it("leaves requests working, unlogged, and tells the logger once", async () => {
    const server = await startScriptedServer(() => ({
      status: 200,
      body: JSON.stringify({ id: "t", status: "processing" }),
    }));
    close = server.close;
    const lines: [string, string][] = [];
    const at = (level: string) => (message: string) => void lines.push([level, message]);
    const client = testClient({
      apiKey: "k",
      baseURL: server.url,
      logLevel: "debug",
      logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") },
    });
    const first = await client.get("t", { model: "test-model" });
    const second = await client.get("t", { model: "test-model" });
    expect([first.status, second.status]).toEqual(["processing", "processing"]);
    expect(server.requests).toHaveLength(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[0]).toBe("error");
    expect(lines[0]?.[1]).toMatch(/^\[runapi\] logging is off: .*logger/);
  });

  it("never rejects unhandled in a client that makes no request", async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", listen);
    const lines: string[] = [];
    const sink = (message: string) => void lines.push(message);
    testClient({
      apiKey: "k",
      logLevel: "info",
      logger: { debug: sink, info: sink, warn: sink, error: sink },
    });
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off("unhandledRejection", listen);
    expect(unhandled).toEqual([]);
  });
});
