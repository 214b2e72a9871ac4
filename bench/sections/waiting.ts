import { setTimeout as sleep } from "node:timers/promises";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import RunAPI, {
  DEFAULT_MAX_DELAY_MS as MAX_DELAY_MS,
  DEFAULT_MIN_DELAY_MS as MIN_DELAY_MS,
} from "@runapi.ai/flux-2";
import type { Budget, Row, SectionResult } from "../lib/report.ts";
import { summarize } from "../lib/stats.ts";

/** The official SDKs' fixed poll, before scaling (core's wait defaults are scaled alike). */
const FIXED_POLL_MS = 2000;
const PARAMS = { model: "flux-2-pro-text-to-image", prompt: "A lighthouse on a cliff at dawn" } as const;

type Task = { id: string; model: typeof PARAMS.model; status: string; completed_at?: string };

interface Outcome {
  requests: number;
  /** Milliseconds between the task's completion (its `completed_at`) and the caller holding it. */
  delayMs: number;
}

type Strategy = "ours" | "fixed";

/** Reads of `task` the emulator received, and how long after its completion the caller held it. */
function outcomeOf(emulator: Emulator, task: Task, done: Task, knownAt: number): Outcome {
  const reads = emulator.requests.filter(
    (request) => request.method === "GET" && request.path.endsWith(`/${task.id}`),
  ).length;
  return { requests: reads, delayMs: knownAt - Date.parse(String(done.completed_at)) };
}

/** What the official SDKs do: read the task every `intervalMs` until it has ended. */
async function fixedPoll(client: RunAPI, task: Task, intervalMs: number): Promise<Task> {
  for (;;) {
    await sleep(intervalMs);
    const now = (await client.get(task)) as Task;
    if (now.status !== "pending" && now.status !== "processing") return now;
  }
}

/**
 * 4. Tasks lasting 5 s, 20 s and 60 s on the emulator, time scaled by `scale`: reads made and the delay
 * between completion and the caller knowing, for our `wait` (defaults, scaled alike) and a fixed 2 s poll.
 * Both wait side by side, on two tasks created together.
 */
export async function waitingSection(scale = 0.05, runs = 5): Promise<SectionResult> {
  const rows: Row[] = [];
  const budgets: Budget[] = [];
  for (const seconds of [5, 20, 60]) {
    for (const hints of [true, false]) {
      const emulator = await startEmulator({
        port: 0,
        taskDurationMs: seconds * 1000 * scale,
        pollHints: hints,
      });
      const client = new RunAPI({ apiKey: emulator.apiKey, baseURL: emulator.url });
      const strategies: Record<Strategy, (task: Task) => Promise<Task>> = {
        ours: (task) => client.wait(task, { minDelay: MIN_DELAY_MS * scale, maxDelay: MAX_DELAY_MS * scale }),
        fixed: (task) => fixedPoll(client, task, FIXED_POLL_MS * scale),
      };
      const outcomes: Record<Strategy, Outcome[]> = { ours: [], fixed: [] };
      try {
        for (let run = 0; run < runs; run++) {
          const tasks = (await Promise.all([client.create(PARAMS), client.create(PARAMS)])) as Task[];
          await Promise.all(
            (["ours", "fixed"] as const).map(async (strategy, index) => {
              const task = tasks[index] as Task;
              const done = await strategies[strategy](task);
              outcomes[strategy].push(outcomeOf(emulator, task, done, Date.now()));
            }),
          );
        }
      } finally {
        await emulator.close();
      }
      const summaryOf = (strategy: Strategy, key: keyof Outcome) =>
        summarize(outcomes[strategy].map((outcome) => outcome[key]));
      const requests = { ours: summaryOf("ours", "requests"), fixed: summaryOf("fixed", "requests") };
      // Delays are reported as they would be unscaled.
      const unscale = (ms: number) => ms / scale / 1000;
      const delay = {
        ours: summarize(outcomes.ours.map((outcome) => unscale(outcome.delayMs))),
        fixed: summarize(outcomes.fixed.map((outcome) => unscale(outcome.delayMs))),
      };
      const task = `${seconds} s task${hints ? "" : ", no server hint"}`;
      rows.push(
        {
          subject: `fixed ${FIXED_POLL_MS / 1000} s poll`,
          metric: `${task}: reads`,
          unit: "",
          summary: requests.fixed,
        },
        {
          subject: "@runapi.ai/flux-2 wait()",
          metric: `${task}: reads`,
          unit: "",
          summary: requests.ours,
          ratio: summarize([requests.ours.median / requests.fixed.median]),
          baseline: "of the fixed poll",
        },
        {
          subject: `fixed ${FIXED_POLL_MS / 1000} s poll`,
          metric: `${task}: delay`,
          unit: "s",
          summary: delay.fixed,
        },
        {
          subject: "@runapi.ai/flux-2 wait()",
          metric: `${task}: delay`,
          unit: "s",
          summary: delay.ours,
          ...(delay.fixed.median > 0
            ? { ratio: summarize([delay.ours.median / delay.fixed.median]), baseline: "of the fixed poll" }
            : {}),
        },
      );
      // Judged both ways: with the hint the emulator sends when asked (DESIGN's "server hints"), and without
      // one (its default), as the contract promises `Retry-After` only on 429 and 503.
      budgets.push({
        text:
          `${seconds} s task, ${hints ? "with the server's hint" : "no hint (the contract's headers alone)"}: ` +
          `fewer reads and no more delay than a fixed ${FIXED_POLL_MS / 1000} s poll`,
        met: requests.ours.median < requests.fixed.median && delay.ours.median <= delay.fixed.median,
        detail:
          `reads ${requests.ours.median} vs ${requests.fixed.median}, ` +
          `delay ${delay.ours.median.toFixed(2)} s vs ${delay.fixed.median.toFixed(2)} s`,
      });
    }
  }
  return {
    id: "waiting",
    title: "4. Waiting — reads made and how late the caller learns a task has completed",
    method:
      `Emulator tasks lasting 5, 20 and 60 s with time scaled ×${scale} (so ${5 * scale}–${60 * scale} s), ${runs} ` +
      "runs each, once with the emulator's hint (`pollHints: true`: a read of an unfinished task answers " +
      "`Retry-After` / `retry-after-ms` saying when it should end, which `wait()` honours within its delays) and " +
      "once without (the default, as the contract promises `Retry-After` only on 429 and 503: the backoff alone). Ours: `client.wait(task)` with core's defaults scaled " +
      `alike (first read after ${MIN_DELAY_MS / 1000} s plus up to a tenth, then after a fifth of the time waited, ` +
      `within ${MIN_DELAY_MS / 1000}–${MAX_DELAY_MS / 1000} s). Fixed: ` +
      `\`get()\` every ${FIXED_POLL_MS / 1000} s. The two wait side by side on tasks created together. Delay: ` +
      "from the task's `completed_at` to the caller holding the completed task, shown unscaled (÷" +
      `${scale}); at this scale 1 ms of loopback latency counts as ${(1 / scale / 1000).toFixed(2)} s.`,
    rows,
    budgets,
  };
}
