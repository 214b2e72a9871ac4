import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { SpecRelease } from "./plan-spec-releases.ts";
import { BUMPS, type Bump, isAtLeast } from "./spec-change.ts";

/** Changesets this tool writes: `spec-<family, emulator or families>-<hash of the content>.md`. */
const SPEC_CHANGESET = /^spec-(.+)-[0-9a-f]{8}\.md$/;

/** The changeset for one package: its bump, and every reason as the changelog entry. */
export function renderChangeset(release: SpecRelease): string {
  const lines = release.reasons;
  const heading = release.heading ?? (lines.length > 1 ? `Changes in the ${release.title} API:` : undefined);
  const summary = heading ? [heading, "", ...lines.map((line) => `- ${line}`)].join("\n") : lines[0];
  return `---\n${JSON.stringify(release.packageName)}: ${release.bump}\n---\n\n${summary}\n`;
}

/** Named from the content, so the same changes always give the same file and a second run writes nothing. */
export function changesetName(release: SpecRelease, content: string): string {
  return `spec-${release.slug}-${createHash("sha256").update(content).digest("hex").slice(0, 8)}.md`;
}

export interface WriteResult {
  /** Per package to release: its changeset files and whether this run wrote them. */
  packages: { packageName: string; files: string[]; state: "written" | "unchanged" | "by hand" }[];
  /** Changesets this tool wrote earlier on the branch that no longer match the specs. */
  removed: string[];
}

/**
 * Writes one changeset per package to `<root>/.changeset`. A `spec-*` changeset added since the base that
 * no longer matches (the spec changed again) is replaced, so the branch keeps one per package; changesets
 * already at the base (pending from earlier work) are never touched, and a package that a changeset written
 * by hand since the base already releases with a big enough bump is left to it.
 */
export function writeSpecChangesets(root: string, releases: SpecRelease[], atBase: Set<string>): WriteResult {
  const dir = join(root, ".changeset");
  mkdirSync(dir, { recursive: true });
  const result: WriteResult = { packages: [], removed: [] };
  const byHand = pendingReleases(root, atBase, (name) => !SPEC_CHANGESET.test(name));
  const wanted = new Map<string, { packageName: string; content: string }>();
  for (const release of releases) {
    const pending = byHand.get(release.packageName);
    if (pending && isAtLeast(pending.bump, release.bump)) {
      result.packages.push({ packageName: release.packageName, files: pending.files, state: "by hand" });
      continue;
    }
    const content = renderChangeset(release);
    wanted.set(changesetName(release, content), { packageName: release.packageName, content });
  }
  for (const name of readdirSync(dir).sort()) {
    if (SPEC_CHANGESET.test(name) && !atBase.has(name) && !wanted.has(name)) {
      rmSync(join(dir, name));
      result.removed.push(`.changeset/${name}`);
    }
  }
  for (const [name, { packageName, content }] of wanted) {
    const path = join(dir, name);
    const unchanged = existsSync(path) && readFileSync(path, "utf8") === content;
    if (!unchanged) writeFileSync(path, content);
    result.packages.push({
      packageName,
      files: [`.changeset/${name}`],
      state: unchanged ? "unchanged" : "written",
    });
  }
  return result;
}

/**
 * For `--check`: one message per package whose spec changed without a changeset added since the base
 * that releases it with at least the bump the change needs. Empty when every change is covered.
 */
export function missingChangesets(
  root: string,
  releases: SpecRelease[],
  atBase: Set<string>,
  baseLabel: string,
): string[] {
  const pending = pendingReleases(root, atBase, () => true);
  const problems: string[] = [];
  for (const release of releases) {
    const reason = release.reasons[0];
    const found = pending.get(release.packageName);
    if (!found) {
      problems.push(
        `${release.packageName}: ${release.file} changed since ${baseLabel} (a ${release.bump} change: ${reason}), ` +
          "but no changeset added since then releases it",
      );
    } else if (!isAtLeast(found.bump, release.bump)) {
      problems.push(
        `${release.packageName}: ${found.files.join(", ")} release it as ${found.bump}, ` +
          `but the changes to ${release.file} need ${release.bump} (${reason})`,
      );
    }
  }
  return problems;
}

/** Package → highest bump and files, over the changesets in .changeset/ that were not there at the base. */
function pendingReleases(
  root: string,
  atBase: Set<string>,
  include: (name: string) => boolean,
): Map<string, { bump: Bump; files: string[] }> {
  const dir = join(root, ".changeset");
  const pending = new Map<string, { bump: Bump; files: string[] }>();
  if (!existsSync(dir)) return pending;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".md") || name === "README.md" || atBase.has(name) || !include(name)) continue;
    for (const [packageName, bump] of Object.entries(frontMatter(join(dir, name)))) {
      if (!BUMPS.includes(bump as Bump)) continue;
      const entry = pending.get(packageName) ?? { bump: bump as Bump, files: [] };
      if (!isAtLeast(entry.bump, bump as Bump)) entry.bump = bump as Bump;
      entry.files.push(`.changeset/${name}`);
      pending.set(packageName, entry);
    }
  }
  return pending;
}

/** The package → bump map at the top of a changeset; empty when the file has none. */
function frontMatter(path: string): Record<string, string> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, "utf8"));
  if (!match) return {};
  const parsed: unknown = parse(match[1] ?? "");
  return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, string>) : {};
}
