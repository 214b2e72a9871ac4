import { type Summary, spreadOf, summarize } from "./stats.ts";

/** One measured line: what was measured, its median and spread, and its ratio to the section's baseline. */
export interface Row {
  subject: string;
  metric: string;
  unit: string;
  summary: Summary;
  /**
   * This row against the section's baseline: its median divided by the baseline's (one value), or the ratios of
   * paired runs (a summary). Undefined for the baseline itself and for absolute rows.
   */
  ratio?: Summary;
  baseline?: string;
}

export interface Budget {
  text: string;
  met: boolean;
  /** Why it was met or missed, with the numbers that decided it. */
  detail: string;
}

export interface SectionResult {
  id: string;
  title: string;
  /** How the figures were taken: runs, scale, tools. */
  method: string;
  rows: Row[];
  budgets: Budget[];
}

export function format(value: number, unit: string): string {
  if (unit === "B") return value >= 1024 ? `${(value / 1024).toFixed(2)} KiB` : `${Math.round(value)} B`;
  if (unit === "ms") return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(2)} ms`;
  if (unit === "µs") return `${value.toFixed(1)} µs`;
  if (unit === "MB") return `${value.toFixed(1)} MB`;
  if (unit === "ops/s") return `${Math.round(value).toLocaleString("en-US")}/s`;
  return `${Number.isInteger(value) ? value : value.toFixed(2)}${unit ? ` ${unit}` : ""}`;
}

function spread(row: Row): string {
  const { summary } = row;
  if (summary.runs === 1 || summary.min === summary.max) return summary.runs === 1 ? "1 run" : "±0%";
  return `±${((spreadOf(summary) / 2) * 100).toFixed(0)}% (${format(summary.min, row.unit)}–${format(summary.max, row.unit)}, ${summary.runs} runs)`;
}

function formatRatio(ratio: Summary): string {
  const median = `${ratio.median.toFixed(2)}×`;
  return ratio.runs === 1 || ratio.min === ratio.max
    ? median
    : `${median} (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`;
}

/** A section as a Markdown table with its budgets underneath. */
export function renderSection(section: SectionResult): string {
  const lines = [
    `### ${section.title}`,
    "",
    section.method,
    "",
    "| subject | metric | median | spread | ratio |",
    "|---|---|---:|---|---:|",
  ];
  for (const row of section.rows) {
    const ratio = row.ratio === undefined ? "" : `${formatRatio(row.ratio)} ${row.baseline ?? ""}`.trim();
    lines.push(
      `| ${row.subject} | ${row.metric} | ${format(row.summary.median, row.unit)} | ${spread(row)} | ${ratio} |`,
    );
  }
  lines.push("");
  for (const budget of section.budgets) {
    lines.push(`- ${budget.met ? "✅ met" : "❌ missed"} — ${budget.text}: ${budget.detail}`);
  }
  return lines.join("\n");
}

/** Adds `ratio` to every row (that `applies` to) against the row whose subject is `baseline`, same metric. */
export function withRatios(
  rows: Row[],
  baseline: string,
  label = `of ${baseline}`,
  applies: (row: Row) => boolean = () => true,
): Row[] {
  return rows.map((row) => {
    const base = rows.find((other) => other.subject === baseline && other.metric === row.metric);
    if (!base || base === row || base.summary.median === 0 || !applies(row)) return row;
    return { ...row, ratio: summarize([row.summary.median / base.summary.median]), baseline: label };
  });
}
