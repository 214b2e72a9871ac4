import { APPS } from "../lib/apps.ts";
import { bundleSize, type Platform } from "../lib/bundle.ts";
import { benchPath } from "../lib/paths.ts";
import { type Budget, type Row, type SectionResult, withRatios } from "../lib/report.ts";
import { summarize } from "../lib/stats.ts";
import { UP_FRONT_AIM_BYTES } from "../size-limits.ts";

const OURS = APPS[0].subject;
const INITIAL = "loaded up front";

/**
 * 1. The same small app against each SDK, bundled by esbuild with code splitting for the browser and for
 * Node, minified: what it loads up front, and all its chunks.
 */
export async function bundleSizeSection(): Promise<SectionResult> {
  const rows: Row[] = [];
  for (const platform of ["browser", "node"] satisfies Platform[]) {
    for (const { subject, app } of APPS) {
      const { initial, total, oneFile } = await bundleSize(benchPath(app), platform);
      // A bundle is deterministic: one run is the median, with no spread.
      const row = (metric: string, bytes: number): Row => ({
        subject,
        metric: `${platform}, ${metric}`,
        unit: "B",
        summary: summarize([bytes]),
      });
      rows.push(row(`${INITIAL}, min+gzip`, initial.gzip), row(`${INITIAL}, min`, initial.raw));
      rows.push(
        row(`all chunks (${total.files}), min+gzip`, total.gzip),
        row(`all chunks (${total.files}), min`, total.raw),
        row("one file, min+gzip", oneFile.gzip),
        row("one file, min", oneFile.raw),
      );
    }
  }
  const ratioed = withRatios(rows, OURS, "of ours");
  const ours = rows.filter(
    (row) => row.subject === OURS && row.metric.includes(INITIAL) && row.metric.endsWith("gzip"),
  );
  const largestOurs = Math.max(...ours.map((row) => row.summary.median));
  const budgets: Budget[] = [
    {
      text: `ours ≤ ${(UP_FRONT_AIM_BYTES / 1024).toFixed(2)} KiB min+gzip loaded up front (RunAPI's own JS SDK, DESIGN.md's aim)`,
      met: largestOurs <= UP_FRONT_AIM_BYTES,
      detail: `${(largestOurs / 1024).toFixed(2)} KiB (${((largestOurs / UP_FRONT_AIM_BYTES) * 100).toFixed(0)}% of the aim); peers side by side above`,
    },
  ];
  return {
    id: "bundle-size",
    title: "1. Bundle size — create one image task, wait, print the URL",
    method:
      "The same app per SDK (bench/apps/), bundled by esbuild for the browser and for Node as a browser " +
      "bundler ships it (bundle, minify, ESM, ES2022, code splitting): what the app loads up front is its " +
      "entry chunk and every chunk that imports statically (not what an SDK import()s on first use); all " +
      "chunks are every file written; one file is the same app bundled without code splitting. Bytes minified, and gzipped file by file (level 9), as each is served. " +
      "Every SDK is bundled the same way. Bundles are deterministic: one run each.",
    rows: ratioed,
    budgets,
  };
}
