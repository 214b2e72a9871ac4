/**
 * `pnpm test:runtimes`: the end-to-end suite (examples/runtimes/, written against `node:test`) on every Node
 * version the packages support, and on Bun and Deno, each with its own test runner, against one emulator.
 * The runtimes are fetched and run side by side: each mostly waits on the emulator's tasks. Run after
 * `pnpm build`: it uses the built packages.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startEmulator } from "../../packages/emulator/src/index.ts";
import { bunRuntime, denoRuntime, nodeRuntime, type Runtime } from "./runtime-binaries.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const files = ["./examples/runtimes/flux-2.e2e.test.mjs", "./examples/runtimes/flux-2.e2e.test.cjs"];
const runtimes = await Promise.all([
  ...["18.20.8", "20.20.2", "22.23.3", "24.21.0"].map((version) => nodeRuntime(root, version)),
  bunRuntime(root, "1.4.5"),
  denoRuntime(root, "2.9.6"),
]);

/** How each runtime runs the suite, and where its report says how many tests passed. */
function invocation({ name }: Runtime, origin: string): { args: string[]; passed: RegExp } {
  if (name === "Bun") return { args: ["test", ...files], passed: /^\s*(\d+) pass$/m };
  if (name === "Deno") {
    // The least it needs: the emulator's origin, the environment and the packages on disk.
    const permissions = [`--allow-net=${new URL(origin).host}`, "--allow-env", "--allow-read"];
    return { args: ["test", "--no-check", ...permissions, ...files], passed: /^ok \| (\d+) passed/m };
  }
  return { args: ["--test", "--test-reporter=tap", ...files], passed: /^# pass (\d+)$/m };
}

/** Runs a command without blocking this process, which serves the emulator the command talks to. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => resolve({ status, output }));
  });
}

const emulator = await startEmulator({ port: 0, taskDurationMs: 50 });
const counts = new Map<string, number>();
const failures = new Set<string>();
try {
  const env = {
    ...process.env,
    RUNAPI_API_KEY: emulator.apiKey,
    RUNAPI_BASE_URL: emulator.url,
    NODE_OPTIONS: "",
    NO_COLOR: "1",
    DENO_DIR: join(root, "node_modules", ".cache", "runapi-runtimes", "deno-dir"),
    DENO_NO_UPDATE_CHECK: "1",
  };
  const results = await Promise.all(
    runtimes.map(async (runtime) => {
      const { args, passed } = invocation(runtime, emulator.url);
      return { runtime, passed, ...(await run(runtime.binary, args, env)) };
    }),
  );
  // Reported in a fixed order, each runtime's output whole.
  for (const { runtime, passed, status, output } of results) {
    const count = Number(passed.exec(output)?.[1] ?? 0);
    const label = `${runtime.name} ${runtime.version}`;
    counts.set(label, count);
    const ok = status === 0 && count > 0;
    if (!ok) failures.add(label);
    console.log(`${label}: ${ok ? `${count} tests passed` : "FAILED"}`);
    if (!ok) console.log(output);
  }
} finally {
  await emulator.close();
}
// Every runtime runs the whole suite: one that found fewer tests than another skipped some.
const most = Math.max(...counts.values());
for (const [label, count] of counts) {
  if (count < most) {
    failures.add(label);
    console.log(`${label}: ran ${count} of the suite's ${most} tests`);
  }
}
console.log(`${runtimes.length - failures.size} passed, ${failures.size} failed`);
process.exitCode = failures.size > 0 ? 1 : 0;
