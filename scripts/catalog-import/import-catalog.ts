/**
 * `pnpm import:catalog [--check] [--accept <file>#<pointer>]… [--keep <file>#<pointer>]…`: writes or updates
 * specs/<family>.yaml from RunAPI's catalog data in specs/_catalog/, keeping hand edits (see its README.md).
 * With --check, writes nothing and exits 1 when a run would change a file.
 */
import { runFromCommandLine } from "../shared/tool-outcome.ts";
import { runImportCatalog } from "./run-import-catalog.ts";

await runFromCommandLine(runImportCatalog, new URL("../..", import.meta.url));
