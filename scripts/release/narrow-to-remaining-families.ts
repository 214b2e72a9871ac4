import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, parseDocument } from "yaml";
import { generatePackages } from "../generate/generate-packages.ts";

/**
 * Narrows a copy of the repository, from which the generated packages `leftOut` (folder under packages/ →
 * package name) and their specs were left out, to the families that remain: `pnpm generate` there rewrites the
 * families package (@runapi.ai/families, which the command line, the MCP server and the AI SDK provider read) from
 * the specs left, so its list and dependencies shrink to those; a package's development dependency on a family
 * left out (a test's) is dropped; and the lockfile loses the importers and the dependencies of what was left out,
 * as `pnpm install` would write it, so that the copy still installs with `--frozen-lockfile`.
 */
export async function narrowToRemainingFamilies(
  repo: string,
  leftOut: ReadonlyMap<string, string>,
): Promise<void> {
  await generatePackages(repo);
  const dropped = new Set(leftOut.values());
  for (const dir of readdirSync(join(repo, "packages"))) {
    const manifestPath = join(repo, "packages", dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const text = readFileSync(manifestPath, "utf8");
    const manifest = JSON.parse(text) as { devDependencies?: Record<string, string> };
    const kept = Object.entries(manifest.devDependencies ?? {}).filter(([name]) => !dropped.has(name));
    if (kept.length === Object.keys(manifest.devDependencies ?? {}).length) continue;
    manifest.devDependencies = Object.fromEntries(kept);
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }
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
