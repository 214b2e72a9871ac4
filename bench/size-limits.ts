/**
 * Size ceilings `pnpm size` enforces in CI, from our own history: each family package's recorded size
 * (bench/size-baseline.json) plus a few percent. A size is the gzip bytes of what the smallest real app
 * (create one task, wait, print) loads up front, minified and bundled with code splitting, for the browser and
 * for Node: its entry chunk and every chunk that imports statically, each gzipped on its own. What core
 * imports on first use (files, uploads, account, prices, logging) is not counted. Peers are reported beside
 * ours by `pnpm bench`, never gated on.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** How far past its recorded size a package may grow before `pnpm size` fails. */
export const GROWTH_ALLOWANCE = 0.03;

/** DESIGN.md's aim for what the create-and-wait app loads up front: RunAPI's own JS SDK, 4.95 KiB min+gzip. */
export const UP_FRONT_AIM_BYTES = Math.round(4.95 * 1024);

const BASELINE = new URL("./size-baseline.json", import.meta.url);

/** Recorded up-front sizes: package name → the larger of its browser and Node figures, in gzip bytes. */
export type SizeBaseline = Record<string, number>;

export function readBaseline(): SizeBaseline {
  return JSON.parse(readFileSync(BASELINE, "utf8")) as SizeBaseline;
}

/** Records today's sizes, sorted by package name, as the history later runs are held to. */
export function writeBaseline(sizes: SizeBaseline): void {
  const sorted = Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(BASELINE, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** The most a package may load up front: its recorded size plus the allowance. */
export const ceilingOf = (recorded: number): number => Math.ceil(recorded * (1 + GROWTH_ALLOWANCE));
