import { parseArgs } from "node:util";
import type { FaultRule } from "./faults/fault-rule.js";
import { FAULT_FLAG_HELP, parseFaultFlag } from "./faults/parse-fault.js";
import { DEFAULT_API_KEY, startEmulator } from "./http/server.js";
import { DEFAULT_BALANCE_CENTS } from "./state/accounts.js";
import { HYBRID_ANSWERS, type HybridAnswer } from "./state/emulator-state.js";

const usage = `Usage: npx @runapi.ai/emulator [options]
       runapi-emulator [options]     (once installed: npm install --save-dev @runapi.ai/emulator)

A local RunAPI server for testing apps offline, built from RunAPI's model specs: auth, validation, tasks,
play money, files, prices, callbacks and faults. It prints its URL and a test key; point a client at it with
RUNAPI_BASE_URL and RUNAPI_API_KEY. Every family is served from its spec alone: async, hybrid (202 +
Location) and sync actions (the POST answers the result), actions with or without a \`model\`, and outputs
of the kind each variant names, as placeholder files the emulator makes itself: images [{url}] (64×64 PNG),
videos [{url}] (32×32 uncompressed AVI) and audios [{audio_url}] (PCM WAV tone), both as long as the
request's duration (at most 10 minutes), or texts [{text}]; output_count sets how many.

Bounded whatever it is sent: a body over its limit is answered 413 and read no further, slow clients are
cut off (408), a source URL is read up to the upload limit within --source-timeout-ms, and no request log
is kept.

Server:
  --port N                      port to listen on; 0 picks a free one (default 4010)
  --host HOST                   interface to listen on (default 127.0.0.1)
  --specs-dir DIR               folder of <family>.yaml specs (default: the specs this package carries)
  --task-duration-ms MS         how long a task stays "processing" (default 2000)
  --poll-hints                  answer reads of unfinished tasks with Retry-After saying when they end
                                (the contract promises none: off by default)
  --fail-every N                every Nth created task ends "failed" and is refunded (default 0: never)
  --hybrid-answer MODE          how actions that may answer 202 answer a create: auto (default: hybrid ones
                                202 + Location while tasks take time, sync ones the result), accepted (both
                                202 + Location, as the API may) or result (both the result at once)
  --headers-timeout-ms MS       how long a client may take to send a request's headers; past it 408 and the
                                connection is closed (default 10000)
  --request-timeout-ms MS       how long a client may take to send a whole request, body included; past it 408
                                and the connection is closed (default 60000)
  --keep-alive-timeout-ms MS    how long a kept-alive connection may sit idle between requests (default 5000)

Accounts:
  --api-key KEY                 an accepted bearer key, each its own account (repeatable; default ${DEFAULT_API_KEY})
  --balance CENTS               each account's starting balance in US cents (default ${DEFAULT_BALANCE_CENTS})
  --rate-limit RPS              requests per second per key; over it 429 rate_limited with Retry-After
                                (default: no limit)

Files and outputs:
  --file-ttl-ms MS              how long uploaded file URLs live before 410 file_expired (default 3600000, 1 hour)
  --output-ttl-ms MS            how long task output URLs live after the task ends (default 604800000, 7 days)
  --max-upload-bytes N          largest accepted file; over it 413 payload_too_large (default 20971520, 20 MiB);
                                a file fetched from a source URL stops being read past it
  --upload-ttl-ms MS            how long a multipart upload (/v1/uploads) may stay pending before it expires
                                (default 3600000, 1 hour)
  --source-timeout-ms MS        how long fetching a loopback source URL may take, body included; past it 422
                                file_fetch_failed (default 10000)

Callbacks (POSTed to loopback callback_url only; other URLs are recorded, not called):
  --callback-attempts N         tries per callback, the first included (default 3)
  --callback-retry-delay-ms MS  wait before the second try, doubling after (default 1000)

Faults:
${FAULT_FLAG_HELP}

  -h, --help                    this text`;

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

function hybridAnswer(value: string | undefined): HybridAnswer | undefined {
  if (value === undefined || (HYBRID_ANSWERS as readonly string[]).includes(value)) {
    return value as HybridAnswer | undefined;
  }
  usageError(`--hybrid-answer must be one of ${HYBRID_ANSWERS.join(", ")}, got "${value}"`);
}

function positiveNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !(Number.isFinite(number) && number > 0))
    usageError(`--${name} must be a positive number, got "${value}"`);
  return number;
}

