import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The specs the emulator serves, found by walking up from this module's own file to the first `specs/` folder
 * holding *.yaml: from the published package that is the copy its build carries (`dist/specs/`, beside the
 * bundle); from `src/` under tests, the repository's `specs/`, so tests never read a stale copy.
 */
export function findSpecsDir(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, "specs");
    if (existsSync(candidate) && statSync(candidate).isDirectory()) {
      if (readdirSync(candidate).some((name) => /\.ya?ml$/.test(name))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No specs/ folder with *.yaml found above ${from}; pass specsDir.`);
    dir = parent;
  }
}
