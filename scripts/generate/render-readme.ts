import type { PriceMatrix, TablePriceRule } from "../../packages/core/src/index.ts";
import type { ActionModel, FamilyModel, VariantModel } from "../../packages/spec/src/index.ts";
import { generatedNotice, outputAccess, titleAndProvider } from "../shared/header.ts";
import { matrixTable, priceSummary } from "../shared/price-text.ts";
import { actionProperty, answersAtOnce, callerOf, fileFields, uniqueModel } from "./render-variants.ts";
import { Code, callStatement } from "./ts-literal.ts";

/** The package's README: install, quick start, and the variants with endpoints and prices. */
export function renderReadme(family: FamilyModel): string {
  const firstAction = quickStartAction(family);
  const first = firstAction?.variants[0];
  const caller = firstAction && first ? callerOf(family, firstAction, first) : "client.";
  const quoteCall = caller === "client." ? "client.prices.quote" : `${caller}quote`;
  const outputOf = outputAccess(first?.output ?? family.modality);
  const rows = family.actions.flatMap((action) =>
    action.variants.map(
      (variant) =>
        `| ${modelCell(action, variant)} | \`POST ${action.path}\` | ${priceSummary(variant.price, variant.input)} | ${variant.status} | ${variant.task} |`,
    ),
  );
  const prices = priceNotes(family);
  return `<!-- ${generatedNotice(family)} -->
# ${family.packageName}

${family.description || `${family.title} models on RunAPI.`}

Typed, validated TypeScript client for ${titleAndProvider(family)} on [RunAPI](https://runapi.ai).
Runs on Node 18+, Bun, Deno, browsers and edge workers; ESM and CommonJS, where
\`require("${family.packageName}")\` returns the client class, with every export of the package on it.

## Install

\`\`\`sh
npm install ${family.packageName}
\`\`\`

## Quick start

\`\`\`ts
import RunAPI from "${family.packageName}";

const client = new RunAPI(process.env.RUNAPI_KEY); // or RUNAPI_API_KEY, read automatically
${quickStartCall(caller, first)}
console.log(task.${outputOf.url});
\`\`\`

${callsParagraph(family)}
Parameters are checked against the variant's schema before anything is sent: a \`ValidationError\` lists
every problem. \`client.estimateCost(params)\` prices a call offline.

${[
  clientSection(family),
  tasksSection(family),
  ERRORS_SECTION,
  actionsSection(family),
  filesSection(family),
  `## Account and prices

\`\`\`ts
const { balance_cents } = await client.account.balance(); // and client.account.me()
const { price_schedules } = await client.prices.list(); // live prices, revalidated with ETags
${callStatement(`const quote = await ${quoteCall}`, [first?.example ?? {}])}
console.log(quote.reservation_amount_cents); // what the API would hold for this call
\`\`\``,
  callbacksSection(family),
  testingSection(family),
]
  .map((section) => section.trim())
  .filter(Boolean)
  .join("\n\n")}

See [@runapi.ai/core](https://www.npmjs.com/package/@runapi.ai/core) for every option and behaviour in detail.

## Variants

| Model | Endpoint | ${prices.header} | Status | Task |
|---|---|---|---|---|
${rows.join("\n")}

${prices.notes}
`;
}

/**
 * The action the quick start opens with, one a reader can run as it is: the first that makes something from
 * text alone (`text_to_video`), else the first that needs no file and no earlier task, else the first.
 */
export function quickStartAction(family: FamilyModel): ActionModel | undefined {
  const needsSource = (variant: VariantModel) => {
    const files = fileFields(variant);
    return (variant.input.required ?? []).some(
      (field) => files.includes(field) || /(^|_)task_id$/.test(field),
    );
  };
  return (
    family.actions.find((action) => action.name.startsWith("text_to_")) ??
    family.actions.find((action) => action.variants[0] && !needsSource(action.variants[0])) ??
    family.actions[0]
  );
}

/** The quick start's call: a task waited on with progress, or a synchronous action's result at once. */
function quickStartCall(caller: string, first: VariantModel | undefined): string {
  const params = first?.example ?? {};
  if (first && first.task !== "async")
    return `// answers at once, with the finished result\n${callStatement(`const task = await ${caller}run`, [params])}`;
  return callStatement(`const task = await ${caller}run`, [
    params,
    { onProgress: new Code("(task) => console.log(task.status)") },
  ]);
}

