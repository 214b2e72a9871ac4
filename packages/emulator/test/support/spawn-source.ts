import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository's root, where child processes run as `pnpm` runs them. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

// The test tsconfig maps @runapi.ai/core to its sources, so a child runs from source as the tests do, unbuilt.
const tsconfig = fileURLToPath(new URL("../tsconfig.json", import.meta.url));

/** `node --import tsx <args>` from the repository's root, reading the emulator and core from their sources. */
export function spawnSource(args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: repoRoot,
    stdio: "pipe",
    ...options,
    env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
  });
}
