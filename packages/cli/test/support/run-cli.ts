import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository the tests run in. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `runapi <args>` as a child process: in this repository the built command (`bin/runapi.js`, as users run it;
 * `pnpm test` builds before this tier), in a copy of it (`root`, which has no build) from its sources, which the
 * test tsconfig maps core and every family package to. `env` is all the child gets of RunAPI's variables (the
 * caller's own RUNAPI_* are left out). It runs in `cwd` (default: `root`).
 */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  { root = repoRoot, stdin, cwd = root }: { root?: string; stdin?: string; cwd?: string } = {},
): Promise<CliResult> {
  const child = spawn(process.execPath, [...cliCommand(root), ...args], {
    cwd,
    stdio: "pipe",
    env: cliEnv(env, root),
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  child.stdin.end(stdin ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** node's arguments that run `runapi` in `root`: the built bin in this repository, the sources in a copy. */
export function cliCommand(root = repoRoot): string[] {
  const built = join(root, "packages/cli/dist/cli.js");
  if (root === repoRoot && !existsSync(built)) {
    throw new Error(`${built} is missing: the tests run the built command; run pnpm build first`);
  }
  return root === repoRoot
    ? [join(root, "packages/cli/bin/runapi.js")]
    : ["--import", "tsx", join(root, "packages/cli/src/cli.ts")];
}

/** The child's environment: the caller's without its RUNAPI_* variables, then `env`. */
export function cliEnv(env: Record<string, string>, root = repoRoot): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("RUNAPI_")),
  );
  return { ...inherited, ...env, TSX_TSCONFIG_PATH: join(root, "packages/cli/test/tsconfig.json") };
}
