/**
 * `pnpm generate [--check]`: writes every packages/<family>/ from specs/<family>.yaml.
 * With --check, writes nothing and exits 1 naming the files that are out of date.
 */
import { runFromCommandLine } from "../shared/tool-outcome.ts";
import { runGenerate } from "./run-generate.ts";

await runFromCommandLine(runGenerate, new URL("../..", import.meta.url));
