import type { WaitProgress } from "@runapi.ai/core";

/** Seconds with one decimal: `12.3s`. */
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/**
 * `onProgress` for a wait, writing to `stream` (stderr): on a terminal one line redrawn in place, otherwise one
 * plain line per read, so a log or a pipe keeps every read. `cost` is the estimate shown beside it, if any.
 */
export function progressWriter(
  stream: NodeJS.WriteStream,
  cost: string | undefined,
): { onProgress: (task: { status?: unknown }, progress: WaitProgress) => void; end: () => void } {
  let drawn = false;
  return {
    onProgress(task, progress) {
      const reads = `${progress.polls} read${progress.polls === 1 ? "" : "s"}`;
      const line = [
        String(task.status),
        seconds(progress.elapsedMs),
        reads,
        ...(cost ? [`est. ${cost}`] : []),
      ].join(" · ");
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${line}`);
        drawn = true;
      } else stream.write(`${line}\n`);
    },
    end() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
