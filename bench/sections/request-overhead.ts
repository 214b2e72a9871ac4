import { type ChildProcess, fork } from "node:child_process";
import RunAPI, { VERSION } from "@runapi.ai/flux-2";
import OpenAI from "openai";
import { benchPath } from "../lib/paths.ts";
import type { Row, SectionResult } from "../lib/report.ts";
import { summarize } from "../lib/stats.ts";

const API_KEY = "rk_bench_overhead";
const PARAMS = {
  model: "flux-2-pro-text-to-image",
  prompt: "A lighthouse on a cliff at dawn, oil painting",
  aspect_ratio: "16:9",
} as const;
const USER_AGENT = `runapi-sdk-js/${VERSION}`;
const ROUTE = "/api/v1/flux_2/text_to_image";
const BASELINE = "raw fetch";
const MINIMAL = "raw fetch, fewest headers";

type Send = () => Promise<unknown>;

/** The loopback server, in its own process so its work does not share this process's event loop. */
function startServer(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = fork(benchPath("lib/json-server.ts"), [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    child.stdout?.once("data", (chunk) => resolve({ url: String(chunk).trim(), child }));
    child.once("error", reject);
  });
}

/**
 * The same create through raw fetch, our client and openai's client. The baseline sends the very request our
 * client sends (the same body and headers: the contract's versioned user-agent and a fresh Idempotency-Key
 * each time), so its ratio is the client's own work; the request with only the headers a call cannot do
 * without is measured too.
 */
function senders(url: string): Record<string, Send> {
  const post = async (headers: Record<string, string>) => {
    const response = await fetch(`${url}${ROUTE}`, {
      method: "POST",
      headers: {
        accept: "application/json",
        ...headers,
        authorization: `Bearer ${API_KEY}`,
        "content-type": "application/json",
      },
      body: JSON.stringify(PARAMS),
    });
    if (!response.ok) throw new Error(`raw fetch answered ${response.status}`);
    return response.json();
  };
  const ours = new RunAPI({ apiKey: API_KEY, baseURL: url });
  // openai's closest call: an image request, answered by the same server with the same body.
  const openai = new OpenAI({ apiKey: API_KEY, baseURL: `${url}/v1`, maxRetries: 0 });
  return {
    [BASELINE]: () => post({ "user-agent": USER_AGENT, "idempotency-key": crypto.randomUUID() }),
    [MINIMAL]: () => post({}),
    "@runapi.ai/flux-2 create()": () => ours.create(PARAMS),
    "openai images.generate()": () => openai.images.generate({ model: "gpt-image-1", prompt: PARAMS.prompt }),
  };
}

/** Milliseconds `batch` requests take when sent together (one request: its latency). */
async function timeBatch(send: Send, batch: number): Promise<number> {
  const started = performance.now();
  if (batch === 1) await send();
  else await Promise.all(Array.from({ length: batch }, send));
  return performance.now() - started;
}

/**
 * One run: `turns` turns in which every client sends one batch (one request, or `batch` at once), the first
 * to go rotating, so a slow moment of the machine falls on all clients alike. The median batch time per
 * client, in microseconds per request: a GC pause or a scheduler hiccup moves a mean, not a median.
 */
async function run(send: Record<string, Send>, turns: number, batch: number): Promise<Map<string, number>> {
  const names = Object.keys(send);
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  for (let turn = 0; turn < turns; turn++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(turn + i) % names.length] as string;
      times.get(name)?.push(((await timeBatch(send[name] as Send, batch)) / batch) * 1000);
    }
  }
  return new Map(names.map((name) => [name, summarize(times.get(name) ?? []).median]));
}

/**
 * 3. N sequential and N concurrent JSON POSTs to one loopback server through raw fetch, our client (with
 * validation) and openai's. Time per request, and each run's ratio to raw fetch; the figure is their median.
 */
export async function requestOverheadSection(
  count = 1500,
  runs = 7,
  inFlight = 100,
  batches = 60,
): Promise<SectionResult> {
  const { url, child } = await startServer();
  try {
    const send = senders(url);
    const names = Object.keys(send);
    const rows: Row[] = [];
    for (const [mode, batch, turns] of [
      ["sequential", 1, count],
      // A run's median is of its batch times: 15 batches (count / inFlight) left it swinging ±20% run to run.
      [`${inFlight} in flight`, inFlight, batches],
    ] as const) {
      await run(send, turns, batch); // warm-up: connections open, code compiled
      const perRequest = new Map<string, number[]>(names.map((name) => [name, []]));
      const ratios = new Map<string, number[]>(names.map((name) => [name, []]));
      for (let i = 0; i < runs; i++) {
        const medians = await run(send, turns, batch);
        const baseline = medians.get(BASELINE) as number;
        for (const [name, microseconds] of medians) {
          perRequest.get(name)?.push(microseconds);
          ratios.get(name)?.push(microseconds / baseline);
        }
      }
      for (const name of names) {
        rows.push({
          subject: name,
          metric: `${mode}, time per request`,
          unit: "µs",
          summary: summarize(perRequest.get(name) ?? []),
          ...(name === BASELINE
            ? {}
            : { ratio: summarize(ratios.get(name) ?? []), baseline: `of ${BASELINE}` }),
        });
      }
    }
    const ours = rows.filter((row) => row.subject.startsWith("@runapi.ai"));
    const worst = Math.max(...ours.map((row) => row.ratio?.median ?? 0));
    // Against the request with the fewest headers: ours over the baseline times the baseline over it, per mode.
    const minimal = ours.map((row) => {
      const of = (subject: string) =>
        rows.find((other) => other.subject === subject && other.metric === row.metric)?.summary.median ?? NaN;
      return `${row.metric.split(",")[0]} ${(row.summary.median / of(MINIMAL)).toFixed(3)}×`;
    });
    return {
      id: "request-overhead",
      title: "3. Request overhead — JSON POSTs to a loopback server",
      method:
        `Per run and client: ${count} POSTs one at a time, then ${batches} batches of ${inFlight} POSTs sent at ` +
        "once (enough batches for a steady median); the " +
        "clients take turns request by request (batch by batch), the first to go rotating; per run the " +
        `median time per request and its ratio to raw fetch; ${runs} runs after a warm-up run. A node:http ` +
        'server in a child process answers every request 200 with `{"id","status"}`. Raw fetch sends the ' +
        "request ours sends, the same body and headers (accept, authorization, content-type, the contract's " +
        "versioned user-agent and a fresh Idempotency-Key each time), so the ratio is the client's own work: " +
        "validating, routing, retry bookkeeping, and the timeout, which costs Node's fetch about 3% on its own " +
        "(it is handed an AbortSignal). Raw fetch with only accept, authorization and content-type is measured " +
        "too. All use Node's fetch.",
      rows,
      budgets: [
        {
          text: "ours ≤ 1.10 × raw fetch",
          met: worst <= 1.1,
          detail:
            ours.map((row) => `${row.metric.split(",")[0]} ${row.ratio?.median.toFixed(3)}×`).join(", ") +
            `; against raw fetch with the fewest headers: ${minimal.join(", ")}`,
        },
      ],
    };
  } finally {
    child.disconnect();
    child.kill();
  }
}
