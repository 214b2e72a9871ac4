/**
 * Runs the generator of a repository copy once, in this fresh process, and prints what it took as JSON:
 * `{ ms, files, maxRssMb }`. `ms` is generation alone (modules already loaded); `maxRssMb` the process's peak.
 * Usage: node --import tsx lib/generate-child.ts <copy>
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.argv[2];
if (!dir) throw new Error("usage: generate-child.ts <repository copy>");
const { generatePackages } = await import(pathToFileURL(join(dir, "scripts/lib/generate-packages.ts")).href);
const started = performance.now();
const { files } = await generatePackages(dir);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, files: files.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
