import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runNode } from "../lib/node-process.ts";
import { benchDir, benchPath } from "../lib/paths.ts";
import { copyForGeneration, removeCopy, renamedFlux2Spec } from "../lib/repo-copy.ts";
import type { Row, SectionResult } from "../lib/report.ts";
import { summarize } from "../lib/stats.ts";

/** DESIGN.md: generation stays within 50 ms per spec at 200 specs. */
const BUDGET_MS_PER_SPEC = 50;
/** Linear growth: the time per spec at the largest count stays within this factor of the time at 10 specs. */
const LINEAR_FACTOR = 1.25;

interface GenerateRun {
  ms: number;
  files: number;
  maxRssMb: number;
  wallMs: number;
}

/** The repository's own family specs: the whole catalog. */
function catalogSpecs(): Record<string, string> {
  const dir = join(benchDir, "..", "specs");
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );
}

async function generateOnce(specCount: number | "catalog"): Promise<GenerateRun> {
  const specs: Record<string, string> = specCount === "catalog" ? catalogSpecs() : {};
  for (let i = 0; i < (specCount === "catalog" ? 0 : specCount); i++) {
    const family = `bench-${String(i).padStart(3, "0")}`;
    specs[`${family}.yaml`] = renamedFlux2Spec(family);
  }
  const dir = copyForGeneration(specs);
  try {
    const started = performance.now();
    const output = await runNode(["--import", "tsx", benchPath("lib/generate-child.ts"), dir], {
      cwd: benchDir,
    });
    const wallMs = performance.now() - started;
    return { ...(JSON.parse(output) as Omit<GenerateRun, "wallMs">), wallMs };
  } finally {
    removeCopy(dir);
  }
}

/**
 * 5. `pnpm generate` over 1, 10, 100 and 200 copies of specs/flux-2.yaml renamed to distinct families, each
 * run in a fresh copy of what the generator reads and a fresh process: time per spec and peak memory.
 */
export async function generationSection(counts = [1, 10, 100, 200], runs = 3): Promise<SectionResult> {
  const rows: Row[] = [];
  const perSpec = new Map<number, number>();
  for (const count of counts) {
    const results: GenerateRun[] = [];
    for (let run = 0; run < runs; run++) results.push(await generateOnce(count));
    const msPerSpec = summarize(results.map((result) => result.ms / count));
    perSpec.set(count, msPerSpec.median);
    const subject = `${count} spec${count === 1 ? "" : "s"} (${results[0]?.files} files)`;
    rows.push(
      { subject, metric: "generation, per spec", unit: "ms", summary: msPerSpec },
      {
        subject,
        metric: "whole command, start to exit",
        unit: "ms",
        summary: summarize(results.map((r) => r.wallMs)),
      },
      {
        subject,
        metric: "peak memory (max RSS)",
        unit: "MB",
        summary: summarize(results.map((r) => r.maxRssMb)),
      },
    );
  }
  // The real catalog: every family RunAPI sells, each with its own actions, rules and price forms.
  const catalog: GenerateRun[] = [];
  for (let run = 0; run < runs; run++) catalog.push(await generateOnce("catalog"));
  const families = Object.keys(catalogSpecs()).length;
  const catalogSubject = `the catalog: ${families} family specs (${catalog[0]?.files} files)`;
  rows.push(
    {
      subject: catalogSubject,
      metric: "generation, per spec",
      unit: "ms",
      summary: summarize(catalog.map((result) => result.ms / families)),
    },
    {
      subject: catalogSubject,
      metric: "whole command, start to exit",
      unit: "ms",
      summary: summarize(catalog.map((r) => r.wallMs)),
    },
    {
      subject: catalogSubject,
      metric: "peak memory (max RSS)",
      unit: "MB",
      summary: summarize(catalog.map((r) => r.maxRssMb)),
    },
  );
  const base = counts.includes(10) ? 10 : (counts[0] as number);
  for (const row of rows) {
    if (row.metric !== "generation, per spec" || row.subject.startsWith("the catalog")) continue;
    row.ratio = summarize([row.summary.median / (perSpec.get(base) as number)]);
    row.baseline = `of ${base} specs' per spec`;
  }
  const largest = Math.max(...counts);
  const atLargest = perSpec.get(largest) as number;
  const growth = atLargest / (perSpec.get(base) as number);
  return {
    id: "generation",
    title: "5. Generation — `pnpm generate` over many specs",
    method:
      `Copies of specs/flux-2.yaml renamed to distinct families (synthetic), and the repository's own catalog ` +
      `specs; every run in a fresh copy of what the ` +
      `generator reads and a fresh Node process; ${runs} runs per count. "Generation" is generatePackages() ` +
      "alone (lint, render, openapi-typescript, write); the whole command adds Node, tsx and module loading.",
    rows,
    budgets: [
      {
        text: `≤ ${BUDGET_MS_PER_SPEC} ms per spec at ${largest} specs`,
        met: atLargest <= BUDGET_MS_PER_SPEC,
        detail: `${atLargest.toFixed(1)} ms per spec`,
      },
      {
        text: `linear growth (per spec at ${largest} within ${LINEAR_FACTOR}× of per spec at ${base})`,
        met: growth <= LINEAR_FACTOR,
        detail: `${growth.toFixed(2)}×`,
      },
    ],
  };
}
