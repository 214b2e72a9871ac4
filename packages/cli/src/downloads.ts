import { extname, join } from "node:path";
import { downloadToPath } from "@runapi.ai/core/node";

/** Where a task lists its outputs, with the extension a file gets when its URL names none. */
const OUTPUTS = { images: ".png", videos: ".mp4", audios: ".mp3" } as const;

/**
 * Downloads every output of a completed task into `dir` as `<task id>-<n><ext>`; answers the paths written.
 */
export async function downloadOutputs(task: Record<string, unknown>, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [key, fallback] of Object.entries(OUTPUTS)) {
    const outputs = task[key];
    if (!Array.isArray(outputs)) continue;
    for (const output of outputs) {
      if (typeof output?.download !== "function") continue;
      const url = String(output.url ?? output.audio_url ?? "");
      let ext = fallback as string;
      try {
        ext = extname(new URL(url).pathname) || fallback;
      } catch {}
      written.push(
        await downloadToPath(output, join(dir, `${task.id ?? "output"}-${written.length + 1}${ext}`)),
      );
    }
  }
  return written;
}
