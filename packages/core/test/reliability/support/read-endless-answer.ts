// Run as a child process by endless-answer-memory.test.ts: one client reads an answer that never ends from the
// URL given as its argument; prints the error's name and the process's peak RSS, sampled while it reads.
import { RunAPIClient } from "../../../src/index.js";
import { testCatalog } from "../../test-catalog.js";

const baseURL = process.argv[2] as string;
const client = new RunAPIClient({ apiKey: "k", baseURL, maxRetries: 0 }, testCatalog);
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 2);
const error = await client.get("t", { model: "test-model" }).catch((caught: unknown) => caught);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ error: (error as Error).name, before, peak }));
