// Generated from specs/luma.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  platform: "neutral",
  clean: true,
  treeshake: true,
});
