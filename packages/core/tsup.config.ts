import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  // The main entry runs anywhere; `/node` adds paths on disk and may import Node built-ins.
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  // ESM is split: what the client imports on first use (files, uploads, downloads, account, prices, logging) is
  // its own chunk, which bundlers that split code leave out of an app's first load. tsup splits ESM only unless
  // told otherwise: CJS stays one file per entry, where such an import() becomes the inlined module.
  splitting: undefined,
  dts: true,
  target: "es2022",
  platform: "neutral",
  clean: true,
  treeshake: true,
  // `/node` is for Node, Bun and Deno: its built-ins stay imports, with the `node:` prefix Deno requires.
  external: [/^node:/],
  removeNodeProtocol: false,
  // The user-agent carries the version of the package that was actually built.
  define: { __RUNAPI_CORE_VERSION__: JSON.stringify(version) },
  // The CommonJS build assigns classes to exports.X, where they would lose their names (an error's
  // constructor.name, which loggers print); ESM keeps them, and stays as small as it is.
  esbuildOptions(options, context) {
    if (context.format === "cjs") options.keepNames = true;
  },
});
