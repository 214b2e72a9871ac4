/**
 * `pnpm generate [--check]`: writes every packages/<family>/ from specs/<family>.yaml.
 * With --check, writes nothing and exits 1 naming the files that are out of date.
 */
import { fileURLToPath } from "node:url";
import { SpecCrash, SpecError } from "../../packages/spec/src/index.ts";
import { generatePackages } from "./generate-packages.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const check = process.argv.includes("--check");

try {
  const started = performance.now();
  const { files, changed, removed } = await generatePackages(root, { check });
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
    for (const file of changed) console.log(`  ${removed.includes(file) ? "removed" : "wrote"} ${file}`);
  }
} catch (error) {
  process.exitCode = 1;
  if (error instanceof SpecError) {
    console.error(`pnpm generate: ${error.problems.length} problem(s) in specs/; nothing was written.\n`);
    console.error(error.message);
  } else if (error instanceof SpecCrash) {
    console.error(
      `pnpm generate: ${error.message} (an error the linter did not catch; correct the spec there); nothing was written.`,
    );
    if (process.env.DEBUG) console.error(error.cause);
  } else {
    console.error(
      `pnpm generate: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`,
    );
    if (process.env.DEBUG) console.error(error);
  }
}
