/**
 * `pnpm generate [--check]`: writes every packages/<family>/ from specs/<family>.yaml.
 * With --check, writes nothing and exits 1 naming the files that are out of date.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatePackages } from "./lib/generate-packages.ts";
import { SpecError } from "./lib/spec-problem.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const check = process.argv.includes("--check");

try {
  const started = performance.now();
  const { files, changed } = await generatePackages(root, { check });
  const took = `${Math.round(performance.now() - started)} ms`;
  if (check && changed.length > 0) {
    console.error(
      `Generated files are out of date with specs/ (run \`pnpm generate\` and commit the result):`,
    );
    for (const file of changed) console.error(`  ${file}`);
    process.exitCode = 1;
  } else if (check) {
    console.log(`Generated files are up to date (${files.length} files, ${took}).`);
  } else {
    console.log(`Generated ${files.length} files, ${changed.length} changed (${took}).`);
    for (const file of changed) console.log(`  wrote ${file}`);
  }
} catch (error) {
  process.exitCode = 1;
  if (error instanceof SpecError) {
    console.error(`pnpm generate: ${error.problems.length} problem(s) in specs/; nothing was written.\n`);
    console.error(error.message);
  } else {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    const file = await failingSpec();
    console.error(
      file
        ? `pnpm generate: ${file}: ${reason} (an error the linter did not catch; correct the spec there); nothing was written.`
        : `pnpm generate: ${reason}`,
    );
    if (process.env.DEBUG) console.error(error);
  }
}

/**
 * The spec whose package cannot be generated: each spec is generated alone (--check, in a temporary root
 * holding only it and the specs/ folders it may reference). Undefined when none fails alone.
 */
async function failingSpec(): Promise<string | undefined> {
  const specs = join(root, "specs");
  let entries: string[];
  try {
    entries = readdirSync(specs);
  } catch {
    return undefined;
  }
  const isSpec = (name: string) => /\.ya?ml$/.test(name);
  for (const name of entries.filter(isSpec).sort()) {
    const alone = mkdtempSync(join(tmpdir(), "runapi-generate-"));
    try {
      mkdirSync(join(alone, "specs"));
      for (const entry of entries) {
        if (entry === name || !isSpec(entry)) symlinkSync(join(specs, entry), join(alone, "specs", entry));
      }
      await generatePackages(alone, { check: true });
    } catch (error) {
      if (!(error instanceof SpecError)) return `specs/${name}`;
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  }
  return undefined;
}
