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
 * A package a spec change releases — a family's, or one that carries every spec (the emulator, which serves
 * them; the families package, which lists them with their help) — the bump it needs and why.
 */
export interface SpecRelease {
  /** What its changeset is named for, `spec-<slug>-<hash>.md`: the family, "emulator" or "families". */
  slug: string;
  packageName: string;
  /** What changed, relative to the repository root: the family's spec, or specs/ for a package of every spec. */
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

/**
 * The packages that carry every spec, each released with the highest bump of the families' own when specs change:
 * the emulator serves each family from the copy of specs/ its package holds; the families package lists each
 * family with its variants' help (titles, prices, field descriptions), which the command line, the MCP server
 * and the AI SDK provider read. A family whose spec was removed is gone from both: a major.
 */
const EVERY_SPEC_PACKAGES = [
  {
    manifest: "packages/emulator/package.json",
    slug: "emulator",
    title: "RunAPI emulator",
    heading: "Serves the changed specs:",
    gone: "no longer served",
  },
  {
    manifest: "packages/families/package.json",
    slug: "families",
    title: "RunAPI families",
    heading: "Lists the changed families:",
    gone: "no longer listed",
  },
] as const;

/**
 * Compares every spec in `<root>/specs` with the same file in `<baseRoot>/specs` (the specs at the base,
 * extracted) and returns the packages to release: each family whose public surface changed and, of the
 * emulator and the families package, each the workspace publishes. `removed` lists specs that exist only at the
 * base.
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
  const removedFamilies = gone.map((name) => readBaseSurface(baseRoot, name, baseLabel).family);
  const familyReleases = [...releases];
  for (const carrier of EVERY_SPEC_PACKAGES) {
    const packageName = publishedPackage(root, carrier.manifest);
    if (!packageName) continue;
    const release = planEverySpecRelease(carrier, packageName, familyReleases, removedFamilies);
    if (release) releases.push(release);
  }
  return { releases, removed: gone.map((name) => `specs/${name}`) };
}

/**
 * A package of every spec (EVERY_SPEC_PACKAGES) is released by each family a spec change releases, with the
 * highest of their bumps. A family whose spec was removed is gone from it: what used it breaks, which is a major.
 */
function planEverySpecRelease(
  carrier: (typeof EVERY_SPEC_PACKAGES)[number],
  packageName: string,
  families: readonly SpecRelease[],
  removed: readonly { file: string; title: string }[],
): SpecRelease | undefined {
  const changes: SpecChange[] = [
    ...removed.map(
      ({ file, title }): SpecChange => ({
        bump: "major",
        summary: `${title}: ${carrier.gone} (${file} was removed)`,
      }),
    ),
    ...families.map(({ bump, title, reasons }) => ({ bump, summary: `${title}: ${reasons.join("; ")}` })),
  ];
  const bump = highestBump(changes);
  if (!bump) return undefined;
  return {
    slug: carrier.slug,
    packageName,
    file: "specs/",
    title: carrier.title,
    bump,
    changes,
    reasons: describeChanges(changes),
    heading: carrier.heading,
  };
}

/** The name of the package whose manifest is at `manifestPath` (from `root`), when it exists and is published. */
function publishedPackage(root: string, manifestPath: string): string | undefined {
  const path = join(root, manifestPath);
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
