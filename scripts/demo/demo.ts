/**
 * `pnpm demo [--live] [--out DIR] [--source FILE]`: builds the packages the demo imports, then runs
 * examples/flux-2-demo.ts with the same arguments. The build keeps its output to itself (build-quietly.ts), so
 * that what the demo prints is all a user reads.
 */
import { buildQuietly } from "../shared/build-quietly.ts";

/** What the demo imports (the examples package and its dependencies) and the generated packages' build. */
const BUILD = [
  "run",
  "build",
  "build:families",
  "--filter=@runapi.ai/examples...",
  "--filter=//",
  "--output-logs=errors-only",
];

await buildQuietly(
  "pnpm demo",
  BUILD,
  "Building the packages the demo uses (a minute or so the first time)…",
);
// The demo reads the same arguments (process.argv) and runs in this process, after the build it imports.
await import(new URL("../../examples/flux-2-demo.ts", import.meta.url).href);
