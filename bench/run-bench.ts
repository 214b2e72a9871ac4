/**
 * `pnpm bench`: measures the budgets of DESIGN.md side by side with raw fetch and peer SDKs, prints each
 * section's table as it completes, and writes bench/results.json and the tables in bench/README.md.
 *
 *   pnpm bench                         # every section (builds the packages first)
 *   pnpm bench --only bundle-size,waiting
 *
 * Figures are medians of several runs with their spread; budgets are reported, never asserted (CI asserts
 * sizes with `pnpm size`).
 */
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { renderSection, type SectionResult } from "./lib/report.ts";
import { writeReadme, writeResults } from "./lib/write-results.ts";
import { bundleSizeSection } from "./sections/bundle-size.ts";
import { coldStartSection } from "./sections/cold-start.ts";
import { generationSection } from "./sections/generation.ts";
import { rebuildSection } from "./sections/rebuild.ts";
import { requestOverheadSection } from "./sections/request-overhead.ts";
import { typeCheckSection } from "./sections/type-check.ts";
import { validationSection } from "./sections/validation.ts";
import { waitingSection } from "./sections/waiting.ts";

const SECTIONS: Record<string, () => Promise<SectionResult>> = {
  "bundle-size": () => bundleSizeSection(),
  "cold-start": () => coldStartSection(),
  "request-overhead": () => requestOverheadSection(),
  waiting: () => waitingSection(),
  generation: () => generationSection(),
  "type-check": () => typeCheckSection(),
  validation: () => validationSection(),
  rebuild: () => rebuildSection(),
};

const { values } = parseArgs({ options: { only: { type: "string" } } });
const chosen = values.only ? values.only.split(",").map((id) => id.trim()) : Object.keys(SECTIONS);
const unknown = chosen.filter((id) => !(id in SECTIONS));
if (unknown.length > 0) {
  throw new Error(
    `unknown section(s) ${unknown.join(", ")}; choose from ${Object.keys(SECTIONS).join(", ")}`,
  );
}

const machine = `Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}`;
console.log(`runapi-sdks bench — ${machine}\n`);
const started = performance.now();
const results: SectionResult[] = [];
for (const id of chosen) {
  const sectionStarted = performance.now();
  const result = await (SECTIONS[id] as () => Promise<SectionResult>)();
  results.push(result);
  console.log(renderSection(result));
  console.log(`\n(${((performance.now() - sectionStarted) / 1000).toFixed(1)} s)\n`);
}
const seconds = (performance.now() - started) / 1000;

const budgets = results.flatMap((result) =>
  result.budgets.map((budget) => ({ section: result.title, ...budget })),
);
const missed = budgets.filter((budget) => !budget.met);
console.log(
  `Budgets: ${budgets.length - missed.length} of ${budgets.length} met in ${seconds.toFixed(0)} s.`,
);
for (const budget of missed) console.log(`  missed: ${budget.text} — ${budget.detail}`);

if (chosen.length === Object.keys(SECTIONS).length) {
  const run = { date: new Date().toISOString(), machine, seconds, sections: results };
  writeResults(run);
  writeReadme(run);
  console.log("Wrote bench/results.json and the tables of bench/README.md.");
} else {
  console.log("(bench/results.json and bench/README.md are rewritten only by a run of every section)");
}