/** The client's options: the key, where it is sent, and how calls behave. */
function clientSection(family: FamilyModel): string {
  return `## The client

\`\`\`ts
const configured = new RunAPI({
  apiKey: process.env.RUNAPI_API_KEY, // the default: RUNAPI_API_KEY, then RUNAPI_KEY
  baseURL: process.env.RUNAPI_BASE_URL, // the default: RUNAPI_BASE_URL, then ${family.baseURL}
  timeout: 10 * 60 * 1000, // per attempt, until its body is read (the default)
  maxRetries: 2, // the default
  logLevel: "info", // "off" (the default, or RUNAPI_LOG), "error", "warn", "info", "debug"
});
\`\`\`

| Option | Default | What it does |
|---|---|---|
| \`apiKey\` | \`RUNAPI_API_KEY\`, then \`RUNAPI_KEY\` | your key; a missing one is an \`AuthenticationError\` at the first call |
| \`baseURL\` | \`RUNAPI_BASE_URL\`, then \`${family.baseURL}\` | the only origin that ever receives the key (point it at the emulator to test) |
| \`timeout\` | 10 minutes | how long one attempt may take, body included |
| \`maxRetries\` | 2 | retries of a 408, 429, 5xx, network failure or timeout |
| \`logLevel\`, \`logger\` | \`RUNAPI_LOG\`, else \`"off"\`; \`console\` | one line per request and retry; the key is always redacted |
| \`headers\` | none | sent with every API request (a gateway's, a tracing id), never to file URLs |
| \`fetch\` | the global \`fetch\` | a proxy agent, a test server |
| \`maxResponseBytes\`, \`maxDownloadBytes\` | 16 MiB, 2 GiB | the most an API answer or a download may have |
| \`strict\` | \`true\` | also refuse what the API itself lets through (wrong JSON types, unknown fields) |
| \`dangerouslyAllowBrowser\` | \`false\` | build a client with a key in a browser page anyway |

Keep the key on your server. In a browser page the client refuses to be built with a key, since everyone who
opens the page could read it: call RunAPI from your server (a route your page calls), or pass
\`dangerouslyAllowBrowser: true\` if the key is meant to be seen (an internal tool, the emulator's test key).
Every call also takes \`signal\`, \`timeout\`, \`maxRetries\` and \`headers\` of its own.
`;
}

/** create, get, wait, watch and run, with progress and resuming after a wait that stopped. */
function tasksSection(family: FamilyModel): string {
  const action = family.actions.find((each) => !answersAtOnce(each));
  const variant = action?.variants[0];
  if (!action || !variant) {
    return `## Calls

\`create\` and \`run\` send the request and answer the finished result at once: there is no task to read or wait
for, and nothing to resume.
`;
  }
  const caller = callerOf(family, action, variant);
  const resume =
    caller === "client."
      ? `client.wait(error.taskId, { model: ${JSON.stringify(variant.model)} })`
      : `${caller}wait(error.taskId)`;
  return `## Tasks: create, get, wait, run

\`\`\`ts
${callStatement(`const created = await ${caller}create`, [variant.example])}
const now = await ${caller}get(created); // reads it once${caller === "client." ? "; or client.get(id, { model })" : ""}
const finished = await ${caller}wait(created, {
  timeout: 5 * 60 * 1000, // the default is 30 minutes
  onProgress: (task, progress) =>
    console.log(task.status, \`after \${progress.elapsedMs} ms and \${progress.polls} reads\`),
});
for await (const update of ${caller}watch(created, { statusChangesOnly: true })) console.log(update.status);
\`\`\`

\`wait\` reads the task every 2 s at first, then less often (up to every 5 s; \`minDelay\`, \`maxDelay\`), sooner when
the API says when to look again. \`onProgress\` (on \`wait\` and \`run\`) and \`watch\` get every read, with the time
spent, the reads so far, when the next read is due and whether the status changed; \`statusChangesOnly: true\` keeps
only the reads that change it. A rate limit, an outage or a dropped connection does not end a wait: the task is
read again after a backoff until the deadline.

Waiting can stop before the task ends (the \`timeout\`, your \`signal\`, a network that stays down), but the task
goes on, and every error of \`wait\`, \`watch\` and \`run\` carries its \`taskId\`. Resume with it:

\`\`\`ts
import { WaitTimeoutError } from "${family.packageName}";

try {
${indent(callStatement(`await ${caller}run`, [variant.example, { timeout: 60_000 }]))}
} catch (error) {
  if (!(error instanceof WaitTimeoutError)) throw error;
  const done = await ${resume}; // the same task, never a second one
  console.log(done.status);
}
\`\`\`
`;
}

