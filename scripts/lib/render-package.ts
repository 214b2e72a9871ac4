import type { FamilyModel } from "./family-model.ts";
import { generatedNotice, json } from "./header.ts";

/** A new family starts here; the minor changeset `changeset:specs` writes for it makes its first release 0.1.0. */
export const INITIAL_VERSION = "0.0.0";

/** The package's package.json; `version` is changesets' to own, so an existing one is kept. */
export function renderPackageJson(family: FamilyModel, existingVersion: string | undefined): string {
  const directory = `packages/${family.family}`;
  return json({
    "//": generatedNotice(family),
    name: family.packageName,
    version: existingVersion ?? INITIAL_VERSION,
    description: `${family.title} (${family.provider}) on RunAPI: a typed, validated client for every ${family.title} variant.`,
    license: "Apache-2.0",
    type: "module",
    sideEffects: false,
    exports: {
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
      },
      "./package.json": "./package.json",
    },
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.ts",
    // What users need: the build and the release notes (npm adds package.json and README.md itself).
    files: ["dist", "CHANGELOG.md"],
    scripts: { build: "tsup", typecheck: "tsc --noEmit" },
    dependencies: { "@runapi.ai/core": "workspace:^" },
    devDependencies: {
      "@runapi.ai/emulator": "workspace:*",
      tsup: "catalog:",
      typescript: "catalog:",
      vitest: "catalog:",
    },
    engines: { node: ">=18" },
    repository: { type: "git", url: "git+https://github.com/runapi-ai/runapi-sdks.git", directory },
    homepage: `https://runapi.ai/models/${family.family}`,
    keywords: ["runapi", family.family, family.modality, family.provider.toLowerCase(), "ai", "sdk"],
    // Provenance is signed in CI (release.yml, with an OIDC token); a registry without it takes --provenance=false.
    publishConfig: { access: "public", provenance: true },
  });
}

export function renderTsconfig(family: FamilyModel): string {
  return `// ${generatedNotice(family)}
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "types": [] },
  "include": ["src", "test"]
}
`;
}

export function renderTsupConfig(family: FamilyModel): string {
  return `// ${generatedNotice(family)}
import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  platform: "neutral",
  clean: true,
  treeshake: true,
});
`;
}
