import { parseArgs } from "node:util";
import { type ToolOutcome, ToolOutput } from "../shared/tool-outcome.ts";
import { importCatalog, writeImport } from "./import-families.ts";
import { importReport } from "./import-report.ts";

const usage =
  "usage: pnpm import:catalog [--check] [--accept '<file>#<pointer>']… [--keep '<file>#<pointer>']…";

/** `pnpm import:catalog` on the repository at `root` with the command line's arguments (see import-catalog.ts). */
export function runImportCatalog(root: string, args: string[], output = new ToolOutput()): ToolOutcome {
  let options: { check?: boolean; accept?: string[]; keep?: string[] };
  try {
    options = parseArgs({
      args,
      options: {
        check: { type: "boolean" },
        accept: { type: "string", multiple: true },
        keep: { type: "string", multiple: true },
      },
    }).values;
  } catch (error) {
    output.error(`import:catalog: ${(error as Error).message}\n${usage}`);
    return output.outcome(2);
  }
  try {
    const result = importCatalog(root, { accept: new Set(options.accept), keep: new Set(options.keep) });
    const check = options.check === true;
    for (const line of importReport(result, check)) output.log(line);
    if (check && result.writes.size > 0) {
      output.error("import:catalog --check: a run would change the files above (run `pnpm import:catalog`).");
      return output.outcome(1);
    }
    if (check) return output.outcome(0);
    writeImport(root, result.writes);
    return output.outcome(0, [...result.writes.keys()]);
  } catch (error) {
    output.error(`import:catalog: ${(error as Error).message}\nNothing was written.`);
    return output.outcome(1);
  }
}
