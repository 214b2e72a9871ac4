import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../lib/paths.ts";
import type { Row, SectionResult } from "../lib/report.ts";
import { summarize } from "../lib/stats.ts";

interface BuildRun {
  ms: number;
  cached: number;
  total: number;
}

/** Runs a repository tool from node_modules/.bin and answers its output; throws with it when it fails. */
function tool(name: string, args: string[]): string {
  const result = spawnSync(join(repoRoot, "node_modules", ".bin", name), args, {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  if (result.status !== 0)
    throw new Error(`${name} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** One `pnpm build`: generate, then turbo's build of every package; its time and turbo's cache count. */
function build(force: boolean): BuildRun {
  const started = performance.now();
  tool("tsx", ["scripts/generate/generate.ts"]);
  const output = tool("turbo", ["run", "build", "--output-logs=none", ...(force ? ["--force"] : [])]);
  const ms = performance.now() - started;
  const counted = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  if (!counted) throw new Error(`turbo printed no cache count:\n${output}`);
  return { ms, cached: Number(counted[1]), total: Number(counted[2]) };
}

/**
 * 8. A no-change rebuild: `pnpm build` (generate, then turbo's build of every package) after a build that
 * ignored the cache (`--force`), in the repository itself. DESIGN.md: a no-change rebuild is a turbo cache hit.
 */
export async function rebuildSection(runs = 3): Promise<SectionResult> {
  const full = build(true);
  const again = Array.from({ length: runs }, () => build(false));
  const subject = `pnpm build, ${full.total} build tasks`;
  const rows: Row[] = [
    { subject, metric: "build ignoring the cache (--force)", unit: "ms", summary: summarize([full.ms]) },
    {
      subject,
      metric: "no-change rebuild",
      unit: "ms",
      summary: summarize(again.map((run) => run.ms)),
      ratio: summarize(again.map((run) => run.ms / full.ms)),
      baseline: "of the build ignoring the cache",
    },
    {
      subject,
      metric: "no-change rebuild: tasks from the cache",
      unit: "",
      summary: summarize(again.map((run) => run.cached)),
    },
  ];
  const missed = again.filter((run) => run.cached < run.total);
  return {
    id: "rebuild",
    title: "8. Rebuild — `pnpm build` when nothing changed",
    method:
      "In the repository: one `pnpm build` with turbo's cache ignored (`--force`), then " +
      `${runs} more with nothing changed; each run is the whole command (generate, which rewrites nothing, ` +
      "then turbo's build of every package). Turbo's own count says how many build tasks came from the cache.",
    rows,
    budgets: [
      {
        text: "a no-change rebuild is a turbo cache hit",
        met: missed.length === 0,
        detail:
          missed.length === 0
            ? `${full.total} of ${full.total} build tasks from the cache in each of ${runs} runs`
            : `only ${Math.min(...again.map((run) => run.cached))} of ${full.total} build tasks from the cache`,
      },
    ],
  };
}
