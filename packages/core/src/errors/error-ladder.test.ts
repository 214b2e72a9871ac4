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

describe("ValidationError's message", () => {
  const issues = (count: number) =>
    Array.from({ length: count }, (_, n) => ({ path: `f${n + 1}`, message: `f${n + 1} is required` }));

  it("is the one problem's message, or a plain sentence when none is given", () => {
    expect(new ValidationError(issues(1)).message).toBe("f1 is required");
    expect(new ValidationError([]).message).toBe("The request is invalid.");
  });

  it("lists every problem, first first, up to five", () => {
    expect(new ValidationError(issues(3)).message).toBe(
      "3 problems: f1 is required; f2 is required; f3 is required",
    );
    expect(new ValidationError(issues(5)).message).toBe(
      "5 problems: f1 is required; f2 is required; f3 is required; f4 is required; f5 is required",
    );
  });

  it("past five, lists the first five and counts the rest, every one kept in issues", () => {
    const error = new ValidationError(issues(7), { status: 422 });
    expect(error.message).toBe(
      "7 problems: f1 is required; f2 is required; f3 is required; f4 is required; f5 is required; and 2 more (see error.issues)",
    );
    expect(error.issues).toEqual(issues(7));
    expect(error.status).toBe(422);
  });
});
