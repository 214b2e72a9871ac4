import type { OutputKind } from "../spec/load-specs.js";
import { MAX_RENDERED_SECONDS, type OutputPlan } from "./output-plan.js";
import { renderPromptPng } from "./render-png.js";
import { renderSeededAvi } from "./render-video.js";
import { renderSeededWav } from "./render-wav.js";

/** The files behind output URLs, by kind; text outputs are answered inline and have none. */
export const OUTPUT_FILES = {
  image: { extension: "png", contentType: "image/png" },
  video: { extension: "avi", contentType: "video/x-msvideo" },
  audio: { extension: "wav", contentType: "audio/wav" },
} as const satisfies Partial<Record<OutputKind, { extension: string; contentType: string }>>;

export type FileKind = keyof typeof OUTPUT_FILES;

const isFileKind = (kind: OutputKind): kind is FileKind => kind in OUTPUT_FILES;

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
 * same files, two outputs of one task differ. The first picture is exactly `renderPromptPng(prompt)`. Videos and
 * sounds last the planned seconds, up to `MAX_RENDERED_SECONDS`.
 */
export function renderOutput(plan: OutputPlan, prompt: string, index: number): Buffer {
  const seed = index === 0 ? prompt : `${prompt}\n#${index}`;
  const seconds = Math.min(plan.seconds, MAX_RENDERED_SECONDS);
  if (plan.kind === "video") return renderSeededAvi(seed, seconds);
  if (plan.kind === "audio") return renderSeededWav(seed, seconds);
  return renderPromptPng(seed);
}

/** The Content-Type of a planned file. */
export const contentTypeOf = (plan: OutputPlan): string => OUTPUT_FILES[plan.kind as FileKind].contentType;
