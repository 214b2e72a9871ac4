import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * A tier whose files share their workers: a worker runs file after file without a fresh context, so modules
 * already evaluated (node_modules, the SDK's sources) are evaluated once per worker, not once per file. The
 * files that replace a module with `vi.mock` would leak that into later files, so they are named
 * `*.isolated.test.ts` and run in a twin project of their own, `<name>-isolated`, one fresh context each.
 */
function sharingWorkers(
  test: { name: string; include: string[]; exclude?: string[] } & Record<string, unknown>,
) {
  const isolated = "**/*.isolated.test.ts";
  return [
    {
      extends: true as const,
      test: { ...test, isolate: false, exclude: [...(test.exclude ?? []), isolated] },
    },
    {
      extends: true as const,
      test: {
        ...test,
        name: `${test.name}-isolated`,
        include: test.include.map((glob) => glob.replace(/\*\.test\.ts$/, "*.isolated.test.ts")),
      },
    },
  ];
}

// The top level of the repository is fixed, so this config lives in scripts/ and names the root.
export default defineConfig({
  root: source("."),
  // Tests run against the sources, so they never depend on a stale build.
  resolve: {
    // The subpath first: an alias also matches what starts with its key and a slash.
    alias: {
      "@runapi.ai/core/node": source("packages/core/src/node.ts"),
      "@runapi.ai/core": source("packages/core/src/index.ts"),
      "@runapi.ai/emulator": source("packages/emulator/src/index.ts"),
      "@runapi.ai/families": source("packages/families/src/index.ts"),
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
      // Behaviour over HTTP (the emulator, scripted servers), the tools on copies of the repository, and the
      // demo as its users run it. The load suite measures heap after a forced collection.
      ...sharingWorkers({
        name: "behaviour",
        execArgv: ["--expose-gc"],
        include: ["packages/*/test/**/*.test.ts", "scripts/**/*.test.ts", "examples/*.test.ts"],
        exclude: ["**/node_modules/**", "packages/conformance/**", "packages/*/test/reliability/**"],
      }),
      {
        // Hostile conditions: servers that misbehave on purpose, rate limits and fault mixes at volume, memory
        // measured in child processes. Each file asserts what happened and that nothing was lost or leaked.
        extends: true as const,
        test: {
          name: "reliability",
          include: ["packages/*/test/reliability/**/*.test.ts"],
          execArgv: ["--expose-gc"],
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
      // Core again with the globals of an edge runtime (fetch, Headers, AbortController, crypto).
      ...sharingWorkers({
        name: "edge",
        environment: "edge-runtime",
        include: ["packages/core/src/**/*.test.ts", "packages/core/test/**/*.test.ts"],
        // The reliability tier's volumes and child processes run once, in Node, in their own tier.
        exclude: ["packages/core/test/reliability/**"],
      }),
    ],
  },
});
