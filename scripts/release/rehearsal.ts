/**
 * What every step of the release rehearsal shares: the copy that was released, the registry it went to, a user's
 * environment, the emulator, and the one way a user gets a package — `npm install` in an empty folder.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildProcesses } from "../shared/child-processes.ts";
import type { LocalRegistry } from "./local-registry.ts";

/** The eight bytes every PNG file starts with: what each user's program must have saved or been given. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface Rehearsal {
  /** The copy of the repository that was released. */
  repo: string;
  /** Where the rehearsal makes its folders. */
  work: string;
  registry: LocalRegistry;
  /** The rehearsal's processes: whatever a step starts is stopped with them, on failure too. */
  processes: ChildProcesses;
  /** A user's environment: npm pointed at the local registry only. */
  env: NodeJS.ProcessEnv;
  /** The emulator a user points an app at, with the two variables it prints. */
  emulator: { url: string; apiKey: string };
  /** Prints what the rehearsal does next. */
  step: (message: string) => void;
}

/** The version `pnpm release` gave a workspace package (`@runapi.ai/<folder>`) in the copy. */
export function releasedVersion(repo: string, name: string): string {
  const folder = name.replace("@runapi.ai/", "");
  return (
    JSON.parse(readFileSync(join(repo, "packages", folder, "package.json"), "utf8")) as { version: string }
  ).version;
}

/**
 * A new folder `<work>/<name>` with `specs` (name@version) installed by plain `npm install`, as a user installs
 * them; each of our packages among them carries its build, not its sources. Answers the folder.
 */
export async function installInEmptyFolder(
  { work, processes, env }: Pick<Rehearsal, "work" | "processes" | "env">,
  name: string,
  specs: readonly string[],
): Promise<string> {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name, version: "0.0.0", private: true })}\n`);
  await processes.run("npm", ["install", ...specs], { cwd: dir, env, timeoutMs: 120_000 });
  for (const spec of specs) {
    const pkg = spec.replace(/(?!^)@[^@]*$/, "");
    if (!pkg.startsWith("@runapi.ai/")) continue;
    assert.ok(!existsSync(join(dir, "node_modules", pkg, "src")), `${pkg}'s tarball carries dist/, not src/`);
  }
  return dir;
}
