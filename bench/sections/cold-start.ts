import { timeNode } from "../lib/node-process.ts";
import { benchDir } from "../lib/paths.ts";
import { type Row, type SectionResult, withRatios } from "../lib/report.ts";
import { summarize } from "../lib/stats.ts";

const SUBJECTS = [
  { subject: "node (imports nothing)", file: "cold-start/node-only.mjs" },
  { subject: "@runapi.ai/flux-2", file: "cold-start/runapi.mjs" },
  { subject: "replicate", file: "cold-start/replicate.mjs" },
  { subject: "@fal-ai/client", file: "cold-start/fal.mjs" },
  { subject: "openai", file: "cold-start/openai.mjs" },
];
const OURS = "@runapi.ai/flux-2";

/** 2. A fresh Node process that imports the package and constructs a client, ours and each peer. */
export async function coldStartSection(runs = 21): Promise<SectionResult> {
  // Warm the file system cache once, so the first subject is not charged for it.
  for (const { file } of SUBJECTS) timeNode([file], benchDir);
  const times = new Map<string, number[]>(SUBJECTS.map(({ subject }) => [subject, []]));
  // Round-robin, so a slow moment of the machine falls on every subject alike.
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? SUBJECTS : [...SUBJECTS].reverse();
    for (const { subject, file } of order) times.get(subject)?.push(timeNode([file], benchDir));
  }
  const node = summarize(times.get(SUBJECTS[0]!.subject) ?? []);
  const rows: Row[] = [];
  for (const { subject } of SUBJECTS) {
    const summary = summarize(times.get(subject) ?? []);
    rows.push({ subject, metric: "process, start to exit", unit: "ms", summary });
    if (subject === SUBJECTS[0]!.subject) continue;
    // What the import and the constructor add on top of Node's own start.
    const added = (times.get(subject) ?? []).map((ms) => ms - node.median);
    rows.push({ subject, metric: "added over bare node", unit: "ms", summary: summarize(added) });
  }
  // Ratios compare whole processes: what an import adds over bare Node can be near zero, and a ratio of it noise.
  const ratioed = withRatios(rows, OURS, "of ours", (row) => row.metric === "process, start to exit");
  const ours = rows.find((row) => row.subject === OURS && row.metric === "added over bare node");
  const peers = rows.filter((row) => row.subject !== OURS && row.metric === "added over bare node");
  const fastestPeer = peers.reduce((best, row) => (row.summary.median < best.summary.median ? row : best));
  const met = ours !== undefined && peers.every((row) => row.summary.median > ours.summary.median);
  return {
    id: "cold-start",
    title: "2. Cold start — import the package and construct a client in a fresh Node process",
    method: `\`node cold-start/<sdk>.mjs\` (ESM import + constructor), ${runs} runs per subject, round-robin, after one warm-up each; Node ${process.version}.`,
    rows: ratioed,
    budgets: [
      {
        text: "ours fastest",
        met,
        detail: `ours adds ${ours?.summary.median.toFixed(1)} ms over bare node; the fastest peer (${fastestPeer.subject}) adds ${fastestPeer.summary.median.toFixed(1)} ms`,
      },
    ],
  };
}
