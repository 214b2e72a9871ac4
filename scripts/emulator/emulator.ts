/**
 * `pnpm emulator [flags]`: builds the emulator, quietly (build-quietly.ts), then runs its command in this process
 * with the same flags (`pnpm emulator --help` lists them), so that its banner is all a user reads.
 */
import { buildQuietly } from "../shared/build-quietly.ts";

await buildQuietly(
  "pnpm emulator",
  ["run", "build", "--filter=@runapi.ai/emulator", "--output-logs=errors-only"],
  "Building the emulator (half a minute or so the first time)…",
);
// The emulator's command reads process.argv and handles Ctrl-C and SIGTERM itself.
await import(new URL("../../packages/emulator/dist/cli.js", import.meta.url).href);
