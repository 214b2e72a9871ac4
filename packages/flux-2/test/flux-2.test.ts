// Generated from specs/flux-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Flux2Model, type Flux2Params, RunAPI, TaskFailedError, ValidationError } from "../src/index.js";

let emulator: Emulator;
let client: RunAPI;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskDurationMs: 60 });
  client = new RunAPI({ apiKey: emulator.apiKey, baseURL: emulator.url });
});
afterAll(() => emulator.close());

/** The output URL answers with real file bytes. */
async function expectDownload(url: string | undefined) {
  expect(url).toMatch(/^http/);
  const response = await fetch(url as string);
  expect(response.ok).toBe(true);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(bytes.byteLength).toBeGreaterThan(8);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
}

/** Each variant's example, and a broken copy of it with the fields the SDK must name. */
type Case = { [M in Flux2Model]: { params: Flux2Params<M>; invalid: Record<string, unknown>; invalidPaths: string[] } }[Flux2Model];
const cases: Case[] = [
  {
    params: {"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9"},
    invalid: {"model":"flux-2-pro-text-to-image","aspect_ratio":"16:9","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    params: {"model":"flux-2-flex-text-to-image","prompt":"A paper-cut fox in a snowy forest","output_resolution":"2k"},
    invalid: {"model":"flux-2-flex-text-to-image","output_resolution":"2k","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    params: {"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns","source_image_urls":["https://example.com/source.png"]},
    invalid: {"model":"flux-2-pro-image-to-image","not_a_parameter":true},
    invalidPaths: ["prompt","source_image_urls","not_a_parameter"],
  },
  {
    params: {"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"auto"},
    invalid: {"model":"flux-2-flex-image-to-image","aspect_ratio":"auto","not_a_parameter":true},
    invalidPaths: ["prompt","source_image_urls","not_a_parameter"],
  },
];

describe.each(cases)("$params.model", ({ params, invalid, invalidPaths }) => {
  it("creates, reads and waits for a task, whose output downloads", async () => {
    const task = await client.create(params);
    expect(task).toMatchObject({ model: params.model, status: "processing" });
    const sent = emulator.requests.at(-1);
    expect(sent?.body).toEqual(params);
    expect(sent?.headers["idempotency-key"]).toBeTruthy();

    expect((await client.get(task)).id).toBe(task.id);
    expect((await client.get(task.id, { model: params.model })).id).toBe(task.id);

    const seen: string[] = [];
    const done = await client.wait(task, { minDelay: 20, onProgress: (t) => seen.push(t.status) });
    expect(done.status).toBe("completed");
    expect(seen.at(-1)).toBe("completed");
    await expectDownload(done.images?.[0]?.url);
  });

  it("runs a task and is charged what estimateCost says", async () => {
    const done = await client.run(params, { minDelay: 20 });
    expect(done.status).toBe("completed");
    expect(done.billing?.settlement?.charged_amount_cents).toBe(client.estimateCost(params).cents);
  });

  it("refuses an invalid request before sending, with every problem, worded as the API words them", async () => {
    const before = emulator.requests.length;
    const error = await client.create(invalid as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const { issues, message } = error as ValidationError;
    expect(issues.map((issue) => issue.path)).toEqual(invalidPaths);
    expect(emulator.requests.length).toBe(before);

    const answer = await fetch(`${emulator.url}${client.variants.find((v) => v.model === params.model)?.path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(invalid),
    });
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toBe(message);
  });

  it("raises TaskFailedError with the task id and its error when the task fails", async () => {
    emulator.failNextTask("the provider rejected the request");
    const failure = await client.run(params, { minDelay: 20 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TaskFailedError);
    expect((failure as TaskFailedError).taskId).toMatch(/\S/);
    expect((failure as TaskFailedError).taskError).toBe("the provider rejected the request");
  });
});

describe("retries", () => {
  const params: Flux2Params<"flux-2-pro-text-to-image"> = {"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9"};

  it("retries a create whose answer was lost, with the same Idempotency-Key, and makes one task", async () => {
    const before = emulator.tasksCreated();
    emulator.faults.add({ route: "POST /api/v1/flux_2/text_to_image", fault: { kind: "reset-after" } });
    const task = await client.create(params);
    expect(task.task_replayed).toBe(true);
    expect(emulator.tasksCreated()).toBe(before + 1);
    const [lost, retried] = emulator.requests.slice(-2);
    expect(lost?.fault).toBe("reset-after");
    expect(retried?.headers["idempotency-key"]).toBe(lost?.headers["idempotency-key"]);
  });

  it("keeps an Idempotency-Key the caller chose, and the API answers the same task for it", async () => {
    const first = await client.create(params, { idempotencyKey: "order-42" });
    const again = await client.create(params, { idempotencyKey: "order-42" });
    expect(emulator.requests.at(-1)?.headers["idempotency-key"]).toBe("order-42");
    expect(again.id).toBe(first.id);
    expect(again.task_replayed).toBe(true);
  });

  it("retries 503 and 429 answers, then succeeds", async () => {
    emulator.faults.add({ route: "POST /api/v1/flux_2/text_to_image", fault: { kind: "status", status: 503, retryAfter: "0" } });
    emulator.faults.add({ route: "POST /api/v1/flux_2/text_to_image", fault: { kind: "status", status: 429, retryAfterMs: 1 } });
    const task = await client.create(params);
    expect(task.id).toMatch(/\S/);
    expect(emulator.requests.slice(-3).map((request) => request.fault)).toEqual(["status", "status", undefined]);
  });
});
