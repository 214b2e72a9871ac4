import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The commit specs are compared with, and how to name it in messages. */
export interface Base {
  /** e.g. "origin/main" or "the merge base of HEAD and main". */
  label: string;
  commit: string;
}

/** A base that cannot be used; the message names the ref and the fix. */
export class BaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BaseError";
  }
}

/** Branches tried, in order, when no base is given: a local main first, else the remote one CI fetches. */
const MAIN_BRANCHES = ["main", "origin/main"];

/** `ref` as a commit, or by default the merge base of HEAD with main (the point the branch started from). */
export function resolveBase(root: string, ref?: string): Base {
  if (ref !== undefined) {
    // A ref never starts with "-"; git would read it as an option.
    const commit = ref.startsWith("-") ? undefined : commitOf(root, ref);
    if (!commit) {
      throw new BaseError(
        `the base ref "${ref}" does not exist in ${root}.\n` +
          `  fix: fetch it (git fetch origin main) or pass a branch, tag or commit that exists: --base <ref>`,
      );
    }
    return { label: ref, commit };
  }
  for (const branch of MAIN_BRANCHES) {
    if (!commitOf(root, branch)) continue;
    const commit = git(root, ["merge-base", "HEAD", branch])?.trim();
    if (!commit) {
      throw new BaseError(
        `HEAD and ${branch} share no commit in ${root}, so there is no merge base to compare with.\n` +
          `  fix: pass the commit the specs should be compared with: --base <ref>`,
      );
    }
    return { label: `the merge base of HEAD and ${branch}`, commit };
  }
  throw new BaseError(
    `neither ${MAIN_BRANCHES.join(" nor ")} exists in ${root}, so there is no default base.\n` +
      `  fix: fetch it (git fetch origin main) or pass the base explicitly: --base <ref>`,
  );
}

/** Writes every file under specs/ as it is at `commit` into `dir`, keeping paths (specs/_shared too). */
export function extractSpecs(root: string, commit: string, dir: string): void {
  const listing = git(root, ["ls-tree", "-r", "-z", "--name-only", commit, "--", "specs"]) ?? "";
  for (const file of listing.split("\0").filter(Boolean)) {
    const content = execFileSync("git", ["show", `${commit}:${file}`], { cwd: root, maxBuffer: 64 << 20 });
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
}

/** The names of the files in .changeset/ at `commit`: changesets that were already there. */
export function changesetsAt(root: string, commit: string): Set<string> {
  const listing = git(root, ["ls-tree", "-z", "--name-only", commit, "--", ".changeset/"]) ?? "";
  return new Set(
    listing
      .split("\0")
      .filter(Boolean)
      .map((path) => path.replace(/^\.changeset\//, "")),
  );
}

function commitOf(root: string, ref: string): string | undefined {
  return git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim() || undefined;
}

/** Runs git; undefined when it fails (the callers turn that into a message with a fix). */
function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    return undefined;
  }
}
