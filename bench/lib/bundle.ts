import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export type Platform = "browser" | "node";

export interface BundleSize {
  raw: number;
  gzip: number;
}

/** An app to bundle: a file, or source text whose imports resolve from `resolveDir`. */
export type AppSource = string | { contents: string; resolveDir: string };

/**
 * Bundles an app the way it ships: everything it imports, minified, ES2022, one ESM file (the apps use
 * top-level await). Sizes are the output's bytes and its gzip at level 9.
 */
export async function bundleSize(app: AppSource, platform: Platform): Promise<BundleSize> {
  const result = await build({
    ...(typeof app === "string"
      ? { entryPoints: [app] }
      : { stdin: { contents: app.contents, resolveDir: app.resolveDir, loader: "ts" as const } }),
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error("esbuild wrote nothing");
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
