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
