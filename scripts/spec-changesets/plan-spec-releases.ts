import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { formatProblem, readSpecSurface, SpecError } from "../../packages/spec/src/index.ts";
import { diffSpecSurfaces } from "./diff-spec-surface.ts";
import { BaseError } from "./git-base.ts";
import { type Bump, describeChanges, highestBump, type SpecChange } from "./spec-change.ts";

/** A family package whose public surface changed, the bump it needs and why. */
export interface SpecRelease {
  family: string;
  packageName: string;
  /** The spec, relative to the repository root. */
  file: string;
  /** The family's title, e.g. "Flux 2". */
  title: string;
  bump: Bump;
  changes: SpecChange[];
  /** The changes as the changelog lists them, biggest bump first. */
  reasons: string[];
}

/**
 * Compares every spec in `<root>/specs` with the same file in `<baseRoot>/specs` (the specs at the base,
 * extracted) and returns the packages to release. `removed` lists specs that exist only at the base.
 */
export function planSpecReleases(
  root: string,
  baseRoot: string,
  baseLabel: string,
): { releases: SpecRelease[]; removed: string[] } {
  const current = specFiles(root);
  const previous = specFiles(baseRoot);
  const releases: SpecRelease[] = [];
  for (const name of current) {
    const { surface: after, problems } = readSpecSurface(join(root, "specs", name), root);
    if (!after) throw new SpecError(problems);
    let before: ReturnType<typeof readSpecSurface>["surface"];
    if (previous.includes(name)) {
      const read = readSpecSurface(join(baseRoot, "specs", name), baseRoot);
      if (!read.surface) {
        throw new BaseError(
          `specs/${name} at ${baseLabel} does not pass this checkout's spec linter, so it cannot be compared:\n` +
            `${read.problems.map(formatProblem).join("\n")}\n` +
            `  fix: write this release's changeset by hand (pnpm changeset), or compare with a later base: --base <ref>`,
        );
      }
      before = read.surface;
    }
    const changes = diffSpecSurfaces(before, after);
    const bump = highestBump(changes);
    if (!bump) continue;
    const { family } = after;
    const models = family.actions.flatMap((action) => action.variants.map((variant) => variant.model));
    releases.push({
      family: family.family,
      packageName: family.packageName,
      file: family.file,
      title: family.title,
      bump,
      changes,
      reasons: describeChanges(changes, models),
    });
  }
  return {
    releases,
    removed: previous.filter((name) => !current.includes(name)).map((name) => `specs/${name}`),
  };
}

function specFiles(root: string): string[] {
  const dir = join(root, "specs");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
}
