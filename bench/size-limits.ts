/**
 * Size ceilings `pnpm size` enforces in CI, in gzip bytes of what the smallest real app (create one task,
 * wait, print) loads up front, minified and bundled with code splitting, for the browser and for Node: its
 * entry chunk and every chunk that imports statically, each gzipped on its own. What core imports on first
 * use (files, uploads, downloads, account, prices, the errors of failed requests) is not counted. A ceiling
 * only moves with a reason written next to it.
 */

/** DESIGN.md: a bundled app that creates and waits for one Flux 2 task stays within 4 KiB min+gzip. */
export const DESIGN_BUDGET_BYTES = 4 * 1024;

export interface SizeLimit {
  bytes: number;
  reason: string;
}

const LIMITS: Record<string, SizeLimit> = {
  "@runapi.ai/flux-2": {
    bytes: 7330,
    reason:
      "what the app loads up front today (6.95 KiB: core's client with validation and cross-field rules, " +
      "price forms, per-action clients, the error ladder, retries, idempotency keys on every POST, caller " +
      "headers merged case-insensitively, redacting logger, deadline-bounded waits that keep the task id on " +
      "their errors, a shared timeout timer, and the eight-variant table), plus 3%; the rest of core loads on " +
      "first use, and parseCallback is a function an app imports only to receive callbacks. The design " +
      "budget is 4 KiB; replicate's app loads 7.10 KiB",
  },
  "@runapi.ai/suno": {
    bytes: 9376,
    reason:
      "core as for @runapi.ai/flux-2 plus a table of 66 variants (about 2.4 KiB), measured 8.89 KiB, plus 3%",
  },
  "@runapi.ai/kling": {
    bytes: 8438,
    reason:
      "core as for @runapi.ai/flux-2 plus a table of 26 variants (about 1.5 KiB), measured 8.00 KiB, plus 3%",
  },
  "@runapi.ai/wan": {
    bytes: 8048,
    reason:
      "core as for @runapi.ai/flux-2 plus a table of 18 variants (about 1.1 KiB), measured 7.63 KiB, plus 3%",
  },
};

/** Families without their own line: the same core plus a catalog of a few variants. */
const DEFAULT_LIMIT: SizeLimit = {
  bytes: 7752,
  reason:
    "core as for @runapi.ai/flux-2 (the smallest family measures 6.54 KiB), plus room for a variant table up " +
    "to about twice Flux 2's (the largest without a line of its own, grok-imagine, measures 7.35 KiB), plus 3%",
};

export function limitFor(packageName: string): SizeLimit {
  return LIMITS[packageName] ?? DEFAULT_LIMIT;
}
