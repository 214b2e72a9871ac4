import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository's specs/ folder, found by walking up from this module's own file. Walking (rather than a fixed
 * `../..`) is what makes it work both from src/ under vitest and from the bundled dist/.
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
