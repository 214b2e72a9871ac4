// Generated from specs/volcengine-lip-sync.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionClient,
  type ActionShape,
  type VolcengineLipSyncParams,
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
    name: "lip_sync_video volcengine-lip-sync",
    action: "lipSyncVideo",
    sync: false,
    output: "video",
    params: {"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"},
    invalid: {"model":"volcengine-lip-sync","not_a_parameter":true},
    invalidPaths: ["mode","source_video_url","source_audio_url","not_a_parameter"],
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

/** Each cross-field rule of each variant, broken; `issues` are what both validators must report, in order. */
const ruleCases: { rule: string; action: string; path: string; body: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
  {
    rule: "volcengine-lip-sync allOf/0",
    action: "lipSyncVideo",
    path: "/api/v1/volcengine_lip_sync/lip_sync_video",
    body: {"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3","enable_scene_detection":true},
    issues: [{"path":"enable_scene_detection","message":"enable_scene_detection is not allowed when mode is lite"}],
  },
  {
    rule: "volcengine-lip-sync allOf/1",
    action: "lipSyncVideo",
    path: "/api/v1/volcengine_lip_sync/lip_sync_video",
    body: {"model":"volcengine-lip-sync","mode":"basic","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3","align_audio":true,"align_audio_reverse":true,"template_start_seconds":0},
    issues: [{"path":"align_audio","message":"align_audio is not allowed when mode is basic"},{"path":"align_audio_reverse","message":"align_audio_reverse is not allowed when mode is basic"},{"path":"template_start_seconds","message":"template_start_seconds is not allowed when mode is basic"}],
  },
  {
    rule: "volcengine-lip-sync allOf/2",
    action: "lipSyncVideo",
    path: "/api/v1/volcengine_lip_sync/lip_sync_video",
    body: {"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3","align_audio_reverse":true},
    issues: [{"path":"align_audio","message":"align_audio is required when align_audio_reverse is true"}],
  },
];

describe.each(ruleCases)("$rule", ({ action, path, body, issues }) => {
  it("is refused before sending, and by the emulator, with the rule's message", async () => {
    const before = emulator.requests.length;
    const error = await actionOf(action).create(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual(issues);
    expect((error as ValidationError).message).toBe(issues[0]?.message);
    expect(emulator.requests.length).toBe(before);

    const answer = await fetch(`${emulator.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect([400, 422]).toContain(answer.status);
    const refusal = ((await answer.json()) as { error: { message: string; details: unknown } }).error;
    expect(refusal.message).toBe(issues[0]?.message);
    expect(refusal.details).toEqual(issues);
  });
});

describe("the client's own calls", () => {
  it("create and run a model id that names one variant, without naming its action", async () => {
    const params: VolcengineLipSyncParams<"volcengine-lip-sync"> = {"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"};
    const task = await client.create(params);
    expect(task.model).toBe(params.model);
    const done = await client.wait(task, { minDelay: 20 });
    expect(done.status).toBe("completed");
  });
});

describe("retries", () => {
  const api = () => client.lipSyncVideo;
  const params: Parameters<RunAPI["lipSyncVideo"]["create"]>[0] = {"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"};

  it("retries a create whose answer was lost, with the same Idempotency-Key, and makes one task", async () => {
    const before = emulator.tasksCreated();
    emulator.faults.add({ route: "POST /api/v1/volcengine_lip_sync/lip_sync_video", fault: { kind: "reset-after" } });
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
    emulator.faults.add({ route: "POST /api/v1/volcengine_lip_sync/lip_sync_video", fault: { kind: "status", status: 503, retryAfter: "0" } });
    emulator.faults.add({ route: "POST /api/v1/volcengine_lip_sync/lip_sync_video", fault: { kind: "status", status: 429, retryAfterMs: 1 } });
    const task = await api().create(params);
    expect(task.id).toMatch(/\S/);
    expect(emulator.requests.slice(-3).map((request) => request.fault)).toEqual(["status", "status", undefined]);
  });
});
