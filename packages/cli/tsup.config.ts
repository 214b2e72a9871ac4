import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  // Each family package stays an import() of its own (a dependency), so a command loads the one it names; the
  // shebang of src/cli.ts is kept and the file made executable.
});
