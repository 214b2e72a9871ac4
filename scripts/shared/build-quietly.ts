import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const NOTE_AFTER_MS = 2_000;

/**
 * `turbo <args>` at the repository's root, its output kept to itself: shown only if the build fails, and a build
 * still running after two seconds says so in one line (`note`), so that what the command after it prints is all
 * a user reads. `command` names the command in the failure's message (`pnpm demo`). A failed build ends the
 * process with turbo's exit code.
 */
export function buildQuietly(command: string, args: readonly string[], note: string): Promise<void> {
  const child = spawn(join(root, "node_modules", ".bin", "turbo"), args, {
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
  const noted = setTimeout(() => console.error(note), NOTE_AFTER_MS);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(noted);
      if (code === 0) return resolve();
      process.stderr.write(Buffer.concat(output));
      console.error(`${command}: the build failed (${signal ?? `exit ${code}`}); its output is above.`);
      process.exit(code ?? 1);
    });
    child.on("error", (error) => {
      clearTimeout(noted);
      console.error(`${command}: turbo did not start (${error.message}); run \`pnpm install\` first.`);
      process.exit(1);
    });
  });
}
