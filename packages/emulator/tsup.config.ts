import { cpSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const specs = fileURLToPath(new URL("../../specs/", import.meta.url));
const carried = fileURLToPath(new URL("dist/specs/", import.meta.url));

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  target: "node20",
  clean: true,
  // The spec reader is a private workspace package: bundled, so the emulator installs on its own.
  noExternal: ["@runapi.ai/spec"],
  esbuildPlugins: [
    {
      // The spec reader reaches core by its source index (it runs from source before anything is built); in the
      // bundle that is the published @runapi.ai/core the emulator depends on, not a second copy of core.
      name: "core-as-dependency",
      setup(build) {
        build.onResolve({ filter: /\/core\/src\/index\.js$/ }, () => ({
          path: "@runapi.ai/core",
          external: true,
        }));
      },
    },
  ],
  // The package carries the specs it serves: the family specs and the shared components they $ref, in
  // dist/specs/, which findSpecsDir finds first when the emulator runs from its package.
  async onSuccess() {
    for (const name of readdirSync(specs).filter((name) => name.endsWith(".yaml"))) {
      cpSync(`${specs}${name}`, `${carried}${name}`);
    }
    cpSync(`${specs}_shared`, `${carried}_shared`, { recursive: true });
  },
});
