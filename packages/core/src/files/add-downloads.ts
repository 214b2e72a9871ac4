import type { DownloadOptions, FileOutput } from "./download.js";

/** Where a task lists its outputs, each of which gets a `download()`. */
const OUTPUT_KEYS = ["images", "videos", "audios"];

/**
 * Gives each output a task lists (`images`, `videos`, `audios`) a `download()` that hands it to `download`. Not
 * enumerable, so the task still serializes as the API sent it.
 */
export function addDownloads(
  task: Record<string, unknown>,
  download: (output: FileOutput, options?: DownloadOptions) => Promise<unknown>,
): void {
  for (const key of OUTPUT_KEYS) {
    const outputs = task[key];
    if (!Array.isArray(outputs)) continue;
    for (const output of outputs) {
      if (typeof output === "object" && output !== null) {
        Object.defineProperty(output, "download", {
          value: (options?: DownloadOptions) => download(output, options),
          configurable: true,
        });
      }
    }
  }
}
