/**
 * `pnpm changeset:specs [--base <ref>] [--check]`: compares every spec with the base (default: the merge
 * base of HEAD with main) and writes one changeset per package whose public surface changed, with the bump
 * the change needs and every reason, and one for the emulator, which serves those specs, naming each family.
 * Running it again writes nothing new.
 * With --check, writes nothing and exits 1 naming the packages whose spec changed without a changeset.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SpecError } from "../../packages/spec/src/index.ts";
import { BaseError, changesetsAt, extractSpecs, resolveBase } from "./git-base.ts";
import { planSpecReleases } from "./plan-spec-releases.ts";
import { missingChangesets, writeSpecChangesets } from "./spec-changesets.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const usage = "usage: pnpm changeset:specs [--base <git ref>] [--check]";

function readArgs() {
  try {
    return parseArgs({ options: { base: { type: "string" }, check: { type: "boolean" } } }).values;
  } catch (error) {
    console.error(`changeset:specs: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const args = readArgs();
const scratch = mkdtempSync(join(tmpdir(), "runapi-base-specs-"));
try {
  const base = resolveBase(root, args.base);
  extractSpecs(root, base.commit, scratch);
  const { releases, removed } = planSpecReleases(root, scratch, base.label);
  const atBase = changesetsAt(root, base.commit);
  console.log(`changeset:specs: specs/ compared with ${base.label} (${base.commit.slice(0, 7)}).`);
  for (const file of removed) {
    console.log(
      `  ${file} was removed: its package is no longer generated; deprecate it on npm (npm deprecate).`,
    );
  }
  if (args.check) {
    const problems = missingChangesets(root, releases, atBase, base.label);
    for (const problem of problems) console.error(`  ${problem}`);
    if (problems.length > 0) {
      console.error(
        "  fix: run `pnpm changeset:specs` (it writes the changesets these spec changes need) and commit .changeset/",
      );
      process.exitCode = 1;
    } else {
      console.log(`  every spec change has a changeset (${releases.length} package(s) to release).`);
    }
  } else {
    const result = writeSpecChangesets(root, releases, atBase);
    for (const file of result.removed)
      console.log(`  removed ${file} (the specs changed since it was written)`);
    for (const release of releases) {
      const entry = result.packages.find((item) => item.packageName === release.packageName);
      const files = entry?.files.join(", ") ?? "";
      const state =
        entry?.state === "written" ? `wrote ${files}` : `${files} (${entry?.state}, left as it is)`;
      console.log(`  ${release.packageName}: ${release.bump} — ${state}`);
      for (const line of release.reasons) console.log(`    - ${line}`);
    }
    const written = result.packages.filter((entry) => entry.state === "written").length;
    if (releases.length === 0) console.log("  no package's public surface changed; nothing to write.");
    else if (written === 0 && result.removed.length === 0) console.log("  nothing new to write.");
  }
} catch (error) {
  if (!(error instanceof BaseError || error instanceof SpecError)) throw error;
  console.error(`changeset:specs: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
