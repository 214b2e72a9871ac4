import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type FamilyModel, formatProblem, loadSpec, readFamily } from "../../spec/src/index.ts";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * Specs that hold every form of price and every kind of cross-field rule the spec format has, beyond what the
 * specs in specs/ use today. They have no generated package: their client is core's, on their catalog.
 */
const FIXTURES = ["scripts/fixtures/toy-prices/toy-prices.yaml", "scripts/fixtures/toy-rules/toy-rules.yaml"];

/** What the suite walks, as plain data a test file receives from the suite's setup. */
export interface SpecFolder {
  /** A temporary folder (removed after the run) whose specs/ the emulators serve. */
  root: string;
  /** `<root>/specs`: specs/ and the fixtures side by side, with specs/_shared/. */
  dir: string;
  /** Every family as the generator reads it; `fixture` for one with no generated package. */
  families: { model: FamilyModel; fixture: boolean }[];
}

/** Every spec in specs/ (discovered, never listed) and the fixtures, read, and copied into one folder. */
export function writeSpecFolder(): SpecFolder {
  const root = mkdtempSync(join(tmpdir(), "runapi-conformance-"));
  const dir = join(root, "specs");
  mkdirSync(dir);
  cpSync(join(repo, "specs/_shared"), join(dir, "_shared"), { recursive: true });
  const families: SpecFolder["families"] = [];
  const specs = readdirSync(join(repo, "specs"))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  for (const name of specs) {
    copyFileSync(join(repo, "specs", name), join(dir, name));
    families.push({ model: readSpec(join(repo, "specs", name), repo), fixture: false });
  }
  for (const fixture of FIXTURES) {
    const path = join(dir, basename(fixture));
    copyFileSync(join(repo, fixture), path);
    families.push({ model: readSpec(path, root), fixture: true });
  }
  return { root, dir, families };
}

function readSpec(path: string, root: string): FamilyModel {
  const { family, problems } = readFamily(loadSpec(path, root));
  if (!family) {
    throw new Error(
      `${relative(root, path)} does not read as a family (run pnpm generate for the fix):\n${problems.map(formatProblem).join("\n")}`,
    );
  }
  return family;
}
