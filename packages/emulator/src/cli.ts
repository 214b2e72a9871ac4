#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startEmulator } from "./server.js";

const usage = `Usage: node dist/cli.js [--port 4010] [--host 127.0.0.1] [--task-duration-ms 2000] [--fail-every N] [--specs-dir DIR]`;

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    console.error(`--${name} must be a non-negative integer, got "${value}"\n${usage}`);
    process.exit(2);
  }
  return number;
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "task-duration-ms": { type: "string" },
        "fail-every": { type: "string" },
        "specs-dir": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}

const values = readArgs();
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const emulator = await startEmulator({
  port: integer("port", values.port, 4010),
  host: values.host ?? "127.0.0.1",
  taskDurationMs: integer("task-duration-ms", values["task-duration-ms"], 2000),
  failEvery: integer("fail-every", values["fail-every"], 0),
  ...(values["specs-dir"] ? { specsDir: values["specs-dir"] } : {}),
});
console.log(`RunAPI emulator listening on ${emulator.url} — API key: ${emulator.apiKey}`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  emulator.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
