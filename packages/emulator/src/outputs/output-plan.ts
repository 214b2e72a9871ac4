import { outputSeconds } from "../billing/bill.js";
import type { OutputKind, Variant } from "../spec/load-specs.js";

/** What a completed task will carry, fixed when it is created. */
export interface OutputPlan {
  kind: OutputKind;
  /** How many outputs: the request's `output_count` (or its default) when the variant has that field, else 1. */
  count: number;
  /**
   * The requested duration of a video or audio output (what per-second prices bill); 0 for pictures and text.
   * The rendered file lasts this long up to `MAX_RENDERED_SECONDS`.
   */
  seconds: number;
}

/** A task never lists more outputs than this, whatever `output_count` asks (a schema may set no maximum). */
export const MAX_OUTPUTS = 16;

/**
 * No rendered video or sound lasts longer than this (10 minutes), whatever duration a spec without a maximum lets
 * a request ask: a sound that long is 1.2 MB, rendered in about a tenth of a second. A longer request is still
 * billed for the seconds it asked for, as the API bills them; only the emulator's file is shorter.
 */
export const MAX_RENDERED_SECONDS = 600;

/** The plan for a validated request of this variant; undefined when the spec names no output kind. */
export function planOutputs(variant: Variant, params: Record<string, unknown>): OutputPlan | undefined {
  const kind = variant.output;
  if (kind === undefined) return undefined;
  const properties = (variant.schema.properties ?? {}) as Record<string, { default?: unknown }>;
  let count = 1;
  if (properties.output_count !== undefined) {
    const asked = params.output_count ?? properties.output_count.default;
    if (typeof asked === "number" && Number.isInteger(asked))
      count = Math.min(MAX_OUTPUTS, Math.max(1, asked));
  }
  // The seconds per-second prices bill, so a settlement is the rate times the produced output's duration.
  const seconds = kind === "video" || kind === "audio" ? outputSeconds(params, properties) : 0;
  return { kind, count, seconds };
}
