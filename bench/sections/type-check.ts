import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { catalog } from "@runapi.ai/flux-2";
import { runNode } from "../lib/node-process.ts";
import { benchDir, benchPath, repoRoot } from "../lib/paths.ts";
import { copyForGeneration, removeCopy, syntheticSpec } from "../lib/repo-copy.ts";
import type { Budget, Row, SectionResult } from "../lib/report.ts";
import { type Summary, summarize } from "../lib/stats.ts";

const require = createRequire(import.meta.url);
const TSC = join(dirname(require.resolve("typescript/package.json")), "lib/tsc.js");
const TSUP = join(
  dirname(require.resolve("tsup/package.json", { paths: [repoRoot] })),
  "dist/cli-default.js",
);
/** 300 variants stay under this check time. */
const LARGE_FAMILY_BUDGET_S = 0.2;
const LARGE_FAMILY_VARIANTS = 300;

interface Diagnostics {
  checkS: number;
  totalS: number;
  types: number;
  memoryMb: number;
}

/** `tsc --noEmit --extendedDiagnostics` on one file, with the repository's compiler options and Node's types. */
async function typeCheck(file: string, workDir: string): Promise<Diagnostics> {
  const config = join(workDir, `tsconfig.${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(repoRoot, "tsconfig.base.json"),
      compilerOptions: { types: ["node"], typeRoots: [benchPath("node_modules/@types")] },
      files: [file],
    }),
  );
  const output = await runNode([TSC, "-p", config, "--noEmit", "--extendedDiagnostics"], {
    cwd: workDir,
  }).catch((error: Error) => {
    throw new Error(`type-checking ${file} failed: ${error.message}`);
  });
  const read = (label: string) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output);
    if (!match) throw new Error(`tsc printed no "${label}" for ${file}:\n${output}`);
    return Number(match[1]);
  };
  return {
    checkS: read("Check time"),
    totalS: read("Total time"),
    types: read("Types"),
    memoryMb: read("Memory used") / 1024,
  };
}

async function repeatCheck(
  file: string,
  workDir: string,
  runs: number,
): Promise<Record<keyof Diagnostics, Summary>> {
  const results: Diagnostics[] = [];
  for (let run = 0; run < runs; run++) results.push(await typeCheck(file, workDir));
  const of = (key: keyof Diagnostics) => summarize(results.map((result) => result[key]));
  return { checkS: of("checkS"), totalS: of("totalS"), types: of("types"), memoryMb: of("memoryMb") };
}

/**
 * A generated family with `count` variants, built like every family package (tsup, bundled declarations),
 * and a one-call file that imports it by name. Returns the copy and the file.
 */
async function largeFamily(count: number): Promise<{ dir: string; file: string }> {
  const family = `synthetic-${count}`;
  const dir = copyForGeneration({ [`${family}.yaml`]: syntheticSpec(family, count) });
  await runNode(["--import", "tsx", benchPath("lib/generate-child.ts"), dir], { cwd: benchDir });
  const packageDir = join(dir, "packages", family);
  mkdirSync(join(packageDir, "node_modules/@runapi.ai"), { recursive: true });
  symlinkSync(join(repoRoot, "packages/core"), join(packageDir, "node_modules/@runapi.ai/core"));
  await runNode([TSUP], { cwd: packageDir });
  const callDir = join(dir, "call");
  mkdirSync(join(callDir, "node_modules/@runapi.ai"), { recursive: true });
  symlinkSync(packageDir, join(callDir, "node_modules/@runapi.ai", family));
  const file = join(callDir, "large-family.ts");
  const model = `${family}-v${String(count / 4).padStart(3, "0")}-text-to-image`;
  writeFileSync(
    file,
    [
      `import RunAPI from "@runapi.ai/${family}";`,
      "",
      "const client = new RunAPI();",
      `export const result = await client.run({ model: "${model}", prompt: "A red fox in the snow" });`,
      "",
    ].join("\n"),
  );
  return { dir, file };
}

/**
 * 6. Type-check cost of one typed call: ours, @fal-ai/client and openai, and a generated family with 300
 * variants.
 */
export async function typeCheckSection(runs = 5): Promise<SectionResult> {
  const subjects = [
    {
      subject: `@runapi.ai/flux-2 (${catalog.variants.length} variants)`,
      file: benchPath("type-check/runapi.ts"),
    },
    { subject: "@fal-ai/client", file: benchPath("type-check/fal.ts") },
    { subject: "openai", file: benchPath("type-check/openai.ts") },
  ];
  const results = new Map<string, Record<keyof Diagnostics, Summary>>();
  const scratch = mkdtempSync(join(tmpdir(), "runapi-bench-tsc-"));
  try {
    for (const { subject, file } of subjects) results.set(subject, await repeatCheck(file, scratch, runs));
  } finally {
    removeCopy(scratch);
  }
  const large = await largeFamily(LARGE_FAMILY_VARIANTS);
  const largeSubject = `generated family, ${LARGE_FAMILY_VARIANTS} variants`;
  try {
    results.set(largeSubject, await repeatCheck(large.file, large.dir, runs));
  } finally {
    removeCopy(large.dir);
  }
  const ours = results.get(subjects[0]!.subject)!;
  const peers = subjects.slice(1).map(({ subject }) => ({ subject, check: results.get(subject)!.checkS }));
  const fastestPeer = peers.reduce((best, peer) => (peer.check.median < best.check.median ? peer : best));
  const rows: Row[] = [];
  for (const [subject, result] of results) {
    rows.push({
      subject,
      metric: "check time",
      unit: "s",
      summary: result.checkS,
      ...(subject === fastestPeer.subject || fastestPeer.check.median === 0
        ? {}
        : {
            ratio: summarize([result.checkS.median / fastestPeer.check.median]),
            baseline: `of ${fastestPeer.subject}`,
          }),
    });
    rows.push({ subject, metric: "total time", unit: "s", summary: result.totalS });
    rows.push({ subject, metric: "types", unit: "", summary: result.types });
    rows.push({ subject, metric: "memory used", unit: "MB", summary: result.memoryMb });
  }
  const largeCheck = results.get(largeSubject)!.checkS.median;
  const budgets: Budget[] = [
    {
      text: "ours no slower to check than the fastest peer",
      met: ours.checkS.median <= fastestPeer.check.median,
      detail: `${ours.checkS.median.toFixed(2)} s vs ${fastestPeer.check.median.toFixed(2)} s (${fastestPeer.subject})`,
    },
    {
      text: `${LARGE_FAMILY_VARIANTS} variants under ${LARGE_FAMILY_BUDGET_S} s check time`,
      met: largeCheck < LARGE_FAMILY_BUDGET_S,
      detail: `${largeCheck.toFixed(2)} s`,
    },
  ];
  return {
    id: "type-check",
    title: "6. Type-check — one typed call",
    method:
      "`tsc --noEmit --extendedDiagnostics` on one file that makes one typed call (bench/type-check/), with " +
      "the repository's compiler options (strict, NodeNext, skipLibCheck) and Node's types; packages are " +
      `checked through their published declarations. The ${LARGE_FAMILY_VARIANTS}-variant family is generated ` +
      `from a synthetic spec by the generator and built by tsup like every family. ${runs} runs each; tsc ` +
      "reports times in hundredths of a second.",
    rows,
    budgets,
  };
}
