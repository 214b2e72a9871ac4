import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  formatProblem,
  readSpecSurface,
  SpecError,
  type SpecSurface,
} from "../../packages/spec/src/index.ts";
import { diffSpecSurfaces } from "./diff-spec-surface.ts";
import { BaseError } from "./git-base.ts";
import { type Bump, describeChanges, highestBump, type SpecChange } from "./spec-change.ts";

/**
 * A package a spec change releases — a family's, or the emulator's, which serves every spec — the bump it
 * needs and why.
 */
export interface SpecRelease {
  /** What its changeset is named for, `spec-<slug>-<hash>.md`: the family, or "emulator". */
  slug: string;
  packageName: string;
  /** What changed, relative to the repository root: the family's spec, or specs/ for the emulator. */
  file: string;
  /** The family's title, e.g. "Flux 2"; "RunAPI emulator" for the emulator. */
  title: string;
  bump: Bump;
  changes: SpecChange[];
  /** The changes as the changelog lists them, biggest bump first. */
  reasons: string[];
  /**
   * The line the changelog lists the reasons under, however many there are. Without it, a single reason is
   * the whole entry and several are listed under "Changes in the <title> API:".
   */
  heading?: string;
}

/** Where the workspace keeps the emulator, which carries a copy of specs/ in its package. */
const EMULATOR_MANIFEST = "packages/emulator/package.json";

/**
 * Compares every spec in `<root>/specs` with the same file in `<baseRoot>/specs` (the specs at the base,
 * extracted) and returns the packages to release: each family whose public surface changed and, when the
 * workspace publishes the emulator, the emulator too. `removed` lists specs that exist only at the base.
 */
export function planSpecReleases(
  root: string,
  baseRoot: string,
  baseLabel: string,
): { releases: SpecRelease[]; removed: string[] } {
  const current = specFiles(root);
  const previous = specFiles(baseRoot);
  const gone = previous.filter((name) => !current.includes(name));
  const releases: SpecRelease[] = [];
  for (const name of current) {
    const { surface: after, problems } = readSpecSurface(join(root, "specs", name), root);
    if (!after) throw new SpecError(problems);
    const before = previous.includes(name) ? readBaseSurface(baseRoot, name, baseLabel) : undefined;
    const changes = diffSpecSurfaces(before, after);
    const bump = highestBump(changes);
    if (!bump) continue;
    const { family } = after;
    const models = family.actions.flatMap((action) => action.variants.map((variant) => variant.model));
    releases.push({
      slug: family.family,
      packageName: family.packageName,
      file: family.file,
      title: family.title,
      bump,
      changes,
      reasons: describeChanges(changes, models),
    });
  }
  const emulator = emulatorPackage(root);
  if (emulator) {
    const removedFamilies = gone.map((name) => readBaseSurface(baseRoot, name, baseLabel).family);
    const release = planEmulatorRelease(emulator, releases, removedFamilies);
    if (release) releases.push(release);
  }
  return { releases, removed: gone.map((name) => `specs/${name}`) };
}

/**
 * The emulator serves every spec from the copy its package carries, so a family released by a spec change
 * releases it too, with the highest of their bumps. A family whose spec was removed is no longer served:
 * tests that used it break, which is a major.
 */
function planEmulatorRelease(
  packageName: string,
  families: readonly SpecRelease[],
  removed: readonly { file: string; title: string }[],
): SpecRelease | undefined {
  const changes: SpecChange[] = [
    ...removed.map(
      ({ file, title }): SpecChange => ({
        bump: "major",
        summary: `${title}: no longer served (${file} was removed)`,
      }),
    ),
    ...families.map(({ bump, title, reasons }) => ({ bump, summary: `${title}: ${reasons.join("; ")}` })),
  ];
  const bump = highestBump(changes);
  if (!bump) return undefined;
  return {
    slug: "emulator",
    packageName,
    file: "specs/",
    title: "RunAPI emulator",
    bump,
    changes,
    reasons: describeChanges(changes),
    heading: "Serves the changed specs:",
  };
}

/** The emulator's package name, when the workspace has one that is published. */
function emulatorPackage(root: string): string | undefined {
  const path = join(root, EMULATOR_MANIFEST);
  if (!existsSync(path)) return undefined;
  const manifest = JSON.parse(readFileSync(path, "utf8")) as { name?: string; private?: boolean };
  return manifest.private || !manifest.name ? undefined : manifest.name;
}

/** A spec as it was at the base; one this checkout's linter refuses cannot be compared. */
function readBaseSurface(baseRoot: string, name: string, baseLabel: string): SpecSurface {
  const { surface, problems } = readSpecSurface(join(baseRoot, "specs", name), baseRoot);
  if (surface) return surface;
  throw new BaseError(
    `specs/${name} at ${baseLabel} does not pass this checkout's spec linter, so it cannot be compared:\n` +
      `${problems.map(formatProblem).join("\n")}\n` +
      `  fix: write this release's changeset by hand (pnpm changeset), or compare with a later base: --base <ref>`,
  );
}

function specFiles(root: string): string[] {
  const dir = join(root, "specs");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
}
