import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Whether a package.json is one `pnpm generate` wrote from a spec: its `//` notice says so. */
export function isGenerated(manifest: { "//"?: unknown }): boolean {
  return String(manifest["//"] ?? "").startsWith("Generated from specs/");
}

/** The folders under `<root>/packages` that hold a generated package, sorted. */
export function generatedPackageDirs(root: string): string[] {
  const packages = join(root, "packages");
  if (!existsSync(packages)) return [];
  return readdirSync(packages)
    .filter((dir) => {
      const path = join(packages, dir, "package.json");
      return existsSync(path) && isGenerated(JSON.parse(readFileSync(path, "utf8")));
    })
    .sort();
}

/** The names of the packages under `<root>/packages` that were not generated from a spec (core, the emulator, …). */
export function handWrittenPackageNames(root: string): Set<string> {
  const packages = join(root, "packages");
  if (!existsSync(packages)) return new Set();
  const names = new Set<string>();
  for (const dir of readdirSync(packages)) {
    const path = join(packages, dir, "package.json");
    if (!existsSync(path)) continue;
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { name?: string; "//"?: unknown };
    if (manifest.name && !isGenerated(manifest)) names.add(manifest.name);
  }
  return names;
}
