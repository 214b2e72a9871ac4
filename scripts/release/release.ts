/**
 * `pnpm release [--skip-tests]`: refuses unless the generated packages match specs/ and `pnpm test` passes;
 * then `changeset version` (versions and CHANGELOG.md from the pending changesets), `pnpm generate` (so the
 * generated files agree with the new versions), a build of the public packages (so they carry them) and
 * `changeset publish` (every public package whose version the registry lacks).
 * --skip-tests is for `pnpm test:release`, which runs this on a copy of the repository as one of the tests.
 */
import { runFromCommandLine } from "../shared/tool-outcome.ts";
import { runRelease } from "./run-release.ts";

await runFromCommandLine(runRelease, new URL("../..", import.meta.url));
