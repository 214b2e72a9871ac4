import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../..", import.meta.url));

/**
 * What the scripts read: the shared specs and Flux 2's (one family stands for all: a copy with every family
 * would generate 40 packages per test), the scripts themselves, core's sources, the spec reader (packages/spec),
 * the generated package, and the emulator's manifest (a spec change releases the emulator, which carries the
 * specs).
 */
const PARTS = [
  "specs/_shared",
  "specs/_catalog",
  "specs/flux-2.yaml",
  "scripts",
  "packages/core/src",
  "packages/spec",
  "packages/flux-2",
  "packages/emulator/package.json",
  ".changeset/config.json",
  ".changeset/README.md",
  "package.json",
  "pnpm-workspace.yaml",
  "tsconfig.base.json",
];

/**
 * A throwaway copy of the repository for tests of the scripts (node_modules linked, not copied), as a git
 * repository whose `main` holds the copy. The caller removes it.
 */
export function copyOfRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), "runapi-scripts-"));
  for (const part of PARTS) {
    if (!existsSync(join(repo, part))) continue;
    cpSync(join(repo, part), join(dir, part), {
      recursive: true,
      filter: (src) =>
        !/[/\\](node_modules|dist|\.turbo)([/\\]|$)/.test(src) && !src.endsWith("CHANGELOG.md"),
    });
  }
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"));
  git(dir, "init", "--quiet", "--initial-branch=main");
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--message", "base");
  return dir;
}

/** git in `dir`, with an identity and none of the caller's configuration. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.invalid",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.invalid",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_CONFIG_NOSYSTEM: "1",
    },
  });
}

/** Every file under packages/ with its content, to prove nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else files[child.slice(dir.length)] = readFileSync(child, "utf8");
    }
  };
  walk(join(dir, "packages"));
  return files;
}
