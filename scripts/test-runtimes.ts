/**
 * `pnpm test:runtimes`: the end-to-end suite (examples/runtimes/, node's own test runner) on every Node
 * version the packages support, against one emulator. Run after `pnpm build`: it uses the built packages.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startEmulator } from "../packages/emulator/src/index.ts";
import { nodeBinary } from "./node-binaries.ts";

const VERSIONS = ["18.20.8", "20.20.2", "22.23.3", "24.21.0"];
const root = fileURLToPath(new URL("..", import.meta.url));
const files = ["examples/runtimes/flux-2.e2e.test.mjs", "examples/runtimes/flux-2.e2e.test.cjs"];

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

const binaries = VERSIONS.map((version) => [version, nodeBinary(root, version)] as const);
const emulator = await startEmulator({ port: 0, taskDurationMs: 50 });
let passed = 0;
let failed = 0;
try {
  for (const [version, node] of binaries) {
    const env = {
      ...process.env,
      RUNAPI_API_KEY: emulator.apiKey,
      RUNAPI_BASE_URL: emulator.url,
      NODE_OPTIONS: "",
    };
    const { status, output } = await run(node, ["--test", "--test-reporter=tap", ...files], env);
    const tests = /^# tests (\d+)/m.exec(output)?.[1] ?? "?";
    if (status === 0 && tests !== "0") passed++;
    else failed++;
    console.log(`Node ${version}: ${status === 0 ? `${tests} tests passed` : "FAILED"}`);
    if (status !== 0) console.log(output);
  }
} finally {
  await emulator.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
