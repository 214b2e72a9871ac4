import { describe, expect, it } from "vitest";
import { ConnectionError } from "../errors/error-ladder.js";
import { urlOnOrigin } from "./url-on-origin.js";

describe("urlOnOrigin", () => {
  it("refuses a path that is an absolute URL to another origin", () => {
    expect(() => urlOnOrigin("http://127.0.0.1:1", "https://elsewhere.example/steal")).toThrow(
      /only http:\/\/127\.0\.0\.1:1 receives your API key/,
    );
    expect(() => urlOnOrigin("http://127.0.0.1:1", "//elsewhere.example/steal")).toThrow(ConnectionError);
    expect(urlOnOrigin("http://127.0.0.1:1/proxy", "/api/v1/x")).toBe("http://127.0.0.1:1/proxy/api/v1/x");
  });
});
