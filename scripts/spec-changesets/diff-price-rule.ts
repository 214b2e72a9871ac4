import type { PriceRule, PriceTable } from "../../packages/core/src/index.ts";
import { formatCents } from "../shared/header.ts";
import { hasTables, matrixCells, priceSummary } from "../shared/price-text.ts";
import type { SpecChange } from "./spec-change.ts";

/**
 * Every price a caller can see change, one line each: "price of <variant>: 14¢ → 12¢" for the base price,
 * "price of <variant> (2k): 24¢ → 22¢" for a price picked by a parameter's value, "price of <variant> (6, 768p):
 * 22.5¢ → 25¢" for a cell of a matrix, "… per second" for a price per second of output. A change of form (unit,
 * deciding parameters) is one line from the old price to the new. A price is a patch: the API surface is the
 * same, only `estimateCost`, the README table and the bill differ. `variant` is the variant's label in notes.
 */
export function diffPriceRule(variant: string, before: PriceRule, after: PriceRule): SpecChange[] {
  const changes: SpecChange[] = [];
  const price = (label: string, text: string) =>
    changes.push({ bump: "patch", summary: `price of ${variant}${label}: ${text}` });
  if (!hasTables(before) || !hasTables(after) || before.unit !== after.unit) {
    if (before.unit === "million_tokens" && after.unit === "million_tokens") {
      for (const side of ["input", "output"] as const) {
        const [was, is] = [before[`${side}_cents`], after[`${side}_cents`]];
        if (was !== is) price("", `${formatCents(was)} → ${formatCents(is)} per 1M ${side} tokens`);
      }
    } else if (JSON.stringify(before) !== JSON.stringify(after)) {
      price("", `${withUnit(before)} → ${withUnit(after)}`);
    }
    return changes;
  }
  const per = after.unit === "second" ? " per second" : "";
  const change = (label: string, old: number | undefined, now: number | undefined) => {
    if (old === now) return;
    if (old === undefined) price(label, `${formatCents(now as number)}${per} (new)`);
    else if (now === undefined)
      price(label, `${formatCents(old)} → ${formatCents(after.cents)}${per} (the base price)`);
    else price(label, `${formatCents(old)} → ${formatCents(now)}${per}`);
  };
  const sameKeys = JSON.stringify(before.keys ?? []) === JSON.stringify(after.keys ?? []);
  if (!sameKeys || !!before.by !== !!after.by) {
    // Other deciding parameters: the old table and the new one have nothing to compare cell by cell.
    price("", `${priceSummary(before)} → ${priceSummary(after)}`);
    return changes;
  }
  change("", before.cents, after.cents);
  if (
    before.unit === "second" &&
    after.unit === "second" &&
    before.duration_source !== after.duration_source
  ) {
    price("", `billed by the duration of ${before.duration_source} → ${after.duration_source}`);
  }
  if (before.matrix && after.matrix) {
    const was = new Map(matrixCells(before.matrix).map((cell) => [cell.path.join(", "), cell.cents]));
    const is = new Map(matrixCells(after.matrix).map((cell) => [cell.path.join(", "), cell.cents]));
    for (const path of new Set([...was.keys(), ...is.keys()]))
      change(` (${path})`, was.get(path), is.get(path));
  }
  const fields = new Set([...Object.keys(before.by ?? {}), ...Object.keys(after.by ?? {})]);
  // The field is named only when prices depend on more than one, to keep the common case short.
  const named = fields.size > 1;
  for (const field of fields) {
    const was: PriceTable = before.by?.[field] ?? {};
    const is: PriceTable = after.by?.[field] ?? {};
    for (const value of new Set([...Object.keys(was), ...Object.keys(is)])) {
      change(` (${named ? `${field} ` : ""}${value})`, was[value], is[value]);
    }
  }
  return changes;
}

/** A whole price with its unit, for a change of form: "14¢ per call", "not published". */
function withUnit(rule: PriceRule): string {
  const text = priceSummary(rule);
  return rule.unit === "call" && !rule.by && !rule.matrix && text !== "free" ? `${text} per call` : text;
}
