import type {
  InputSchema,
  PriceMatrix,
  PriceRule,
  PriceTable,
  TablePriceRule,
} from "../../packages/core/src/index.ts";
import { pick } from "../../packages/core/src/index.ts";
import { RANGE_KEY } from "../../packages/spec/src/index.ts";
import { formatCents } from "./header.ts";

/** A rule priced per call or per second: a `cents` with `by` or `keys` + `matrix` tables. */
export const hasTables = (rule: PriceRule): rule is Extract<PriceRule, TablePriceRule> =>
  rule.unit === "call" || rule.unit === "second";

/** Every leaf of a matrix with the values that lead to it, in keys order. */
export function matrixCells(matrix: PriceMatrix, path: string[] = []): { path: string[]; cents: number }[] {
  return Object.entries(matrix).flatMap(([value, child]) =>
    typeof child === "number"
      ? [{ path: [...path, value], cents: child }]
      : matrixCells(child, [...path, value]),
  );
}

/**
 * One line that says what a variant costs, for the README's table and for changeset notes:
 * "14¢", "free", "5¢ (output_resolution 1k) · 7¢ (output_resolution 2k)",
 * "from 22.5¢ to 45¢ by duration_seconds × output_resolution", "per second of output: 28¢ (…) · 48¢ (…)",
 * "$1.40 / 1M input tokens, $28.00 / 1M output tokens", "not published". With the variant's input schema,
 * a table that leaves values of its field out ends with the price of the rest ("· 14¢ otherwise").
 */
export function priceSummary(rule: PriceRule, input?: InputSchema): string {
  if (rule.unit === "unknown") return "not published";
  if (rule.unit === "million_tokens") {
    return `${formatCents(rule.input_cents)} / 1M input tokens, ${formatCents(rule.output_cents)} / 1M output tokens`;
  }
  const perSecond = rule.unit === "second";
  let text: string;
  if (rule.keys && rule.matrix) {
    const amounts = matrixCells(rule.matrix).map((cell) => cell.cents);
    const [low, high] = [Math.min(...amounts), Math.max(...amounts)];
    const range = low === high ? formatCents(low) : `from ${formatCents(low)} to ${formatCents(high)}`;
    text = `${range} by ${rule.keys.join(" × ")}`;
  } else if (rule.by && Object.keys(rule.by).length > 0) {
    const entries = Object.entries(rule.by).flatMap(([field, prices]) =>
      Object.entries(prices).map(([value, cents]) => `${formatCents(cents)} (${field} ${value})`),
    );
    const covered = Object.entries(rule.by).some(([field, prices]) =>
      coversEveryValue(prices, input?.properties?.[field]),
    );
    if (input && !covered) entries.push(`${formatCents(rule.cents)} otherwise`);
    text = entries.join(" · ");
  } else {
    text = !perSecond && rule.cents === 0 ? "free" : formatCents(rule.cents);
    return perSecond ? `${text} per second of output` : text;
  }
  return perSecond ? `per second of output: ${text}` : text;
}

/** What one unit of a rule is, for sentences: "per call", "per second of output", ... */
export function unitText(rule: PriceRule): string {
  if (rule.unit === "second") return "per second of output";
  if (rule.unit === "million_tokens") return "per million tokens";
  if (rule.unit === "unknown") return "not published";
  return "per call";
}

/** Whether every value the field accepts has its own entry (or falls in a range), so `cents` is never used. */
function coversEveryValue(prices: PriceTable, property: InputSchema | undefined): boolean {
  if (!property) return false;
  const values =
    property.enum ??
    (property.type === "boolean"
      ? [true, false]
      : property.type === "integer" &&
          property.minimum !== undefined &&
          property.maximum !== undefined &&
          property.maximum - property.minimum <= 10_000
        ? Array.from(
            { length: property.maximum - property.minimum + 1 },
            (_, index) => property.minimum! + index,
          )
        : undefined);
  if (!values) return false;
  const keys = Object.keys(prices);
  return values.every(
    (value) =>
      keys.includes(String(value)) ||
      keys.some((key) => {
        const range = RANGE_KEY.exec(key);
        return !!range && typeof value === "number" && value >= Number(range[1]) && value <= Number(range[2]);
      }),
  );
}

/**
 * The README section for a price by several parameters: a table with the last key's values as columns and
 * every combination of the others as rows. A column a row lacks takes the row's entry whose range holds it,
 * else the row's `any` (as estimateCost picks), else "—" (the rule's cents applies). `heading` is the
 * section's Markdown title, e.g. "`kling-v2.6` · `POST /api/v1/kling/text_to_video`".
 */
export function matrixTable(
  heading: string,
  rule: TablePriceRule & { keys: readonly string[]; matrix: PriceMatrix },
): string {
  const cells = matrixCells(rule.matrix);
  const last = rule.keys.length - 1;
  const unit = rule.unit === "second" ? "Per second of output" : "Per call";
  const lines: string[] = [`### ${heading}`, ""];
  if (last === 0) {
    lines.push(`${unit}, by ${rule.keys[0]}.`, "", `| ${rule.keys[0]} | price |`, "|---|---|");
    for (const cell of cells) lines.push(`| ${cell.path[0]} | ${formatCents(cell.cents)} |`);
  } else {
    const columns = [...new Set(cells.map((cell) => cell.path[last] as string))];
    // Row label → column value → cents, rows in the order the matrix lists them.
    const rows = new Map<string, Map<string, number>>();
    for (const cell of cells) {
      const label = cell.path.slice(0, last).join(" · ");
      if (!rows.has(label)) rows.set(label, new Map());
      rows.get(label)?.set(cell.path[last] as string, cell.cents);
    }
    const wildcard = cells.some((cell) => cell.path.includes("any")) ? "; `any` matches every value" : "";
    lines.push(
      `${unit}, by ${rule.keys.slice(0, last).join(" and ")} (rows) and ${rule.keys[last]} (columns)${wildcard}.`,
      "",
      `| ${rule.keys.slice(0, last).join(" · ")} | ${columns.join(" | ")} |`,
      `|---|${columns.map(() => "---|").join("")}`,
    );
    for (const [label, prices] of rows) {
      const amounts = columns.map((column) => {
        // The row's entry as estimateCost picks it: the column's own, a range holding it, else `any`.
        const amount = pick(Object.fromEntries(prices), column);
        return amount === undefined ? "—" : formatCents(amount);
      });
      lines.push(`| ${label} | ${amounts.join(" | ")} |`);
    }
  }
  lines.push(
    "",
    `Any other combination: ${formatCents(rule.cents)}${rule.unit === "second" ? " per second" : ""}.`,
  );
  return lines.join("\n");
}
