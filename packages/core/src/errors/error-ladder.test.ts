import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ConnectionError,
  RunAPIError,
  TimeoutError,
  ValidationError,
} from "./error-ladder.js";

describe("instanceof across copies", () => {
  it("makes instanceof work across two copies of the module", async () => {
    // A query string makes the module loader evaluate the file a second time: a second copy of the classes.
    const secondCopy = "./error-ladder.js?second-copy";
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import("./error-ladder.js");
    expect(copy.ValidationError).not.toBe(ValidationError);
    const foreign = new copy.ValidationError([{ path: "prompt", message: "prompt is required" }]);
    expect(foreign).toBeInstanceOf(ValidationError);
    expect(foreign).toBeInstanceOf(RunAPIError);
    expect(foreign).not.toBeInstanceOf(AuthenticationError);
    expect(new ValidationError([])).toBeInstanceOf(copy.RunAPIError);
  });

  it("keeps subclass relations and names", () => {
    const timeout = new TimeoutError("slow");
    expect(timeout).toBeInstanceOf(ConnectionError);
    expect(timeout).toBeInstanceOf(Error);
    expect(timeout.name).toBe("TimeoutError");
    expect(new ConnectionError("x")).not.toBeInstanceOf(TimeoutError);
    expect({}).not.toBeInstanceOf(RunAPIError);
  });

  it("serializes to its fields without headers", () => {
    const error = new AuthenticationError("bad key", {
      status: 401,
      code: "unauthorized",
      requestId: "req_1",
      headers: new Headers({ a: "b" }),
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "AuthenticationError",
      message: "bad key",
      status: 401,
      code: "unauthorized",
      requestId: "req_1",
    });
  });
});