const indent = (code: string) =>
  code
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");

/** The error classes, when each is thrown, and retries with one Idempotency-Key. */
const ERRORS_SECTION = `## Errors

Every error is a \`RunAPIError\` with \`status\`, \`code\` (the API's \`error.code\`), \`requestId\` (quote it to support)
and, once a task exists, \`taskId\`. Import the classes from this package and check them with \`instanceof\`:

| Class | Thrown when |
|---|---|
| \`ValidationError\` (\`issues\`) | the parameters are wrong: found before anything is sent, or answered 400/422 |
| \`AuthenticationError\` | no API key, or the API refused it (401) |
| \`InsufficientCreditsError\` | the balance does not cover the task's price (402); nothing is created |
| \`PermissionDeniedError\`, \`NotFoundError\`, \`ConflictError\`, \`PayloadTooLargeError\` | 403, 404, 409, 413 |
| \`RateLimitError\` (\`retryAfterMs\`) | 429, once retries are spent |
| \`InternalServerError\`, \`ServiceUnavailableError\` | 5xx (503), once retries are spent |
| \`ConnectionError\`, \`TimeoutError\` | no answer, or an attempt longer than \`timeout\`, once retries are spent |
| \`AbortError\` | your \`signal\` fired |
| \`TaskFailedError\` (\`taskError\`, \`refund\`) | the task ended \`failed\`; failed tasks are not charged |
| \`WaitTimeoutError\` (\`lastTask\`) | \`wait\` or \`run\` reached its \`timeout\`; the task goes on |
| \`FileExpiredError\` (\`url\`) | a temporary file or output URL has expired (410) |
| \`UnexpectedResponseError\`, \`ResponseTooLargeError\`, \`RedirectError\` | an answer the client will not read or follow |

## Retries and idempotency

A 408, 429, 5xx, network failure or timed-out attempt is retried (\`maxRetries\`, 2 by default) after 0.5 s, doubling
up to 5 s, or after the API's \`Retry-After\`; other errors are not. Every create sends one \`Idempotency-Key\` on all
its attempts (pass \`{ idempotencyKey }\` to choose it), so a retry answers the same task and never charges twice.
`;

/** How to hear when a task ends, for a family whose variants take `callback_url`. */
function callbacksSection(family: FamilyModel): string {
  const takesCallback = family.actions.some((action) =>
    action.variants.some((variant) => variant.input.properties?.callback_url),
  );
  if (!takesCallback) return "";
  return `## Callbacks

Pass \`callback_url\` with a create and RunAPI POSTs the task there when it ends. \`parseCallback(body)\` checks the
delivered task (a \`ValidationError\` names every field that is wrong) and types it as this family's task:

\`\`\`ts
import { parseCallback } from "${family.packageName}";

export async function POST(request: Request) {
  const task = parseCallback(await request.text());
  if (task.status === "completed") console.log(\`task \${task.id} completed\`);
  return new Response(null, { status: 204 });
}
\`\`\`

No signature comes with a delivery: before acting on it (delivering paid work), read the task again with \`get\`.
`;
}

/** Testing against the local emulator: the command line, and a test's own emulator. */
function testingSection(family: FamilyModel): string {
  const action = quickStartAction(family);
  const variant = action?.variants[0];
  const call =
    action && variant
      ? callStatement(
          `const result = await ${callerOf(family, action, variant).replace("client.", "local.")}run`,
          [variant.example],
        )
      : "";
  return `## Testing with the emulator

[\`@runapi.ai/emulator\`](https://www.npmjs.com/package/@runapi.ai/emulator) is a local RunAPI built from the same
specs: every variant validated and priced as the API does, tasks that finish, real (placeholder) output files, a
play-money balance, callbacks and faults on demand. No key or money needed:

\`\`\`sh
npx @runapi.ai/emulator   # prints its URL and a test key
\`\`\`

Or start one inside your tests:

\`\`\`ts
import { startEmulator } from "@runapi.ai/emulator";

const emulator = await startEmulator({ port: 0, taskDurationMs: 50 });
const local = new RunAPI({ apiKey: emulator.apiKey, baseURL: emulator.url });
${call}
await emulator.close();
\`\`\`
`;
}

