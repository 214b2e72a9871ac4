import type { OutputKind, Variant } from "./load-specs.js";
import { outputSeconds } from "./price.js";
import { renderPromptPng } from "./render-png.js";
import { renderSeededAvi } from "./render-video.js";
import { renderSeededWav } from "./render-wav.js";

/** What a completed task will carry, fixed when it is created. */
export interface OutputPlan {
  kind: OutputKind;
  /** How many outputs: the request's `output_count` (or its default) when the variant has that field, else 1. */
  count: number;
  /** The requested duration of a video or audio output (what per-second prices bill); 0 for pictures and text. */
  seconds: number;
}

/** A task never lists more outputs than this, whatever `output_count` asks (a schema may set no maximum). */
export const MAX_OUTPUTS = 16;

/** A duration the request cannot give (absent, or a sentinel such as -1 for "automatic") renders this long. */
export const FALLBACK_SECONDS = 5;

/** The files behind output URLs, by kind; text outputs are answered inline and have none. */
export const OUTPUT_FILES = {
  image: { extension: "png", contentType: "image/png" },
  video: { extension: "avi", contentType: "video/x-msvideo" },
  audio: { extension: "wav", contentType: "audio/wav" },
} as const satisfies Partial<Record<OutputKind, { extension: string; contentType: string }>>;

type FileKind = keyof typeof OUTPUT_FILES;

const isFileKind = (kind: OutputKind): kind is FileKind => kind in OUTPUT_FILES;

/** The plan for a validated request of this variant; undefined when the spec names no output kind. */
export function planOutputs(variant: Variant, params: Record<string, unknown>): OutputPlan | undefined {
  const kind = variant.output;
  if (kind === undefined) return undefined;
  const properties = (variant.schema.properties ?? {}) as Record<string, { default?: unknown }>;
  let count = 1;
  if (properties.output_count !== undefined) {
    const asked = params.output_count ?? properties.output_count.default;
    if (typeof asked === "number" && Number.isInteger(asked))
      count = Math.min(MAX_OUTPUTS, Math.max(1, asked));
  }
  let seconds = 0;
  if (kind === "video" || kind === "audio") {
    const requested = outputSeconds(params, properties);
    seconds = Number.isFinite(requested) && requested > 0 ? requested : FALLBACK_SECONDS;
  }
  return { kind, count, seconds };
}

/** The output fields of a completed task: `images: [{url}]`, `videos: [{url}]`, `audios: [{audio_url}]`, `texts: [{text}]`. */
export function outputFields(
  plan: OutputPlan | undefined,
  task: { id: string; prompt: string; action: { service: string; action: string } },
  baseUrl: string,
): Record<string, unknown> {
  if (plan === undefined) return {};
  const indexes = Array.from({ length: plan.count }, (_, index) => index);
  if (plan.kind === "text") {
    return { texts: indexes.map((index) => ({ text: seededText(task, index, plan.count) })) };
  }
  const url = (index: number) => `${baseUrl}${outputPath(task.id, plan.kind as FileKind, index)}`;
  switch (plan.kind) {
    case "image":
      return { images: indexes.map((index) => ({ url: url(index) })) };
    case "video":
      return { videos: indexes.map((index) => ({ url: url(index) })) };
    case "audio":
      return { audios: indexes.map((index) => ({ audio_url: url(index) })) };
  }
}

export const outputPath = (taskId: string, kind: FileKind, index: number): string =>
  `/files/${taskId}/${index}.${OUTPUT_FILES[kind].extension}`;

const OUTPUT_PATH = /^\/files\/([^/]+)\/(0|[1-9]\d*)\.([a-z0-9]+)$/;

/** The task id, output index and extension of an output URL's path, or undefined for any other path. */
export function parseOutputPath(
  pathname: string,
): { taskId: string; index: number; extension: string } | undefined {
  const match = OUTPUT_PATH.exec(pathname);
  if (!match) return undefined;
  return { taskId: match[1]!, index: Number(match[2]), extension: match[3]! };
}

/** Whether output `index` of `extension` exists in this plan. */
export function isPlannedFile(plan: OutputPlan | undefined, index: number, extension: string): boolean {
  return (
    plan !== undefined &&
    isFileKind(plan.kind) &&
    OUTPUT_FILES[plan.kind].extension === extension &&
    index < plan.count
  );
}

/**
 * The bytes of output `index` of a planned file kind, drawn from the request's prompt: the same request gives the
 * same files, two outputs of one task differ. The first picture is exactly `renderPromptPng(prompt)`.
 */
export function renderOutput(plan: OutputPlan, prompt: string, index: number): Buffer {
  const seed = index === 0 ? prompt : `${prompt}\n#${index}`;
  if (plan.kind === "video") return renderSeededAvi(seed, plan.seconds);
  if (plan.kind === "audio") return renderSeededWav(seed, plan.seconds);
  return renderPromptPng(seed);
}

/** The Content-Type of a planned file. */
export const contentTypeOf = (plan: OutputPlan): string => OUTPUT_FILES[plan.kind as FileKind].contentType;

/** A sentence naming the action and the request, so tests can tell text outputs apart. */
function seededText(
  task: { prompt: string; action: { service: string; action: string } },
  index: number,
  count: number,
): string {
  const prompt = task.prompt.length > 200 ? `${task.prompt.slice(0, 199)}…` : task.prompt;
  const which = count > 1 ? ` ${index + 1} of ${count}` : "";
  return `Emulated ${task.action.service}/${task.action.action} text${which} for: ${prompt}`;
}

/** Rendered files, so a file is drawn once however often it is downloaded; the oldest go first past `limit`. */
export class RenderCache {
  private readonly entries = new Map<string, Buffer>();

  constructor(private readonly limit = 64) {}

  get(key: string, render: () => Buffer): Buffer {
    let bytes = this.entries.get(key);
    if (bytes) return bytes;
    bytes = render();
    this.entries.set(key, bytes);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return bytes;
  }

  get size(): number {
    return this.entries.size;
  }
}
