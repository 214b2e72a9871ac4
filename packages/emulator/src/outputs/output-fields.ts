import { type FileKind, outputPath } from "./output-files.js";
import type { OutputPlan } from "./output-plan.js";

/** What output fields are drawn from: the task's id and prompt, and the action it belongs to. */
interface OutputSource {
  id: string;
  prompt: string;
  action: { service: string; action: string };
}

/** The output fields of a completed task: `images: [{url}]`, `videos: [{url}]`, `audios: [{audio_url}]`, `texts: [{text}]`. */
export function outputFields(
  plan: OutputPlan | undefined,
  task: OutputSource,
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

/** A sentence naming the action and the request, so tests can tell text outputs apart. */
function seededText(task: OutputSource, index: number, count: number): string {
  const prompt = task.prompt.length > 200 ? `${task.prompt.slice(0, 199)}…` : task.prompt;
  const which = count > 1 ? ` ${index + 1} of ${count}` : "";
  return `Emulated ${task.action.service}/${task.action.action} text${which} for: ${prompt}`;
}
