import { readFileSync, writeFileSync } from "node:fs";
import { benchPath } from "./paths.ts";
import { renderSection, type SectionResult } from "./report.ts";

export interface BenchRun {
  date: string;
  machine: string;
  seconds: number;
  sections: SectionResult[];
}

/** bench/results.json: every figure of the run, with its runs' median, minimum and maximum. */
export function writeResults(run: BenchRun): void {
  writeFileSync(benchPath("results.json"), `${JSON.stringify(run, null, 2)}\n`);
}

const BEGIN = "<!-- latest-results:begin -->";
const END = "<!-- latest-results:end -->";

/** Replaces the tables between the markers of bench/README.md with this run's. */
export function writeReadme(run: BenchRun): void {
  const path = benchPath("README.md");
  const readme = readFileSync(path, "utf8");
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`bench/README.md lacks the ${BEGIN} … ${END} markers`);
  const missed = run.sections.flatMap((section) => section.budgets.filter((budget) => !budget.met));
  const total = run.sections.reduce((count, section) => count + section.budgets.length, 0);
  const tables = [
    BEGIN,
    "",
    `${run.date.slice(0, 10)}, ${run.machine}; the whole run took ${Math.round(run.seconds)} s. ` +
      `Budgets met: ${total - missed.length} of ${total}.`,
    "",
    ...run.sections.map((section) => `${renderSection(section)}\n`),
    END,
  ].join("\n");
  writeFileSync(path, `${readme.slice(0, start)}${tables}${readme.slice(end + END.length)}`);
}
