import type { ActionModel, FamilyModel, VariantModel } from "./family-model.ts";
import { generatedNotice, outputAccess } from "./header.ts";
import { matrixTable, priceSummary } from "./price-text.ts";
import { actionProperty, callerOf, fileFields, uniqueModel } from "./render-variants.ts";

/** The package's README: install, quick start, and the variants with endpoints and prices. */
export function renderReadme(family: FamilyModel): string {
  const firstAction = family.actions[0];
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

Typed, validated TypeScript client for ${family.title} (${family.provider}) on [RunAPI](https://runapi.ai).
Runs on Node 18+, Bun, Deno, browsers and edge workers; ESM and CommonJS.

## Install

\`\`\`sh
npm install ${family.packageName}
\`\`\`

## Quick start

\`\`\`ts
import RunAPI from "${family.packageName}";

const client = new RunAPI(process.env.RUNAPI_KEY); // or RUNAPI_API_KEY, read automatically
const task = await ${caller}run(${first ? JSON.stringify(first.example) : "{}"}, {
  onProgress: (task) => console.log(task.status),
});
console.log(task.${outputOf.url});
\`\`\`

\`create\` starts a task, \`get\` reads it, \`wait\` waits for it (with \`timeout\`, \`signal\` and \`onProgress\`), and \`run\` does
both. Parameters are checked against the variant's schema before anything is sent: a \`ValidationError\` lists
every problem. \`client.estimateCost(params)\` prices a call offline.

${actionsSection(family)}
${filesSection(family)}

## Account and prices

\`\`\`ts
const { balance_cents } = await client.account.balance(); // and client.account.me()
const { price_schedules } = await client.prices.list(); // live prices, revalidated with ETags
const quote = await ${quoteCall}(${first ? JSON.stringify(first.example) : "{}"});
console.log(quote.reservation_amount_cents); // what the API would hold for this call
\`\`\`

Pass \`callback_url\` to hear when a task ends: \`parseCallback(body)\` (imported from this package) checks the
delivered task in your web handler. See [@runapi.ai/core](https://www.npmjs.com/package/@runapi.ai/core) for the details.

## Variants

| Model | Endpoint | ${prices.header} | Status | Task |
|---|---|---|---|---|
${rows.join("\n")}

${prices.notes}
`;
}

/** The variants table's Model cell: the model id, or "—" and the action's property for an action without one. */
function modelCell(action: ActionModel, variant: VariantModel): string {
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
      }${action.variants.some((v) => v.task === "sync") ? "; answers at once" : ""}`,
  );
  return `## Actions

Each action is a property of the client with the same calls (\`create\`, \`get\`, \`wait\`, \`watch\`, \`run\`,
\`estimateCost\`, \`quote\`) for its own variants. Actions without a model, and model ids that several actions
share, are reached this way only; \`client.create\` and \`client.run\` take the model ids that name one variant.

${lines.join("\n")}

`;
}

/** Local files in (the fields marked `x-runapi-file`), outputs out. */
function filesSection(family: FamilyModel): string {
  const entries = family.actions.flatMap((action) => action.variants.map((variant) => ({ action, variant })));
  const variants = entries.map(({ variant }) => variant);
  const fields = [...new Set(variants.flatMap(fileFields))];
  const found = entries.find(({ variant }) => fileFields(variant).length > 0);
  const taking = found?.variant;
  const shown = found ?? entries[0];
  const caller = shown ? callerOf(family, shown.action, shown.variant) : "client.";
  const output = outputAccess(shown?.variant.output ?? family.modality).field;
  let intro = "";
  let run = `const task = await ${caller}run(${JSON.stringify(variants[0]?.example ?? {})});`;
  if (taking) {
    const field = fileFields(taking)[0] as string;
    const path = 'await fileFromPath("./photo.png")';
    const local = taking.input.properties?.[field]?.type === "array" ? `[${path}]` : path;
    const params = JSON.stringify({ ...taking.example, [field]: "LOCAL" }).replace('"LOCAL"', local);
    run = `const task = await ${caller}run(${params});`;
    const verb = fields.length === 1 ? "takes" : "take";
    intro = `${fields.map((name) => `\`${name}\``).join(", ")} ${verb} file URLs or local files: a \`Blob\`, \`File\`,
\`ArrayBuffer\`, \`Uint8Array\`, \`Buffer\` or \`ReadableStream\`. \`create\` and \`run\` upload local files first, in parallel,
and send their URLs (\`{ files: "data-uri" }\` inlines them instead, where a field takes data: URIs).

`;
  }
  return `## Files

${intro}Every output of a finished task has a \`download()\` (bytes, or a stream with \`{ as: "stream" }\`). In Node,
\`${family.packageName}/node\` reads local paths and writes downloads to them:

\`\`\`ts
import { downloadToPath, fileFromPath } from "${family.packageName}/node";

${run}
const bytes = await task.${output}?.[0]?.download();
await downloadToPath(task.${output}![0]!, "./out/result");
\`\`\`

\`client.files.upload(input)\`, \`client.files.fromUrl(url)\` and \`client.files.fromBase64(data)\` give a temporary URL of your
own, and \`client.files.download(url)\` fetches any file URL. Uploads are checked (an image, video or audio file of at
most 20 MiB) before anything is sent; downloads never carry the API key. Temporary URLs expire: an expired one
throws \`FileExpiredError\`.`;
}

/**
 * The price column's title and what follows the table: how to read the prices, and one table per variant
 * whose price depends on several parameters. A family priced only per call keeps the short form.
 */
function priceNotes(family: FamilyModel): { header: string; notes: string } {
  const variants: VariantModel[] = family.actions.flatMap((action) => action.variants);
  const units = new Set(variants.map((variant) => variant.price.unit));
  const matrices = family.actions.flatMap((action) =>
    action.variants.flatMap((variant) =>
      (variant.price.unit === "call" || variant.price.unit === "second") &&
      variant.price.keys &&
      variant.price.matrix
        ? [
            matrixTable(matrixHeading(family, action, variant), {
              ...variant.price,
              keys: variant.price.keys,
              matrix: variant.price.matrix,
            }),
          ]
        : [],
    ),
  );
  if (units.size === 1 && units.has("call") && matrices.length === 0) {
    return {
      header: "Price per call",
      notes: "Prices are in US cents per call; failed generations are not charged.",
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
  const details =
    matrices.length === 0 ? "" : `\n\n## Prices by several parameters\n\n${matrices.join("\n\n")}`;
  return { header: "Price", notes: `${sentences.join(" ")}${details}` };
}
