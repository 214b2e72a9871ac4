/**
 * `pnpm demo [--live] [--out DIR] [--source FILE]`: builds the packages the demo imports, then runs
 * examples/flux-2-demo.ts with the same arguments. The build keeps its output to itself: it is shown only if
 * the build fails, and a build still running after two seconds (the first one takes a minute or so) says so in
 * one line, so that what the demo prints is all a user reads.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
/** What the demo imports (the examples package and its dependencies) and the generated packages' build. */
const BUILD = [
  "run",
  "build",
  "build:families",
  "--filter=@runapi.ai/examples...",
  "--filter=//",
  "--output-logs=errors-only",
];
const NOTE_AFTER_MS = 2_000;

await buildQuietly();
// The demo reads the same arguments (process.argv) and runs in this process, after the build it imports.
await import(new URL("../../examples/flux-2-demo.ts", import.meta.url).href);

function buildQuietly(): Promise<void> {
  const child = spawn(join(root, "node_modules", ".bin", "turbo"), BUILD, {
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
  const note = setTimeout(
    () => console.error("Building the packages the demo uses (a minute or so the first time)…"),
    NOTE_AFTER_MS,
  );
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(note);
      if (code === 0) return resolve();
      process.stderr.write(Buffer.concat(output));
      console.error(`pnpm demo: the build failed (${signal ?? `exit ${code}`}); its output is above.`);
      process.exit(code ?? 1);
    });
    child.on("error", (error) => {
      clearTimeout(note);
      console.error(`pnpm demo: turbo did not start (${error.message}); run \`pnpm install\` first.`);
      process.exit(1);
    });
  });
}
