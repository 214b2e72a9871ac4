#!/usr/bin/env node
import { parseArgs } from "node:util";
import type { FaultRule } from "./faults.js";
import { FAULT_FLAG_HELP, parseFaultFlag } from "./parse-fault.js";
import { startEmulator } from "./server.js";

const usage = `Usage: node dist/cli.js [--port 4010] [--host 127.0.0.1] [--task-duration-ms 2000] [--fail-every N]
                        [--specs-dir DIR] [--fault SPEC]... [--fault-rate R [--fault-seed N]]

Faults:
${FAULT_FLAG_HELP}`;

function usageError(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    usageError(`--${name} must be a non-negative integer, got "${value}"`);
  return number;
}

function faultRules(flags: string[] | undefined): FaultRule[] {
  try {
    return (flags ?? []).map(parseFaultFlag);
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

function faultRate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const rate = Number(value);
  if (value.trim() === "" || !(rate >= 0 && rate <= 1))
    usageError(`--fault-rate must be from 0 to 1, got "${value}"`);
  return rate;
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
        fault: { type: "string", multiple: true },
        "fault-rate": { type: "string" },
        "fault-seed": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

const values = readArgs();
if (values.help) {
  console.log(usage);
  process.exit(0);
}

// Every flag is checked before the server starts, so a typo never leaves a half-configured emulator running.
const faults = faultRules(values.fault);
const rate = faultRate(values["fault-rate"]);
const seed = integer("fault-seed", values["fault-seed"], 1);
if (rate === undefined && values["fault-seed"] !== undefined) usageError("--fault-seed needs --fault-rate");

const emulator = await startEmulator({
  port: integer("port", values.port, 4010),
  host: values.host ?? "127.0.0.1",
  taskDurationMs: integer("task-duration-ms", values["task-duration-ms"], 2000),
  failEvery: integer("fail-every", values["fail-every"], 0),
  ...(values["specs-dir"] ? { specsDir: values["specs-dir"] } : {}),
  faults,
});
if (rate !== undefined) emulator.faults.random({ seed, rate });
console.log(`RunAPI emulator listening on ${emulator.url} — API key: ${emulator.apiKey}`);
for (const flag of values.fault ?? []) console.log(`Fault: ${flag}`);
if (rate !== undefined) console.log(`Random faults: rate ${rate}, seed ${seed}`);

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
