/**
 * Run by `pnpm build:families` after tsup has written every generated package: each package's CommonJS entry
 * and its declarations take the shape where `require()` returns the client class (require-returns-class.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedPackageDirs } from "../shared/generated-packages.ts";
import { classAsExportAssignment, classAsModuleExports, exportedNames } from "./require-returns-class.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

const namesByManifest = new Map<string, string[]>();

/** The export names of a package a generated package re-exports whole (core), from its CommonJS declarations. */
function exportsOf(from: string): (specifier: string) => string[] {
  return (specifier) => {
    const manifestPath = createRequire(join(from, "package.json")).resolve(`${specifier}/package.json`);
    let names = namesByManifest.get(manifestPath);
    if (!names) {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
      const types = manifest.exports?.["."]?.require?.types;
      if (typeof types !== "string")
        throw new Error(`${specifier} has no CommonJS declarations in its exports`);
      names = exportedNames(readFileSync(join(dirname(manifestPath), types), "utf8"));
      namesByManifest.set(manifestPath, names);
    }
    return names;
  };
}

for (const dir of generatedPackageDirs(root)) {
  const packageDir = join(root, "packages", dir);
  const rewrite = (file: string, change: (text: string) => string) => {
    const path = join(packageDir, "dist", file);
    try {
      writeFileSync(path, change(readFileSync(path, "utf8")));
    } catch (error) {
      throw new Error(`packages/${dir}/dist/${file}: ${(error as Error).message}`);
    }
  };
  rewrite("index.cjs", classAsModuleExports);
  rewrite("index.d.cts", (text) => classAsExportAssignment(text, exportsOf(packageDir)));
}