/** What the calls do, for a family whose actions make tasks, answer at once, or both. */
function callsParagraph(family: FamilyModel): string {
  const kinds = new Set(family.actions.map(answersAtOnce));
  const tasks =
    "`create` starts a task, `get` reads it, `wait` waits for it (with `timeout`, `signal` and `onProgress`), and `run` does both.";
  const atOnce =
    "`create` and `run` answer the finished result at once: there is no task to read or wait for.";
  if (!kinds.has(true)) return tasks;
  if (!kinds.has(false)) return atOnce;
  return `${tasks} An action that answers at once (below) has no task: its \`create\` and \`run\` answer the result.`;
}

/** The variants table's Model cell: the model id, or "—" and the action's property for an action without one. */
export function modelCell(action: ActionModel, variant: VariantModel): string {
  return variant.takesModel
    ? `\`${variant.model}\``
    : `— (no model: \`client.${actionProperty(action.name)}\`)`;
}

/**
 * A price section's title, named as the variants table names the row: the model id, with the endpoint when
 * the id serves several actions; the endpoint alone for an action without a model.
 */
function matrixHeading(family: FamilyModel, action: ActionModel, variant: VariantModel): string {
  const endpoint = `\`POST ${action.path}\``;
  if (!variant.takesModel) return `${endpoint} (no model)`;
  return uniqueModel(family, variant.model) ? `\`${variant.model}\`` : `\`${variant.model}\` · ${endpoint}`;
}

/** How to reach each action, when the client's own calls do not reach them all. */
function actionsSection(family: FamilyModel): string {
  const reachable = family.actions.every((action) =>
    action.variants.every((variant) => callerOf(family, action, variant) === "client."),
  );
  if (reachable) return "";
  const lines = family.actions.map(
    (action) =>
      `- \`client.${actionProperty(action.name)}\` — \`POST ${action.path}\`${
        action.variants[0]?.takesModel
          ? `: ${action.variants.map((v) => `\`${v.model}\``).join(", ")}`
          : " (no model)"
      }${answersAtOnce(action) ? "; answers at once" : ""}`,
  );
  const atOnce = family.actions.some(answersAtOnce);
  return `## Actions

Each action is a property of the client with the same calls (\`create\`, \`get\`, \`wait\`, \`watch\`, \`run\`,
\`estimateCost\`, \`quote\`) for its own variants${
    atOnce ? "; one that answers at once has no `get`, and nothing to wait for" : ""
  }.
Actions without a model, and model ids that several actions share, are reached this way only; \`client.create\`
and \`client.run\` take the model ids that name one variant.

${lines.join("\n")}

`;
}

/** Local files in (the fields marked `x-runapi-file`), outputs out. */
function filesSection(family: FamilyModel): string {
  const entries = family.actions.flatMap((action) => action.variants.map((variant) => ({ action, variant })));
  const fields = [...new Set(entries.flatMap(({ variant }) => fileFields(variant)))];
  const runOf = (
    { action, variant }: (typeof entries)[number],
    name: string,
    params: Record<string, unknown> = variant.example,
  ) => callStatement(`const ${name} = await ${callerOf(family, action, variant)}run`, [params]);
  const taking = entries.find(({ variant }) => fileFields(variant).length > 0);
  // Outputs with a URL (images, videos, audios) download; text outputs are the text itself.
  const making =
    taking && taking.variant.output !== "text"
      ? taking
      : entries.find(({ variant }) => variant.output !== "text");
  const snippets: string[] = [];
  let intro = "";
  if (taking) {
    const field = fileFields(taking.variant)[0] as string;
    const path = new Code(
      `await fileFromPath(${JSON.stringify(localFileName([field, taking.action.name], family.modality))})`,
    );
    const local = taking.variant.input.properties?.[field]?.type === "array" ? [path] : path;
    const params = { ...taking.variant.example, [field]: local };
    snippets.push(runOf(taking, taking === making ? "task" : "result", params));
    const verb = fields.length === 1 ? "takes" : "take";
    intro = `${fields.map((name) => `\`${name}\``).join(", ")} ${verb} file URLs or local files: a \`Blob\`, \`File\`,
\`ArrayBuffer\`, \`Uint8Array\`, \`Buffer\` or \`ReadableStream\`. \`create\` and \`run\` upload local files first, in parallel,
and send their URLs (\`{ files: "data-uri" }\` inlines them instead, where a field takes data: URIs).

`;
  }
  if (making) {
    const output = outputAccess(making.variant.output).field;
    const download = [
      `const bytes = await task.${output}?.[0]?.download();`,
      `await downloadToPath(task.${output}![0]!, "./out/result");`,
    ].join("\n");
    if (making === taking) snippets[0] += `\n${download}`;
    else snippets.push(`${runOf(making, "task")}\n${download}`);
    intro += `Every output file of a finished task has a \`download()\` (bytes, or a stream with \`{ as: "stream" }\`).\n`;
  }
  if (snippets.length === 0) return "";
  const names = [...(making ? ["downloadToPath"] : []), ...(taking ? ["fileFromPath"] : [])];
  const does = [
    taking && "reads local paths",
    making && `writes downloads to ${taking ? "them" : "local paths"}`,
  ];
  const node = `In Node, \`${family.packageName}/node\` ${does.filter(Boolean).join(" and ")}:`;
  return `## Files

${intro}${node}

\`\`\`ts
import { ${names.join(", ")} } from "${family.packageName}/node";

${snippets.join("\n\n")}
\`\`\`

\`client.files.upload(input)\`, \`client.files.fromUrl(url)\` and \`client.files.fromBase64(data)\` give a temporary URL of your
own, and \`client.files.download(url)\` fetches any file URL. Uploads are checked (an image, video or audio file of at
most 20 MiB) before anything is sent; downloads never carry the API key. Temporary URLs expire: an expired one
throws \`FileExpiredError\`. \`client.persistentFiles\` keeps files until you delete them (\`create\`, \`list\`, \`retrieve\`,
\`delete\`, \`content\`), and \`client.uploads.upload(file, { onProgress })\` sends large ones in parts.`;
}

