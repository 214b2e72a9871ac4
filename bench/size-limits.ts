/**
 * Size ceilings `pnpm size` enforces in CI, in gzip bytes of the smallest real app (create one task, wait,
 * print), minified, for the browser and for Node. A ceiling only moves with a reason written next to it.
 */

/** DESIGN.md: a bundled app that creates and waits for one Flux 2 task stays within 4 KiB min+gzip. */
export const DESIGN_BUDGET_BYTES = 4 * 1024;

export interface SizeLimit {
  bytes: number;
  reason: string;
}

const LIMITS: Record<string, SizeLimit> = {
  "@runapi.ai/flux-2": {
    bytes: 5888,
    reason:
      "what core's client (typed error ladder, retries, idempotency keys, redacting logger, validation, " +
      "deadline-bounded waits, a shared timeout timer) and the four-variant table measure today (5.60 KiB), " +
      "plus 3%; the design budget is 4 KiB",
  },
};

/** Families without their own line: the same core plus a catalog of a few variants. */
const DEFAULT_LIMIT: SizeLimit = {
  bytes: 6400,
  reason: "core as for @runapi.ai/flux-2, plus room for a variant table up to about twice its size",
};

export function limitFor(packageName: string): SizeLimit {
  return LIMITS[packageName] ?? DEFAULT_LIMIT;
}
