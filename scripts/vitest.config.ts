import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

// The top level of the repository is fixed, so this config lives in scripts/ and names the root.
export default defineConfig({
  root: source("."),
  // Tests run against the sources, so they never depend on a stale build.
  resolve: {
    alias: {
      "@runapi.ai/core": source("packages/core/src/index.ts"),
      "@runapi.ai/emulator": source("packages/emulator/src/index.ts"),
    },
  },
  define: { __RUNAPI_CORE_VERSION__: JSON.stringify("0.0.0-test") },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two files at once even on two cores (vitest's default there is one): most files wait on servers, tasks,
    // timers and child processes rather than on a processor.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        // Each module alone, beside its source: no server, no build, no child process.
        extends: true,
        test: { name: "unit", include: ["packages/*/src/**/*.test.ts"] },
      },
      {
        // Behaviour over HTTP (the emulator, scripted servers), the tools on copies of the repository, and the
        // demo as its users run it.
        extends: true,
        test: {
          name: "behaviour",
          // The load suite measures heap after a forced collection.
          execArgv: ["--expose-gc"],
          include: ["packages/*/test/**/*.test.ts", "scripts/**/*.test.ts", "examples/*.test.ts"],
          exclude: ["**/node_modules/**", "packages/conformance/**"],
        },
      },
      {
        // Every spec through its package and the emulator: tasks wait on the emulator, not the processor,
        // so many variants run at once.
        extends: true,
        test: {
          name: "conformance",
          include: ["packages/conformance/test/**/*.test.ts"],
          globalSetup: ["packages/conformance/src/global-setup.ts"],
          maxConcurrency: 32,
        },
      },
      {
        // Core again with the globals of an edge runtime (fetch, Headers, AbortController, crypto).
        extends: true,
        test: {
          name: "edge",
          environment: "edge-runtime",
          include: ["packages/core/src/**/*.test.ts", "packages/core/test/**/*.test.ts"],
        },
      },
    ],
  },
});
