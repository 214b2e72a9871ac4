import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  platform: "neutral",
  clean: true,
  treeshake: true,
  // Each family package stays an import() of its own (a dependency), loaded when one of its models is called.
  esbuildOptions(options, context) {
    if (context.format === "cjs") options.keepNames = true;
  },
});