/**
 * A local file of the kind a file field takes: the first of its names (the field's, then the action's) that
 * says image, sound or video decides, else the family's modality.
 */
function localFileName(names: string[], modality: string): string {
  const said = (name: string) =>
    /image|photo|mask|frame|picture/.test(name)
      ? "image"
      : /audio|voice|speech|song|music|sound/.test(name)
        ? "audio"
        : /video|clip/.test(name)
          ? "video"
          : undefined;
  const kind = names.map(said).find(Boolean) ?? modality;
  return kind === "audio" ? "./voice.mp3" : kind === "video" ? "./clip.mp4" : "./photo.png";
}

/**
 * The price column's title and what follows the table: how to read the prices, and one table per variant
 * whose price depends on several parameters.
 */
function priceNotes(family: FamilyModel): { header: string; notes: string } {
  const matrices = family.actions.flatMap((action) =>
    action.variants.flatMap((variant) => {
      const rule = matrixRule(variant);
      return rule ? [matrixTable(matrixHeading(family, action, variant), rule)] : [];
    }),
  );
  const { header, sentences } = priceReading(family);
  const details =
    matrices.length === 0 ? "" : `\n\n## Prices by several parameters\n\n${matrices.join("\n\n")}`;
  return { header, notes: `${sentences.join(" ")}${details}` };
}

/** A variant's price rule when it depends on several parameters (`keys` + `matrix`), else undefined. */
export function matrixRule(
  variant: VariantModel,
): (TablePriceRule & { keys: readonly string[]; matrix: PriceMatrix }) | undefined {
  const { price } = variant;
  return (price.unit === "call" || price.unit === "second") && price.keys && price.matrix
    ? { ...price, keys: price.keys, matrix: price.matrix }
    : undefined;
}

/**
 * How to read a family's prices: the price column's title, and the sentences that say the units (per call, per
 * second of output, tokens, not published). A family priced only per call, by one parameter at most, keeps the
 * short form.
 */
export function priceReading(family: FamilyModel): { header: string; sentences: string[] } {
  const variants: VariantModel[] = family.actions.flatMap((action) => action.variants);
  const units = new Set(variants.map((variant) => variant.price.unit));
  if (units.size === 1 && units.has("call") && !variants.some(matrixRule)) {
    return {
      header: "Price per call",
      sentences: ["Prices are in US cents per call; failed generations are not charged."],
    };
  }
  const sentences = [
    "Prices are in US cents, per call unless the row says otherwise; failed generations are not charged.",
  ];
  if (units.has("second")) {
    sentences.push(
      'A price per second of output is multiplied by the duration of the generated output: `estimateCost` gives the rate (`kind: "rate"`).',
    );
  }
  if (units.has("million_tokens")) {
    sentences.push('Token prices are per million tokens of input and of output (`kind: "tokens"`).');
  }
  if (units.has("unknown")) {
    sentences.push(
      '“not published” means the spec carries no price: `estimateCost` says so (`kind: "unknown"`) and `client.prices.quote(params)` asks the API.',
    );
  }
  return { header: "Price", sentences };
}
