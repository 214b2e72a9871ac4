import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  platform: "neutral",
  clean: true,
  treeshake: true,
  // Each family package stays an import() of its own (a dependency), and each family's help a chunk of its own,
  // so a reader of the list loads only the family it names.
});
