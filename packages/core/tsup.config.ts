import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  platform: "neutral",
  clean: true,
  treeshake: true,
  // The user-agent carries the version of the package that was actually built.
  define: { __RUNAPI_CORE_VERSION__: JSON.stringify(version) },
});
