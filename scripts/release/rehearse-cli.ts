import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildProcesses } from "../shared/child-processes.ts";
import type { LocalRegistry } from "./local-registry.ts";

const CLI = "@runapi.ai/cli";
const MODEL = "flux-2-pro-text-to-image";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface CliRehearsal {
  /** The copy of the repository that was released. */
  repo: string;
  /** Where the rehearsal makes its folders. */
  work: string;
  registry: LocalRegistry;
  processes: ChildProcesses;
  /** A user's environment: npm pointed at the local registry only. */
  env: NodeJS.ProcessEnv;
  /** The emulator the command line is pointed at, as a user does with the two variables it prints. */
  emulator: { url: string; apiKey: string };
  step: (message: string) => void;
}

/**
 * As a user of the command line: @runapi.ai/cli, as released, installed with plain npm in an empty folder; its
 * `runapi` bin creates a Flux 2 task against the emulator, waits for it and downloads a real PNG into a folder.
 */
export async function rehearseCli({ repo, work, registry, processes, env, emulator, step }: CliRehearsal) {
  const version = (
    JSON.parse(readFileSync(join(repo, "packages", "cli", "package.json"), "utf8")) as { version: string }
  ).version;
  assert.deepEqual(await registry.versions(CLI), [version], `${CLI} versions on the registry`);
  step(
    `installing ${CLI}@${version} with npm in an empty folder; runapi creates a Flux 2 task on the emulator`,
  );
  const dir = join(work, "user-cli");
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "user-cli", private: true })}\n`);
  await processes.run("npm", ["install", `${CLI}@${version}`], { cwd: dir, env, timeoutMs: 90_000 });
  const installed = join(dir, "node_modules", CLI);
  assert.ok(!existsSync(join(installed, "src")), "the command line's tarball carries dist/, not src/");
  const out = join(dir, "out");
  const output = await processes.run(
    join(dir, "node_modules", ".bin", "runapi"),
    ["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a red fox in snow", "--wait", "--out", out],
    {
      cwd: dir,
      env: { ...env, RUNAPI_BASE_URL: emulator.url, RUNAPI_API_KEY: emulator.apiKey },
      timeoutMs: 30_000,
    },
  );
  // Progress lines (stderr) and the result (stdout) come interleaved: the task's id and status, then the file.
  const lines = output.trim().split("\n");
  const at = lines.findIndex((line) => /^[\w-]+ completed$/.test(line));
  assert.ok(at >= 0, `runapi printed the completed task:\n${output}`);
  const id = (lines[at] as string).split(" ")[0];
  const file = join(out, `${id}-1.png`);
  assert.equal(lines[at + 1], file, `runapi printed the file it wrote:\n${output}`);
  assert.deepEqual([...readFileSync(file).subarray(0, 8)], PNG_SIGNATURE, "the file runapi wrote is a PNG");
}
