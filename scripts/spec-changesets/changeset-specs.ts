/**
 * `pnpm changeset:specs [--base <ref>] [--check]`: compares every spec with the base (default: the merge
 * base of HEAD with main) and writes one changeset per package whose public surface changed, with the bump
 * the change needs and every reason, and one each for the emulator, which serves those specs, and the families
 * package, which lists them, naming each family.
 * Running it again writes nothing new.
 * With --check, writes nothing and exits 1 naming the packages whose spec changed without a changeset.
 */
import { runFromCommandLine } from "../shared/tool-outcome.ts";
import { runChangesetSpecs } from "./run-changeset-specs.ts";

await runFromCommandLine(runChangesetSpecs, new URL("../..", import.meta.url));
