import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/server.ts"],
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  // Each family package stays an import() of its own (a dependency), so the server loads the families it serves;
  // the shebang of src/server.ts is kept and the file made executable.
});
