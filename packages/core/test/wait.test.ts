import { afterEach, describe, expect, it } from "vitest";
import { AbortError, TaskFailedError, UnexpectedResponseError, WaitTimeoutError } from "../src/index.js";
import { type ScriptedAnswer, startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

async function clientAnswering(script: (index: number) => ScriptedAnswer) {
  const server = await startScriptedServer((_, index) => script(index));
  close = server.close;
  return { client: testClient({ apiKey: "k", baseURL: server.url }), server };
}

const task = (status: string, extra: object = {}) => ({
  status: 200,
  body: JSON.stringify({ id: "task_1", status, ...extra }),
});
const start = { id: "task_1", model: "test-model" as const };

describe("wait", () => {
  it("polls until completed, reporting progress each time", async () => {
    const { client, server } = await clientAnswering((i) =>
      i < 3 ? task("processing") : task("completed", { images: [{ url: "u" }] }),
    );
    const polls: number[] = [];
    const done = await client.wait(start, {
      pollInterval: 5,
      onProgress: (_, progress) => polls.push(progress.polls),
    });
    expect(done).toMatchObject({
      id: "task_1",
      status: "completed",
      model: "test-model",
      images: [{ url: "u" }],
    });
    expect(polls).toEqual([1, 2, 3, 4]);
    expect(server.requests.map((r) => r.url)).toEqual(Array(4).fill("/api/v1/test/text_to_image/task_1"));
  });

  it("raises TaskFailedError with the task id, its error and the refund", async () => {
    const refund = { refunded_at: "2026-01-01T00:00:00Z" };
    const { client } = await clientAnswering(() =>
      task("failed", { error: { code: "nsfw", message: "blocked" }, billing: { refund } }),
    );
    const error = (await client.wait(start, { pollInterval: 1 }).catch((e: unknown) => e)) as TaskFailedError;
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toMatchObject({ taskId: "task_1", taskError: "blocked", code: "nsfw", refund });
    expect(error.message).toBe("Task task_1 failed: blocked");
  });

  it("surfaces an unknown status instead of waiting forever", async () => {
    const { client } = await clientAnswering(() => task("exploded"));
    const error = await client.wait(start, { pollInterval: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/task_1.*exploded/);
  });

  it("gives up at the deadline with WaitTimeoutError, keeping the task id and last state", async () => {
    const { client } = await clientAnswering(() => task("processing"));
    const error = (await client
      .wait(start, { pollInterval: 5, timeout: 60 })
      .catch((e: unknown) => e)) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.taskId).toBe("task_1");
    expect(error.lastTask.status).toBe("processing");
  });

  it("stops at once when the signal aborts, even mid-sleep", async () => {
    const { client, server } = await clientAnswering(() => task("processing"));
    const controller = new AbortController();
    const waiting = client.wait(start, { pollInterval: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("returns a completed task without a request", async () => {
    const { client, server } = await clientAnswering(() => task("processing"));
    expect((await client.wait({ ...start, status: "completed" })).status).toBe("completed");
    expect(server.requests).toHaveLength(0);
  });
});
