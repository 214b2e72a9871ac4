// Generated from specs/qwen-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionClient,
  type ActionShape,
  type Qwen2Params,
  RunAPI,
  TaskFailedError,
  ValidationError,
} from "../src/index.js";

let emulator: Emulator;
let client: RunAPI;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskDurationMs: 60 });
  client = new RunAPI({ apiKey: emulator.apiKey, baseURL: emulator.url });
});
afterAll(() => emulator.close());

type Case = {
  name: string;
  action: keyof RunAPI;
  sync: boolean;
  output: "image" | "video" | "audio" | "text";
  params: Record<string, unknown>;
  invalid: Record<string, unknown>;
  invalidPaths: string[];
};
type Finished = {
  status: string;
  images?: { url: string }[];
  videos?: { url: string }[];
  audios?: { audio_url: string }[];
  texts?: { text: string }[];
  billing?: { settlement?: { charged_amount_cents?: number } | null } | null;
};

/** An action's client, typed loosely: the table holds every action's examples side by side. */
const actionOf = (action: keyof RunAPI | string) =>
  (client as unknown as Record<string, ActionClient<ActionShape & { params: Record<string, unknown> }>>)[action as string]!;

/** A finished task holds its output; a file output answers with real bytes of its kind. */
async function expectOutput(done: Finished, output: Case["output"]) {
  if (output === "text") {
    expect(done.texts?.[0]?.text).toEqual(expect.any(String));
    return;
  }
  const url = output === "image" ? done.images?.[0]?.url : output === "video" ? done.videos?.[0]?.url : done.audios?.[0]?.audio_url;
  expect(url).toMatch(/^http/);
  const response = await fetch(url as string);
  expect(response.ok).toBe(true);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  expect(magic).toBe(output === "image" ? "\x89PNG" : "RIFF");
}

/** Each variant's example, and a broken copy of it with the fields the SDK must name. */
const cases: Case[] = [
  {
    name: "edit_image qwen-2-edit-image",
    action: "editImage",
    sync: false,
    output: "image",
    params: {"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"},
    invalid: {"model":"qwen-2-edit-image","not_a_parameter":true},
    invalidPaths: ["prompt","source_image_url","not_a_parameter"],
  },
  {
    name: "text_to_image qwen-2-text-to-image",
    action: "textToImage",
    sync: false,
    output: "image",
    params: {"model":"qwen-2-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"},
    invalid: {"model":"qwen-2-text-to-image","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
];

describe.each(cases)("$name", ({ action, sync, output, params, invalid, invalidPaths }) => {
  const api = () => actionOf(action);

  it("creates, reads and waits for a task, whose output downloads", async () => {
    const task = await api().create(params);
    expect(task.status).toBe(sync ? "completed" : "processing");
    if (typeof params.model === "string") expect(task.model).toBe(params.model);
    const sent = emulator.requests.at(-1);
    expect(sent?.body).toEqual(params);
    expect(sent?.headers["idempotency-key"]).toBeTruthy();
    if (!sync) {
      expect((await api().get(task)).id).toBe(task.id);
      expect((await api().get(task.id)).id).toBe(task.id);
    }
    const seen: string[] = [];
    const done = await api().wait(task, { minDelay: 20, onProgress: (t) => seen.push(t.status) });
    expect(done.status).toBe("completed");
    expect(seen.at(-1) ?? done.status).toBe("completed");
    await expectOutput(done as Finished, output);
  });

  it("runs a task and is charged what the price rule says", async () => {
    const done = (await api().run(params, { minDelay: 20 })) as Finished;
    expect(done.status).toBe("completed");
    const charged = done.billing?.settlement?.charged_amount_cents;
    const estimate = api().estimateCost(params);
    if (estimate.kind === "exact") expect(charged).toBe(estimate.cents);
    if (estimate.kind === "unknown") expect(charged).toBe(0);
    expect(charged).toBe((await api().quote(params)).reservation_amount_cents);
  });

  it("refuses an invalid request before sending, with every problem, worded as the API words them", async () => {
    const before = emulator.requests.length;
    const error = await api().create(invalid as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const { issues, message } = error as ValidationError;
    expect(issues.map((issue) => issue.path)).toEqual(invalidPaths);
    expect(emulator.requests.length).toBe(before);

    const answer = await fetch(`${emulator.url}${api().variants[0]?.path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(invalid),
    });
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toBe(message);
  });

  it("raises TaskFailedError with the task id and its error when the task fails", async () => {
    emulator.failNextTask("the provider rejected the request");
    const failure = await api().run(params, { minDelay: 20 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TaskFailedError);
    expect((failure as TaskFailedError).taskId).toMatch(/\S/);
    expect((failure as TaskFailedError).taskError).toBe("the provider rejected the request");
  });
});

describe("the client's own calls", () => {
  it("create and run a model id that names one variant, without naming its action", async () => {
    const params: Qwen2Params<"qwen-2-edit-image"> = {"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"};
    const task = await client.create(params);
    expect(task.model).toBe(params.model);
    const done = await client.wait(task, { minDelay: 20 });
    expect(done.status).toBe("completed");
  });
});

describe("retries", () => {
  const api = () => client.editImage;
  const params: Parameters<RunAPI["editImage"]["create"]>[0] = {"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"};

  it("retries a create whose answer was lost, with the same Idempotency-Key, and makes one task", async () => {
    const before = emulator.tasksCreated();
    emulator.faults.add({ route: "POST /api/v1/qwen_2/edit_image", fault: { kind: "reset-after" } });
    const task = await api().create(params);
    expect(task.task_replayed).toBe(true);
    expect(emulator.tasksCreated()).toBe(before + 1);
    const [lost, retried] = emulator.requests.slice(-2);
    expect(lost?.fault).toBe("reset-after");
    expect(retried?.headers["idempotency-key"]).toBe(lost?.headers["idempotency-key"]);
  });

  it("keeps an Idempotency-Key the caller chose, and the API answers the same task for it", async () => {
    const first = await api().create(params, { idempotencyKey: "order-42" });
    const again = await api().create(params, { idempotencyKey: "order-42" });
    expect(emulator.requests.at(-1)?.headers["idempotency-key"]).toBe("order-42");
    expect(again.id).toBe(first.id);
    expect(again.task_replayed).toBe(true);
  });

  it("retries 503 and 429 answers, then succeeds", async () => {
    emulator.faults.add({ route: "POST /api/v1/qwen_2/edit_image", fault: { kind: "status", status: 503, retryAfter: "0" } });
    emulator.faults.add({ route: "POST /api/v1/qwen_2/edit_image", fault: { kind: "status", status: 429, retryAfterMs: 1 } });
    const task = await api().create(params);
    expect(task.id).toMatch(/\S/);
    expect(emulator.requests.slice(-3).map((request) => request.fault)).toEqual(["status", "status", undefined]);
  });
});
