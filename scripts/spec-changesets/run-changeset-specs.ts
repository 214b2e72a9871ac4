import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SpecError } from "../../packages/spec/src/index.ts";
import { type ToolOutcome, ToolOutput } from "../shared/tool-outcome.ts";
import { BaseError, changesetsAt, extractSpecs, resolveBase } from "./git-base.ts";
import { planSpecReleases } from "./plan-spec-releases.ts";
import { missingChangesets, writeSpecChangesets } from "./spec-changesets.ts";

const usage = "usage: pnpm changeset:specs [--base <git ref>] [--check]";

/** `pnpm changeset:specs` on the repository at `root` with the command line's arguments (see changeset-specs.ts). */
export function runChangesetSpecs(root: string, args: string[], output = new ToolOutput()): ToolOutcome {
  let options: { base?: string; check?: boolean };
  try {
    options = parseArgs({ args, options: { base: { type: "string" }, check: { type: "boolean" } } }).values;
  } catch (error) {
    output.error(`changeset:specs: ${(error as Error).message}\n${usage}`);
    return output.outcome(2);
  }
  const scratch = mkdtempSync(join(tmpdir(), "runapi-base-specs-"));
  try {
    const base = resolveBase(root, options.base);
    extractSpecs(root, base.commit, scratch);
    const { releases, removed } = planSpecReleases(root, scratch, base.label);
    const atBase = changesetsAt(root, base.commit);
    output.log(`changeset:specs: specs/ compared with ${base.label} (${base.commit.slice(0, 7)}).`);
    for (const file of removed) {
      output.log(
        `  ${file} was removed: its package is no longer generated; deprecate it on npm (npm deprecate).`,
      );
    }
    if (options.check) {
      const problems = missingChangesets(root, releases, atBase, base.label);
      for (const problem of problems) output.error(`  ${problem}`);
      if (problems.length > 0) {
        output.error(
          "  fix: run `pnpm changeset:specs` (it writes the changesets these spec changes need) and commit .changeset/",
        );
        return output.outcome(1);
      }
      output.log(`  every spec change has a changeset (${releases.length} package(s) to release).`);
      return output.outcome(0);
    }
    const result = writeSpecChangesets(root, releases, atBase);
    for (const file of result.removed)
      output.log(`  removed ${file} (the specs changed since it was written)`);
    for (const release of releases) {
      const entry = result.packages.find((item) => item.packageName === release.packageName);
      const files = entry?.files.join(", ") ?? "";
      const state =
        entry?.state === "written" ? `wrote ${files}` : `${files} (${entry?.state}, left as it is)`;
      output.log(`  ${release.packageName}: ${release.bump} — ${state}`);
      for (const line of release.reasons) output.log(`    - ${line}`);
    }
    const written = result.packages.filter((entry) => entry.state === "written");
    if (releases.length === 0) output.log("  no package's public surface changed; nothing to write.");
    else if (written.length === 0 && result.removed.length === 0) output.log("  nothing new to write.");
    return output.outcome(0, [...result.removed, ...written.flatMap((entry) => entry.files)]);
  } catch (error) {
    if (!(error instanceof BaseError || error instanceof SpecError)) throw error;
    output.error(`changeset:specs: ${error.message}`);
    return output.outcome(1);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
