import { spawn } from "node:child_process";
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
 * `runapi <args>` as a child process, from the sources of `root` (this repository, or a copy of it): the
 * test tsconfig maps core and every family package to their sources, so nothing needs a build. `env` is all
 * the child gets of RunAPI's variables (the caller's own RUNAPI_* are left out).
 */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  { root = repoRoot, stdin }: { root?: string; stdin?: string } = {},
): Promise<CliResult> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("RUNAPI_")),
  );
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "packages/cli/src/cli.ts"), ...args], {
    cwd: root,
    stdio: "pipe",
    env: { ...inherited, ...env, TSX_TSCONFIG_PATH: join(root, "packages/cli/test/tsconfig.json") },
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
