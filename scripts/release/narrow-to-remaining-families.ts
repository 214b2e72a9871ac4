import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, parseDocument } from "yaml";
import { generatePackages } from "../generate/generate-packages.ts";

/**
 * Narrows a copy of the repository, from which the generated packages `leftOut` (folder under packages/ →
 * package name) and their specs were left out, to the families that remain: `pnpm generate` there rewrites the tools over every family
 * (the command line, the MCP server) from the specs left, so their family lists and dependencies shrink to
 * those; the lockfile loses the importers and the dependencies of what was left out, as `pnpm install` would
 * write it, so that the copy still installs with `--frozen-lockfile`.
 */
export async function narrowToRemainingFamilies(
  repo: string,
  leftOut: ReadonlyMap<string, string>,
): Promise<void> {
  await generatePackages(repo);
  const path = join(repo, "pnpm-lock.yaml");
  const lockfile = parseDocument(readFileSync(path, "utf8"));
  const importers = lockfile.get("importers");
  if (!isMap(importers)) throw new Error("pnpm-lock.yaml has no importers");
  for (const dir of leftOut.keys()) importers.delete(`packages/${dir}`);
  for (const { value } of importers.items) {
    if (!isMap(value)) continue;
    for (const kind of ["dependencies", "devDependencies", "optionalDependencies"]) {
      const dependencies = value.get(kind);
      if (isMap(dependencies)) for (const name of leftOut.values()) dependencies.delete(name);
    }
  }
  writeFileSync(path, lockfile.toString({ lineWidth: 0 }));
}
