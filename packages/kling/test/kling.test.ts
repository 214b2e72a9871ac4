// Generated from specs/kling.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionClient,
  type ActionShape,
  type KlingParams,
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
    name: "ai_avatar kling-ai-avatar-pro",
    action: "aiAvatar",
    sync: false,
    output: "video",
    params: {"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-ai-avatar-pro","not_a_parameter":true},
    invalidPaths: ["source_image_url","source_audio_url","prompt","not_a_parameter"],
  },
  {
    name: "ai_avatar kling-ai-avatar-standard",
    action: "aiAvatar",
    sync: false,
    output: "video",
    params: {"model":"kling-ai-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-ai-avatar-standard","not_a_parameter":true},
    invalidPaths: ["source_image_url","source_audio_url","prompt","not_a_parameter"],
  },
  {
    name: "ai_avatar kling-ai-avatar-v1-pro",
    action: "aiAvatar",
    sync: false,
    output: "video",
    params: {"model":"kling-ai-avatar-v1-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-ai-avatar-v1-pro","not_a_parameter":true},
    invalidPaths: ["source_image_url","source_audio_url","prompt","not_a_parameter"],
  },
  {
    name: "ai_avatar kling-v1-avatar-standard",
    action: "aiAvatar",
    sync: false,
    output: "video",
    params: {"model":"kling-v1-avatar-standard","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-v1-avatar-standard","not_a_parameter":true},
    invalidPaths: ["source_image_url","source_audio_url","prompt","not_a_parameter"],
  },
  {
    name: "edit_video kling-v3-omni-edit",
    action: "editVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"},
    invalid: {"model":"kling-v3-omni-edit","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    name: "edit_video kling-v3-omni-reference",
    action: "editVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto"},
    invalid: {"model":"kling-v3-omni-reference","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    name: "extend_video kling-v2.5-turbo-image-to-video-pro",
    action: "extendVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.5-turbo-image-to-video-pro","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","not_a_parameter":true},
    invalidPaths: ["source_task_id","not_a_parameter"],
  },
  {
    name: "extend_video kling-v2.5-turbo-text-to-video-pro",
    action: "extendVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.5-turbo-text-to-video-pro","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","not_a_parameter":true},
    invalidPaths: ["source_task_id","not_a_parameter"],
  },
  {
    name: "image_to_video kling-o1",
    action: "imageToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"},
    invalid: {"model":"kling-o1","not_a_parameter":true},
    invalidPaths: ["prompt","first_frame_image_url","not_a_parameter"],
  },
  {
    name: "image_to_video kling-v2.1-master-image-to-video",
    action: "imageToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.1-master-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"},
    invalid: {"model":"kling-v2.1-master-image-to-video","not_a_parameter":true},
    invalidPaths: ["prompt","first_frame_image_url","not_a_parameter"],
  },
  {
    name: "image_to_video kling-v2.1-pro",
    action: "imageToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.1-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"},
    invalid: {"model":"kling-v2.1-pro","not_a_parameter":true},
    invalidPaths: ["prompt","first_frame_image_url","not_a_parameter"],
  },
  {
    name: "image_to_video kling-v2.1-standard",
    action: "imageToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.1-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"},
    invalid: {"model":"kling-v2.1-standard","not_a_parameter":true},
    invalidPaths: ["prompt","first_frame_image_url","not_a_parameter"],
  },
  {
    name: "image_to_video kling-v2.5-turbo-image-to-video-pro",
    action: "imageToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.5-turbo-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"},
    invalid: {"model":"kling-v2.5-turbo-image-to-video-pro","not_a_parameter":true},
    invalidPaths: ["prompt","first_frame_image_url","not_a_parameter"],
  },
  {
    name: "image_to_video kling-v2.6",
    action: "imageToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"},
    invalid: {"model":"kling-v2.6","not_a_parameter":true},
    invalidPaths: ["prompt","first_frame_image_url","not_a_parameter"],
  },
  {
    name: "image_to_video kling-v3-omni",
    action: "imageToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"},
    invalid: {"model":"kling-v3-omni","not_a_parameter":true},
    invalidPaths: ["prompt","first_frame_image_url","not_a_parameter"],
  },
  {
    name: "image_to_video kling-v3-turbo-image-to-video",
    action: "imageToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v3-turbo-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"},
    invalid: {"model":"kling-v3-turbo-image-to-video","not_a_parameter":true},
    invalidPaths: ["prompt","first_frame_image_url","not_a_parameter"],
  },
  {
    name: "motion_control kling-3.0",
    action: "motionControl",
    sync: false,
    output: "video",
    params: {"model":"kling-3.0","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","not_a_parameter":true},
    invalidPaths: ["source_image_url","reference_video_url","not_a_parameter"],
  },
  {
    name: "motion_control kling-v2.6",
    action: "motionControl",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.6","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","character_orientation":"video"},
    invalid: {"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","not_a_parameter":true},
    invalidPaths: ["source_image_url","reference_video_url","output_resolution","character_orientation","not_a_parameter"],
  },
  {
    name: "text_to_video kling-3.0",
    action: "textToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-3.0","prompt":"A paper boat drifting down a rainy street, slow dolly shot","not_a_parameter":true},
    invalidPaths: ["not_a_parameter"],
  },
  {
    name: "text_to_video kling-o1",
    action: "textToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-o1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-o1","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    name: "text_to_video kling-v2.1-master-text-to-video",
    action: "textToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-v2.1-master-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","not_a_parameter":true},
    invalidPaths: ["not_a_parameter"],
  },
  {
    name: "text_to_video kling-v2.5-turbo-text-to-video-pro",
    action: "textToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-v2.5-turbo-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","not_a_parameter":true},
    invalidPaths: ["not_a_parameter"],
  },
  {
    name: "text_to_video kling-v2.6",
    action: "textToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v2.6","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-v2.6","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    name: "text_to_video kling-v3-omni",
    action: "textToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v3-omni","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-v3-omni","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    name: "text_to_video kling-v3-omni-reference",
    action: "textToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","reference_image_urls":["https://example.com/reference.png"]},
    invalid: {"model":"kling-v3-omni-reference","not_a_parameter":true},
    invalidPaths: ["prompt","aspect_ratio","reference_image_urls","not_a_parameter"],
  },
  {
    name: "text_to_video kling-v3-turbo-text-to-video",
    action: "textToVideo",
    sync: false,
    output: "video",
    params: {"model":"kling-v3-turbo-text-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"},
    invalid: {"model":"kling-v3-turbo-text-to-video","not_a_parameter":true},
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

/** Each cross-field rule of each variant, broken; `issues` are what both validators must report, in order. */
const ruleCases: { rule: string; action: string; path: string; body: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
  {
    rule: "kling-v3-omni-edit allOf/0",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"},
    issues: [{"path":"source_video_url","message":"one of source_video_url, source_task_id is required when model is kling-v3-omni-edit and source_task_id is absent and source_video_url is absent"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/1",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","source_task_id":"x"},
    issues: [{"path":"source_task_id","message":"source_task_id is not allowed when model is kling-v3-omni-edit and source_video_url is present"},{"path":"source_video_url","message":"source_video_url is not allowed when model is kling-v3-omni-edit and source_task_id is present"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/2",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","source_task_id":"x"},
    issues: [{"path":"source_task_id","message":"source_task_id is not allowed when model is kling-v3-omni-edit and source_video_url is present"},{"path":"source_video_url","message":"source_video_url is not allowed when model is kling-v3-omni-edit and source_task_id is present"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/3",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","duration_seconds":3},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio is required when model is kling-v3-omni-edit and source_video_url is present and reference_image_urls is absent"},{"path":"duration_seconds","message":"duration_seconds must be one of: 5 when model is kling-v3-omni-edit and source_video_url is present and reference_image_urls is absent"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/3",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"16:9"},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio must be one of: auto when model is kling-v3-omni-edit and source_video_url is present and reference_image_urls is absent"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/4",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x","duration_seconds":3},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio is required when model is kling-v3-omni-edit and source_task_id is present and reference_image_urls is absent"},{"path":"duration_seconds","message":"duration_seconds must be one of: 5 when model is kling-v3-omni-edit and source_task_id is present and reference_image_urls is absent"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/4",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","source_task_id":"x"},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio must be one of: auto when model is kling-v3-omni-edit and source_task_id is present and reference_image_urls is absent"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/5",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","reference_image_urls":["x"]},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio is required when model is kling-v3-omni-edit and source_video_url is present and reference_image_urls is present"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/5",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","reference_image_urls":["x"]},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio must be one of: 16:9, 9:16, 1:1 when model is kling-v3-omni-edit and source_video_url is present and reference_image_urls is present"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/6",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x","reference_image_urls":["x"]},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio is required when model is kling-v3-omni-edit and source_task_id is present and reference_image_urls is present"}],
  },
  {
    rule: "kling-v3-omni-edit allOf/6",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-edit","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto","source_task_id":"x","reference_image_urls":["x"]},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio must be one of: 16:9, 9:16, 1:1 when model is kling-v3-omni-edit and source_task_id is present and reference_image_urls is present"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/0",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"},
    issues: [{"path":"source_video_url","message":"one of source_video_url, source_task_id is required when model is kling-v3-omni-reference and source_task_id is absent and source_video_url is absent"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/1",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","source_task_id":"x"},
    issues: [{"path":"source_task_id","message":"source_task_id is not allowed when model is kling-v3-omni-reference and source_video_url is present"},{"path":"source_video_url","message":"source_video_url is not allowed when model is kling-v3-omni-reference and source_task_id is present"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/2",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","source_task_id":"x"},
    issues: [{"path":"source_task_id","message":"source_task_id is not allowed when model is kling-v3-omni-reference and source_video_url is present"},{"path":"source_video_url","message":"source_video_url is not allowed when model is kling-v3-omni-reference and source_task_id is present"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/3",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","enable_sound":true,"duration_seconds":3},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio is required when model is kling-v3-omni-reference and source_video_url is present and reference_image_urls is absent"},{"path":"enable_sound","message":"enable_sound must be one of: false when model is kling-v3-omni-reference and source_video_url is present and reference_image_urls is absent"},{"path":"duration_seconds","message":"duration_seconds must be one of: 5 when model is kling-v3-omni-reference and source_video_url is present and reference_image_urls is absent"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/3",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"16:9"},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio must be one of: auto when model is kling-v3-omni-reference and source_video_url is present and reference_image_urls is absent"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/4",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x","enable_sound":true,"duration_seconds":3},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio is required when model is kling-v3-omni-reference and source_task_id is present and reference_image_urls is absent"},{"path":"enable_sound","message":"enable_sound must be one of: false when model is kling-v3-omni-reference and source_task_id is present and reference_image_urls is absent"},{"path":"duration_seconds","message":"duration_seconds must be one of: 5 when model is kling-v3-omni-reference and source_task_id is present and reference_image_urls is absent"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/4",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"16:9","source_task_id":"x"},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio must be one of: auto when model is kling-v3-omni-reference and source_task_id is present and reference_image_urls is absent"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/5",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","reference_image_urls":["x"],"enable_sound":true},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio is required when model is kling-v3-omni-reference and source_video_url is present and reference_image_urls is present"},{"path":"enable_sound","message":"enable_sound must be one of: false when model is kling-v3-omni-reference and source_video_url is present and reference_image_urls is present"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/5",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"auto","reference_image_urls":["x"]},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio must be one of: 16:9, 9:16, 1:1 when model is kling-v3-omni-reference and source_video_url is present and reference_image_urls is present"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/6",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x","reference_image_urls":["x"],"enable_sound":true},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio is required when model is kling-v3-omni-reference and source_task_id is present and reference_image_urls is present"},{"path":"enable_sound","message":"enable_sound must be one of: false when model is kling-v3-omni-reference and source_task_id is present and reference_image_urls is present"}],
  },
  {
    rule: "kling-v3-omni-reference allOf/6",
    action: "editVideo",
    path: "/api/v1/kling/edit_video",
    body: {"model":"kling-v3-omni-reference","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto","source_task_id":"x","reference_image_urls":["x"]},
    issues: [{"path":"aspect_ratio","message":"aspect_ratio must be one of: 16:9, 9:16, 1:1 when model is kling-v3-omni-reference and source_task_id is present and reference_image_urls is present"}],
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
    const params: KlingParams<"kling-ai-avatar-pro"> = {"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"};
    const task = await client.create(params);
    expect(task.model).toBe(params.model);
    const done = await client.wait(task, { minDelay: 20 });
    expect(done.status).toBe("completed");
  });
});

describe("retries", () => {
  const api = () => client.aiAvatar;
  const params: Parameters<RunAPI["aiAvatar"]["create"]>[0] = {"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"};

  it("retries a create whose answer was lost, with the same Idempotency-Key, and makes one task", async () => {
    const before = emulator.tasksCreated();
    emulator.faults.add({ route: "POST /api/v1/kling/ai_avatar", fault: { kind: "reset-after" } });
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
    emulator.faults.add({ route: "POST /api/v1/kling/ai_avatar", fault: { kind: "status", status: 503, retryAfter: "0" } });
    emulator.faults.add({ route: "POST /api/v1/kling/ai_avatar", fault: { kind: "status", status: 429, retryAfterMs: 1 } });
    const task = await api().create(params);
    expect(task.id).toMatch(/\S/);
    expect(emulator.requests.slice(-3).map((request) => request.fault)).toEqual(["status", "status", undefined]);
  });
});
