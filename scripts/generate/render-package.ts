import type { FamilyModel } from "../../packages/spec/src/index.ts";
import { codeHeader, generatedNotice, json, titleAndProvider } from "../shared/header.ts";

/** A new family starts here; the minor changeset `changeset:specs` writes for it makes its first release 0.1.0. */
export const INITIAL_VERSION = "0.0.0";

/** The package's package.json; `version` is changesets' to own, so an existing one is kept. */
export function renderPackageJson(family: FamilyModel, existingVersion: string | undefined): string {
  const directory = `packages/${family.family}`;
  return json({
    "//": generatedNotice(family),
    name: family.packageName,
    version: existingVersion ?? INITIAL_VERSION,
    description: `${titleAndProvider(family)} on RunAPI: a typed, validated client for every ${family.title} variant.`,
    license: "Apache-2.0",
    type: "module",
    sideEffects: false,
    exports: {
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
      },
      // Node only: local paths as upload inputs, downloads written to a path (core's `/node`).
      "./node": {
        import: { types: "./dist/node.d.ts", default: "./dist/node.js" },
        require: { types: "./dist/node.d.cts", default: "./dist/node.cjs" },
      },
      "./package.json": "./package.json",
    },
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.ts",
    // What users need: the build, the release notes and SKILL.md, which tells a coding tool how to use the
    // package (npm adds package.json and README.md itself).
    files: ["dist", "node", "CHANGELOG.md", "SKILL.md"],
    // Built with every generated package in one run (scripts/build-families, `pnpm build`); the type tests
    // (test/) are checked in one program for every package, by packages/conformance.
    dependencies: { "@runapi.ai/core": "workspace:^" },
    devDependencies: {
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

/** `src/node.ts`: the Node-only helpers, as core has them. */
export function renderNodeEntry(family: FamilyModel): string {
  return `${codeHeader(family)}export * from "@runapi.ai/core/node";
`;
}

/** `node/package.json`: \`/node\` for TypeScript's node10 resolution and tools that ignore the exports map. */
export function renderNodeStub(family: FamilyModel): string {
  return json({
    "//": generatedNotice(family),
    private: true,
    main: "../dist/node.cjs",
    types: "../dist/node.d.cts",
  });
}
