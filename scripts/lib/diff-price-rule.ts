import type { PriceRule } from "../../packages/core/src/variant.ts";
import { formatCents } from "./header.ts";
import type { SpecChange } from "./spec-change.ts";

/**
 * Every price a caller can see change, one line each: "price of <model>: 14¢ → 12¢" for the base price,
 * "price of <model> (2k): 24¢ → 22¢" for a price picked by a parameter's value. A price is a patch: the
 * API surface is the same, only `estimateCost`, the README table and the bill differ.
 */
export function diffPriceRule(model: string, before: PriceRule, after: PriceRule): SpecChange[] {
  const changes: SpecChange[] = [];
  const price = (label: string, text: string) =>
    changes.push({ bump: "patch", summary: `price of ${model}${label}: ${text}` });
  if (before.cents !== after.cents) {
    price("", `${formatCents(before.cents)} → ${formatCents(after.cents)}`);
  }
  if (before.unit !== after.unit) price("", `per ${before.unit} → per ${after.unit}`);
  const fields = new Set([...Object.keys(before.by ?? {}), ...Object.keys(after.by ?? {})]);
  // The field is named only when prices depend on more than one, to keep the common case short.
  const named = fields.size > 1;
  for (const field of fields) {
    const was = before.by?.[field] ?? {};
    const is = after.by?.[field] ?? {};
    for (const value of new Set([...Object.keys(was), ...Object.keys(is)])) {
      const label = ` (${named ? `${field} ` : ""}${value})`;
      const [old, now] = [was[value], is[value]];
      if (old === now) continue;
      if (old === undefined) price(label, `${formatCents(now as number)} (new)`);
      else if (now === undefined)
        price(label, `${formatCents(old)} → ${formatCents(after.cents)} (the base price)`);
      else price(label, `${formatCents(old)} → ${formatCents(now)}`);
    }
  }
  return changes;
}
