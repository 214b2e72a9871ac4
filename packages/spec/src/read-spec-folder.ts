import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { type LoadedSpec, loadSpec } from "./load-spec.js";
import type { SpecProblem } from "./spec-problem.js";

const YAML = /\.ya?ml$/;

/**
 * Every spec of a folder (each `*.yaml` in it), loaded and read by `read` (readFamily or readServedFamily), and
 * every file of its subfolders (shared components such as `_shared/common.yaml`) linted too, whether a spec
 * refers to it or not. A problem of a file several specs share is told once. Files are named relative to `root`.
 */
export function readSpecFolder<Family>(
  specsDir: string,
  root: string,
  read: (spec: LoadedSpec) => { family?: Family; problems: SpecProblem[] },
): { families: { spec: LoadedSpec; family: Family }[]; problems: SpecProblem[] } {
  const problems = new Map<string, SpecProblem>();
  const tell = (found: SpecProblem[]) => {
    for (const problem of found)
      problems.set(`${problem.file}#${problem.pointer}: ${problem.message}`, problem);
  };
  const families: { spec: LoadedSpec; family: Family }[] = [];
  for (const name of readdirSync(specsDir).sort()) {
    const path = join(specsDir, name);
    if (statSync(path).isDirectory()) {
      for (const shared of yamlFilesUnder(path)) tell(loadSpec(shared, root).problems);
      continue;
    }
    if (!YAML.test(name)) continue;
    const spec = loadSpec(path, root);
    const { family, problems: found } = read(spec);
    tell(found);
    if (family) families.push({ spec, family });
  }
  return { families, problems: [...problems.values()] };
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return YAML.test(name) ? [path] : [];
    });
}
