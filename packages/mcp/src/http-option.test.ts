import { describe, expect, it } from "vitest";
import { DEFAULT_HTTP_PORT, httpPort } from "./http-option.js";

describe("httpPort", () => {
  it("is stdio without --http, and the default port or --port's with it", () => {
    expect(httpPort(["--families", "flux-2"])).toBeUndefined();
    expect(httpPort(["--http"])).toBe(DEFAULT_HTTP_PORT);
    expect(httpPort(["--http", "--port", "0"])).toBe(0);
    expect(httpPort(["--port=8080", "--http", "--families", "flux-2"])).toBe(8080);
  });

  it("refuses a port that is not one, and --port without --http", () => {
    expect(() => httpPort(["--http", "--port", "x"])).toThrow(
      "--port takes a port number from 0 to 65535 (0 picks a free one), not x",
    );
    expect(() => httpPort(["--http", "--port", "70000"])).toThrow("not 70000");
    expect(() => httpPort(["--http", "--port"])).toThrow("not nothing");
    expect(() => httpPort(["--port", "4020"])).toThrow("--port takes effect with --http");
  });
});
