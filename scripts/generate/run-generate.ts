import { inspect } from "node:util";
import { SpecCrash, SpecError } from "../../packages/spec/src/index.ts";
import { type ToolOutcome, ToolOutput } from "../shared/tool-outcome.ts";
import { generatePackages } from "./generate-packages.ts";

/** `pnpm generate` on the repository at `root` with the command line's arguments (see generate.ts). */
export async function runGenerate(
  root: string,
  args: string[],
  output = new ToolOutput(),
): Promise<ToolOutcome> {
  const check = args.includes("--check");
  const debug = Boolean(process.env.DEBUG);
  try {
    const started = performance.now();
    const { files, changed, removed } = await generatePackages(root, { check });
    const took = `${Math.round(performance.now() - started)} ms`;
    if (check && changed.length > 0) {
      output.error(
        `Generated files are out of date with specs/ (run \`pnpm generate\` and commit the result):`,
      );
      for (const file of changed) output.error(`  ${file}`);
      return output.outcome(1);
    }
    if (check) {
      output.log(`Generated files are up to date (${files.length} files, ${took}).`);
      return output.outcome(0);
    }
    output.log(`Generated ${files.length} files, ${changed.length} changed (${took}).`);
    for (const file of changed) output.log(`  ${removed.includes(file) ? "removed" : "wrote"} ${file}`);
    return output.outcome(0, changed);
  } catch (error) {
    if (error instanceof SpecError) {
      output.error(`pnpm generate: ${error.problems.length} problem(s) in specs/; nothing was written.\n`);
      output.error(error.message);
    } else if (error instanceof SpecCrash) {
      output.error(
        `pnpm generate: ${error.message} (an error the linter did not catch; correct the spec there); nothing was written.`,
      );
      if (debug) output.error(inspect(error.cause));
    } else {
      output.error(
        `pnpm generate: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`,
      );
      if (debug) output.error(inspect(error));
    }
    return output.outcome(1);
  }
}
