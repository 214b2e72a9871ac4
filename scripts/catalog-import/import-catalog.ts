/**
 * `pnpm import:catalog [--check] [--accept <file>#<pointer>]… [--keep <file>#<pointer>]…`: writes or updates
 * specs/<family>.yaml from RunAPI's catalog data in specs/_catalog/, keeping hand edits (see its README.md).
 * With --check, writes nothing and exits 1 when a run would change a file.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { importCatalog, writeImport } from "./import-families.ts";
import { importReport } from "./import-report.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const usage =
  "usage: pnpm import:catalog [--check] [--accept '<file>#<pointer>']… [--keep '<file>#<pointer>']…";

function readArgs() {
  try {
    return parseArgs({
      options: {
        check: { type: "boolean" },
        accept: { type: "string", multiple: true },
        keep: { type: "string", multiple: true },
      },
    }).values;
  } catch (error) {
    console.error(`import:catalog: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const args = readArgs();
try {
  const result = importCatalog(root, { accept: new Set(args.accept), keep: new Set(args.keep) });
  const check = args.check === true;
  for (const line of importReport(result, check)) console.log(line);
  if (check && result.writes.size > 0) {
    console.error("import:catalog --check: a run would change the files above (run `pnpm import:catalog`).");
    process.exitCode = 1;
  } else if (!check) {
    writeImport(root, result.writes);
  }
} catch (error) {
  console.error(`import:catalog: ${(error as Error).message}\nNothing was written.`);
  process.exitCode = 1;
}
