import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's root, where child processes run as `pnpm` runs them. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
/** The emulator's command, as `npx @runapi.ai/emulator` runs it: the bin over the build. */
export const builtCli = fileURLToPath(new URL("../../bin/runapi-emulator.js", import.meta.url));
/** The emulator's built entry, as an app's tests import it. */
export const builtIndex = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

/**
 * `node <args>` from the repository's root, with the emulator as it is built (`pnpm test` builds before the
 * behaviour tier): one bundled file per process, not every source compiled again by tsx in each.
 */
export function spawnBuilt(args: string[], options: SpawnOptions = {}): ChildProcess {
  for (const file of [builtIndex, fileURLToPath(new URL("../../dist/cli.js", import.meta.url))]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: these tests run the built emulator; run pnpm build`);
  }
  return spawn(process.execPath, args, { cwd: repoRoot, stdio: "pipe", ...options });
}
