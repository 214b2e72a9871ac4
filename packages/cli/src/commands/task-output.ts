import type { WaitOptions } from "@runapi.ai/core";
import { type Command, InvalidArgumentError } from "commander";
import { downloadOutputs } from "../downloads.js";
import { progressWriter } from "../progress.js";

/** `--out` and `--timeout`, the flags of every command that waits. */
export function addWaitOptions(command: Command, impliesWait: boolean): Command {
  return command
    .option("--out <dir>", `download the outputs into this folder${impliesWait ? " (implies --wait)" : ""}`)
    .option(
      "--timeout <seconds>",
      "give up waiting after this long (exit code 6; the task goes on)",
      (value: string) => {
        const seconds = Number(value);
        if (value.trim() === "" || !(seconds > 0)) {
          throw new InvalidArgumentError("give a number of seconds above 0, e.g. 120");
        }
        return seconds;
      },
    );
}

/** Waits with progress on stderr; `--timeout` in seconds. */
export async function waitForTask(
  wait: (options: WaitOptions) => Promise<Record<string, unknown>>,
  values: { timeout?: number },
  cost: string | undefined,
): Promise<Record<string, unknown>> {
  const progress = progressWriter(process.stderr, cost);
  try {
    return await wait({
      onProgress: progress.onProgress as WaitOptions["onProgress"],
      ...(values.timeout !== undefined ? { timeout: values.timeout * 1000 } : {}),
    });
  } finally {
    progress.end();
  }
}

/**
 * Prints a task: as JSON with `--json` (with `files` when `--out` wrote some), otherwise its id, status and each
 * output's URL (or text), or the paths written with `--out`.
 */
export async function printTask(
  task: Record<string, unknown>,
  values: { out?: string; json?: boolean },
): Promise<void> {
  const files = values.out !== undefined ? await downloadOutputs(task, values.out) : undefined;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(files ? { ...task, files } : task, null, 2)}\n`);
    return;
  }
  const lines = [`${task.id} ${task.status}`];
  if (files) lines.push(...files);
  else {
    for (const key of ["images", "videos", "audios", "texts"]) {
      for (const output of (task[key] as { url?: string; audio_url?: string; text?: string }[] | undefined) ??
        []) {
        lines.push(String(output.url ?? output.audio_url ?? output.text));
      }
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
