import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";

export type Platform = "browser" | "node";

/** Bytes of some output files: minified, and gzipped one file at a time (level 9), as each is served. */
export interface Bytes {
  raw: number;
  gzip: number;
}

export interface BundleSize {
  /**
   * What the app loads before it uses a feature that is imported on first use: its entry chunk and every
   * chunk that one imports statically, directly or not.
   */
  initial: Bytes & { files: number };
  /** Every chunk of the app, the ones loaded by `import()` included. */
  total: Bytes & { files: number };
  /** The same app bundled without code splitting: one file holding everything, `import()`ed modules too. */
  oneFile: Bytes;
}

/** An app to bundle: a file, or source text whose imports resolve from `resolveDir`. */
export type AppSource = string | { contents: string; resolveDir: string };

const APP = "app-under-measure";

/** Source text as the entry point, without writing it anywhere (esbuild's stdin cannot be split). */
const sourceText = (contents: string, resolveDir: string): Plugin => ({
  name: "source-text",
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${APP}$`) }, () => ({ path: APP, namespace: APP }));
    build.onLoad({ filter: /.*/, namespace: APP }, () => ({ contents, resolveDir, loader: "ts" }));
  },
});

/**
 * Bundles an app the way a browser app ships: everything it imports, minified, ES2022, ESM with code
 * splitting (what every browser bundler does), so a module the SDK imports with `import()` is a chunk of its
 * own, loaded when first used. Sizes: the initial load (entry chunk and its static imports) and all chunks.
 */
export async function bundleSize(app: AppSource, platform: Platform): Promise<BundleSize> {
  const options = {
    ...(typeof app === "string"
      ? { entryPoints: [app] }
      : { entryPoints: [APP], plugins: [sourceText(app.contents, app.resolveDir)] }),
    bundle: true,
    minify: true,
    format: "esm",
    outdir: "/bundle-size-out",
    platform,
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  } as const;
  const result = await build({ ...options, splitting: true });
  const single = await build({ ...options, splitting: false });
  const [file] = single.outputFiles.filter((output) => output.path.endsWith(".js"));
  if (!file) throw new Error("esbuild wrote no bundle");
  const oneFile = { raw: file.contents.length, gzip: gzipSync(file.contents, { level: 9 }).length };
  const bytes = new Map(
    result.outputFiles.map((file) => [
      file.path,
      { raw: file.contents.length, gzip: gzipSync(file.contents, { level: 9 }).length },
    ]),
  );
  const outputs = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith(".js"));
  // esbuild makes every import() target an entry point of its own: the app's entry is the one no chunk
  // imports dynamically.
  const dynamic = new Set(
    outputs.flatMap(([, output]) =>
      output.imports.filter((edge) => edge.kind === "dynamic-import").map((edge) => edge.path),
    ),
  );
  const entry = outputs.find(([path, output]) => output.entryPoint !== undefined && !dynamic.has(path));
  if (!entry) throw new Error("esbuild wrote no entry chunk");
  const initial = staticClosure(result.metafile, entry[0]);
  const sum = (paths: Iterable<string>) => {
    const total = { raw: 0, gzip: 0, files: 0 };
    for (const path of paths) {
      const size = bytes.get(resolve(path));
      if (!size) throw new Error(`esbuild wrote no ${path}`);
      total.raw += size.raw;
      total.gzip += size.gzip;
      total.files++;
    }
    return total;
  };
  return { initial: sum(initial), total: sum(outputs.map(([path]) => path)), oneFile };
}

/** The chunk and every chunk it imports with an import statement, directly or not; never `import()`. */
export function staticClosure(metafile: Metafile, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const imported of metafile.outputs[entry]?.imports ?? []) {
    if (imported.kind === "import-statement" && !imported.external)
      staticClosure(metafile, imported.path, seen);
  }
  return seen;
}
