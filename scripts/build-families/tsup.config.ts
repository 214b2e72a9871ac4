import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";
import { generatedPackageDirs } from "../shared/generated-packages.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Every generated package, built in one run: each package's `src/index.ts` and `src/node.ts` become its own
 * `dist/` (ESM and CommonJS, with declarations), exactly as a build in the package would make them. One run reads
 * core's declarations and TypeScript's libraries once for all packages instead of once per package, which is most
 * of what building 40 packages one by one costs. Run by `pnpm build` (turbo's `//#build:families`, after core);
 * `pnpm build:families` then gives each CommonJS entry the shape where `require()` returns the client class
 * (commonjs-entries.ts), which neither esbuild nor the declaration bundler writes.
 */
const entry: Record<string, string> = {};
for (const dir of generatedPackageDirs(root)) {
  for (const name of ["index", "node"]) entry[`${dir}/dist/${name}`] = `packages/${dir}/src/${name}.ts`;
}

export default defineConfig({
  entry,
  outDir: "packages",
  format: ["esm", "cjs"],
  // Each package's build stands alone: no chunk shared between packages, core stays a dependency.
  splitting: false,
  external: [/^@runapi\.ai\//],
  dts: true,
  tsconfig: "scripts/build-families/tsconfig.json",
  target: "es2022",
  platform: "neutral",
  // `clean` would empty packages/: each package's dist is rewritten file by file instead.
  clean: false,
  treeshake: true,
});