/** Optional integer flags become options only when given, so the library's defaults stay in one place. */
function optionalInteger(name: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : integer(name, value, 0);
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
        "api-key": { type: "string", multiple: true },
        balance: { type: "string" },
        "rate-limit": { type: "string" },
        "file-ttl-ms": { type: "string" },
        "output-ttl-ms": { type: "string" },
        "max-upload-bytes": { type: "string" },
        "upload-ttl-ms": { type: "string" },
        "source-timeout-ms": { type: "string" },
        "callback-attempts": { type: "string" },
        "callback-retry-delay-ms": { type: "string" },
        fault: { type: "string", multiple: true },
        "fault-rate": { type: "string" },
        "fault-seed": { type: "string" },
        "poll-hints": { type: "boolean" },
        "hybrid-answer": { type: "string" },
        "headers-timeout-ms": { type: "string" },
        "request-timeout-ms": { type: "string" },
        "keep-alive-timeout-ms": { type: "string" },
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

// Clients trim keys, so the emulator does too; a key given twice is one account.
const apiKeys = [...new Set((values["api-key"] ?? [DEFAULT_API_KEY]).map((key) => key.trim()))];
if (apiKeys.some((key) => key === "")) usageError("--api-key must not be empty");
const balanceCents = integer("balance", values.balance, DEFAULT_BALANCE_CENTS);
const requestsPerSecond = positiveNumber("rate-limit", values["rate-limit"]);
const callbackAttempts = optionalInteger("callback-attempts", values["callback-attempts"]);
if (callbackAttempts === 0) usageError("--callback-attempts must be at least 1");
const optional = {
  fileTtlMs: optionalInteger("file-ttl-ms", values["file-ttl-ms"]),
  outputTtlMs: optionalInteger("output-ttl-ms", values["output-ttl-ms"]),
  maxUploadBytes: optionalInteger("max-upload-bytes", values["max-upload-bytes"]),
  uploadTtlMs: optionalInteger("upload-ttl-ms", values["upload-ttl-ms"]),
  sourceTimeoutMs: optionalInteger("source-timeout-ms", values["source-timeout-ms"]),
  headersTimeoutMs: positiveNumber("headers-timeout-ms", values["headers-timeout-ms"]),
  requestTimeoutMs: positiveNumber("request-timeout-ms", values["request-timeout-ms"]),
  keepAliveTimeoutMs: positiveNumber("keep-alive-timeout-ms", values["keep-alive-timeout-ms"]),
  callbackAttempts,
  callbackRetryDelayMs: optionalInteger("callback-retry-delay-ms", values["callback-retry-delay-ms"]),
};

const port = integer("port", values.port, 4010);
const emulator = await startEmulator({
  port,
  host: values.host ?? "127.0.0.1",
  taskDurationMs: integer("task-duration-ms", values["task-duration-ms"], 2000),
  pollHints: values["poll-hints"] === true,
  hybridAnswer: hybridAnswer(values["hybrid-answer"]),
  failEvery: integer("fail-every", values["fail-every"], 0),
  ...(values["specs-dir"] ? { specsDir: values["specs-dir"] } : {}),
  accounts: apiKeys.map((apiKey) => ({ apiKey, balanceCents })),
  ...(requestsPerSecond !== undefined ? { rateLimit: { requestsPerSecond } } : {}),
  ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  faults,
  // Nothing can read the request log of an emulator started from the command line, so it keeps none.
  maxRecordedRequests: 0,
}).catch((error: NodeJS.ErrnoException) => {
  // A port already taken is the common case: say which and what to do, without a stack trace.
  if (error.code === "EADDRINUSE") {
    console.error(
      `Port ${port} is already in use (another emulator, or another server): stop it, or pick another port with --port N (--port 0 picks a free one).`,
    );
  } else if (error.code === "EADDRNOTAVAIL" || error.code === "EACCES") {
    console.error(
      `Cannot listen on ${values.host ?? "127.0.0.1"}:${port} (${error.code}): pick another --host or --port.`,
    );
  } else {
    console.error(`The emulator did not start: ${error.message}`);
  }
  process.exit(1);
});
if (rate !== undefined) emulator.faults.random({ seed, rate });
console.log(`RunAPI emulator listening on ${emulator.url} — API key: ${emulator.apiKey}`);
for (const key of apiKeys.slice(1)) console.log(`Also accepting API key: ${key}`);
console.log(`Balance: ${balanceCents} cents per account, play money: nothing is charged for real`);
if (requestsPerSecond !== undefined)
  console.log(`Rate limit: ${requestsPerSecond} requests per second per key`);
for (const flag of values.fault ?? []) console.log(`Fault: ${flag}`);
if (rate !== undefined) console.log(`Random faults: rate ${rate}, seed ${seed}`);
// A client reads both from the environment (apiKey and baseURL left out), so these two lines are all an app needs.
console.log(`
Point a RunAPI client at it, in the shell that runs your app:
  export RUNAPI_BASE_URL=${emulator.url}
  export RUNAPI_API_KEY=${emulator.apiKey}

Outputs are placeholders the emulator draws, not a model's work. Ctrl-C stops it.`);

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
