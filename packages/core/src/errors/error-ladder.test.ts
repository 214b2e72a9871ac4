import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ConnectionError,
  RunAPIError,
  TimeoutError,
  ValidationError,
  WaitTimeoutError,
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

describe("WaitTimeoutError", () => {
  const task = { id: "task_1", status: "processing" };
  it.each([
    [200, "0.2 s"],
    [1_500, "1.5 s"],
    [9_940, "9.9 s"],
    [9_960, "10 s"],
    [61_400, "61 s"],
  ])("says how long it waited (%i ms) as a person reads it", (ms, said) => {
    const error = new WaitTimeoutError(task, ms);
    expect(error.message).toBe(
      `Task task_1 was still processing after ${said}; call wait() again with the task to keep waiting.`,
    );
    expect(error).toMatchObject({ taskId: "task_1", lastTask: task });
  });
});
