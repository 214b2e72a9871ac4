/**
 * `pnpm new-family <slug>`: writes specs/<slug>.yaml, a starting spec with one example variant whose lines
 * say what to change. `pnpm generate` then writes packages/<slug>.
 */
import { runFromCommandLine } from "../shared/tool-outcome.ts";
import { runNewFamily } from "./run-new-family.ts";

await runFromCommandLine(runNewFamily, new URL("../..", import.meta.url));
