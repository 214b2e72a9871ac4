import type { Rule } from "../../packages/core/src/index.ts";
import {
  type ActionModel,
  conditionText,
  type FamilyModel,
  type LoadedSpec,
  type VariantModel,
} from "../../packages/spec/src/index.ts";
import { generatedNotice, outputAccess, titleAndProvider } from "../shared/header.ts";
import { priceSummary } from "../shared/price-text.ts";
import { fieldFacts } from "./field-doc.ts";
import { matrixRule, modelCell, priceReading } from "./render-readme.ts";
import { answersAtOnce, callerOf, fileFields } from "./render-variants.ts";
import { callStatement } from "./ts-literal.ts";

type Schema = Record<string, unknown>;

/**
 * The package's SKILL.md, in the Agent Skills format (YAML front matter with `name` and `description`, then
 * Markdown): which action and variant to pick, at what price, with which parameters, and a call of each action
 * in TypeScript and on the command line. Read whole before use, so it says each thing once and briefly.
 */
export function renderSkill(family: FamilyModel, spec: LoadedSpec): string {
  const fields = fieldLines(family, spec);
  const shared = sharedFields(family, fields);
  const takesFiles = family.actions.some((action) => action.variants.some((v) => fileFields(v).length > 0));
  const index = family.actions.map(
    (action) =>
      `- \`${action.name}\` (${variantCount(action)} → ${outputsOf(action)}): ${summaryOf(spec, action) ?? `${words(action.name)}.`}`,
  );
  return `---
# ${generatedNotice(family)}
name: runapi-${family.family}
description: ${JSON.stringify(skillDescription(family))}
---

# ${titleAndProvider(family)} on RunAPI

${family.description || `${family.title} models on RunAPI.`}

Call it with \`${family.packageName}\` (\`npm install ${family.packageName}\`, TypeScript, Node 18+, browsers
and edge runtimes) or the \`runapi\` command line, with the key in \`RUNAPI_API_KEY\` (or \`RUNAPI_KEY\`). Pick
the action by what goes in and what comes out, then the model by price and the parameters it takes:

${index.join("\n")}

${[
  shared.length > 0
    ? `Fields that mean the same in every action that takes them:\n\n${shared.map((line) => fieldItem(line)).join("\n")}`
    : "",
  takesFiles ? filesNote(family) : "",
  ...family.actions.map((action) => actionSection(family, spec, action, fields.get(action) ?? [], shared)),
  closingSection(family),
]
  .filter(Boolean)
  .join("\n\n")}
`;
}

/**
 * The front matter's description: the spec's first sentence, then when to reach for the family, naming the
 * actions that sentence does not.
 */
function skillDescription(family: FamilyModel): string {
  const first =
    (family.description || `${family.title} models on RunAPI.`).split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? "";
  const said = first.toLowerCase().replace(/-/g, " ");
  const actions = family.actions.map((action) => words(action.name));
  const uses = actions.every((action) => said.includes(action))
    ? ""
    : ` (${actions.length > 1 ? `${actions.slice(0, -1).join(", ")} or ${actions.at(-1)}` : actions[0]})`;
  return `${first} Use it to pick a ${family.title} model${uses} by price and parameters and to call it from TypeScript (${family.packageName}) or the runapi command line.`;
}

/** `text_to_image` → `text to image`. */
const words = (name: string) => name.replace(/_/g, " ");

/**
 * `text_to_image` → `text-to-image`, `aspect_ratio` → `--aspect-ratio`: how the command line names an action's
 * command and a field's flag (packages/cli, which the generator does not load: it needs its own libraries).
 */
const kebab = (name: string) => name.replace(/_/g, "-");

/** The spec's one-line summary of an action's create operation. */
function summaryOf(spec: LoadedSpec, action: ActionModel): string | undefined {
  const paths = spec.document.paths as Record<string, { post?: { summary?: unknown } }> | undefined;
  const summary = paths?.[action.path]?.post?.summary;
  return typeof summary === "string" && summary.trim() ? summary.trim() : undefined;
}

const variantCount = (action: ActionModel) =>
  action.variants[0]?.takesModel
    ? `${action.variants.length} model${action.variants.length === 1 ? "" : "s"}`
    : "no model";

/** What an action's variants answer: "images", or "images, videos" when they differ. */
const outputsOf = (action: ActionModel) => [...new Set(action.variants.map((v) => v.output))].join(", ");

/** A field of an action as one Markdown line: the variants that take it alike, and what the spec says of it. */
interface FieldLine {
  field: string;
  /** The models of the action that take it with this description (all of them, usually). */
  models: string[];
  required: boolean;
  text: string;
}

/** Per action, its fields (`model` aside) in the order its variants list them, grouped by what the spec says. */
function fieldLines(family: FamilyModel, spec: LoadedSpec): Map<ActionModel, FieldLine[]> {
  const resolve = (node: unknown) => spec.deref(node) as Schema | undefined;
  const byAction = new Map<ActionModel, FieldLine[]>();
  for (const action of family.actions) {
    const lines: FieldLine[] = [];
    for (const variant of action.variants) {
      const properties = (variantSchema(spec, variant).properties ?? {}) as Schema;
      for (const field of Object.keys(variant.input.properties ?? {})) {
        if (field === "model") continue;
        const text = fieldText(resolve(properties[field]) ?? {}, resolve);
        const required = (variant.input.required ?? []).includes(field);
        const line = lines.find(
          (each) => each.field === field && each.text === text && each.required === required,
        );
        if (line) line.models.push(variant.model);
        else lines.push({ field, models: [variant.model], required, text });
      }
    }
    // Fields of one name together, in the order they first appear.
    const order = [...new Set(lines.map((line) => line.field))];
    byAction.set(
      action,
      lines.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)),
    );
  }
  return byAction;
}

/** A field's description and what it takes, on one line, as the package's doc comments have them. */
function fieldText(schema: Schema, resolve: (node: unknown) => Schema | undefined): string {
  const facts = fieldFacts(schema, resolve);
  const sentence = (text: string) => (/[.!?:)]$/.test(text) ? text : `${text}.`);
  return [
    ...facts.words.map(sentence),
    ...facts.facts,
    ...(facts.default === undefined ? [] : [`Default: \`${facts.default}\`.`]),
    ...(facts.deprecated ? ["Deprecated."] : []),
  ].join(" ");
}

/** Field names in code spans: "`prompt`, `aspect_ratio`". */
const list = (fields: readonly string[]) => fields.map((field) => `\`${field}\``).join(", ");

function fieldItem(line: FieldLine, action?: ActionModel): string {
  const notes = [
    ...(line.required ? ["required"] : []),
    ...(action && line.models.length < action.variants.length ? [`${list(line.models)} only`] : []),
  ];
  return `- \`${line.field}\`${notes.length > 0 ? ` (${notes.join("; ")})` : ""}: ${line.text}`;
}

/**
 * The optional fields said alike wherever they appear, in two actions or more, each time by every variant of
 * the action (the callback URL, usually): described once, and named only under each action.
 */
function sharedFields(family: FamilyModel, fields: Map<ActionModel, FieldLine[]>): FieldLine[] {
  const seen = new Map<string, { line: FieldLine; actions: number; alike: boolean }>();
  for (const action of family.actions) {
    for (const line of fields.get(action) ?? []) {
      const known = seen.get(line.field);
      const whole = line.models.length === action.variants.length && !line.required;
      if (!known) seen.set(line.field, { line, actions: 1, alike: whole });
      else {
        known.actions++;
        known.alike &&= whole && line.text === known.line.text;
      }
    }
  }
  return [...seen.values()].filter(({ actions, alike }) => alike && actions > 1).map(({ line }) => line);
}

/** What a file field takes, in TypeScript and on the command line. */
const filesNote = (family: FamilyModel) =>
  `File fields take URLs, or local files that are uploaded first: in TypeScript a \`Blob\`, \`File\`, bytes or a
stream (\`fileFromPath(path)\` from \`${family.packageName}/node\` reads one from disk); on the command line a path.`;

/** A column of an action's table of variants: its title, and its cell for each variant. */
type Column = readonly [string, (variant: VariantModel, index: number) => string];

/** One action: its variants with prices, its parameters and rules, a TypeScript call and a command line. */
function actionSection(
  family: FamilyModel,
  spec: LoadedSpec,
  action: ActionModel,
  fields: FieldLine[],
  shared: FieldLine[],
): string {
  const variant = action.variants.find((each) => each.status === "active") ?? action.variants[0];
  if (!variant) return "";
  const caller = callerOf(family, action, variant);
  const answer = answersAtOnce(action)
    ? "Answers at once, with the result."
    : action.variants.some((each) => each.task !== "async")
      ? "Answers at once or starts a task: `run` gives the finished result either way."
      : "Starts a task: `run` waits for it (or `create`, then `wait`).";
  // Columns of the variants' descriptions, when the spec has any (they tell the models apart), and of their
  // status, when one is not active.
  const about = action.variants.map((each) => aboutOf(spec, each));
  const all: Column[] = [
    ["Model", (each) => modelCell(action, each)],
    ["About", (_, index) => about[index] ?? "—"],
    ["Price", (each) => priceSummary(each.price, each.input)],
    ["Status", (each) => each.status],
    ["Required", (each) => list((each.input.required ?? []).filter((field) => field !== "model")) || "—"],
  ];
  const columns = all.filter(
    ([title]) =>
      (title !== "About" || about.some(Boolean)) &&
      (title !== "Status" || action.variants.some((each) => each.status !== "active")),
  );
  const table = [
    columns.map(([title]) => title),
    columns.map(() => "---"),
    ...action.variants.map((each, index) => columns.map(([, cell]) => cell(each, index))),
  ].map((cells) => `| ${cells.join(" | ")} |`);
  const isShared = (line: FieldLine) => shared.some((other) => other.field === line.field);
  const also = list(fields.filter(isShared).map((line) => line.field));
  const parameters = [
    ...fields.filter((line) => !isShared(line)).map((line) => fieldItem(line, action)),
    ...(also ? [`- Also ${also} (described above).`] : []),
    ...ruleLines(action),
  ];
  return `## ${action.name}

\`POST ${action.path}\` · \`${caller}run\` · \`runapi ${family.family} ${kebab(action.name)}\`. ${answer}

${table.join("\n")}
${parameters.length > 0 ? `\n${parameters.join("\n")}\n` : ""}
\`\`\`ts
import { RunAPI } from "${family.packageName}";

const client = new RunAPI(process.env.RUNAPI_KEY);
${callStatement(`const task = await ${caller}run`, [variant.example])}
console.log(task.${outputAccess(variant.output).url});
\`\`\`

\`\`\`sh
${commandLine(family, action, variant)}
\`\`\``;
}

/** A variant's schema as the spec writes it (its fields' descriptions are there, not in its input schema). */
function variantSchema(spec: LoadedSpec, variant: VariantModel): Schema {
  const schemas = ((spec.document.components as Schema | undefined)?.schemas ?? {}) as Schema;
  return (spec.deref(schemas[variant.schemaName]) ?? {}) as Schema;
}

/** What the spec says of a variant, its schema's description, on one line of a table; undefined without one. */
function aboutOf(spec: LoadedSpec, variant: VariantModel): string | undefined {
  const { description } = variantSchema(spec, variant);
  return typeof description === "string" && description.trim()
    ? description.replace(/\s+/g, " ").replaceAll("|", "\\|").trim()
    : undefined;
}

/** The action's cross-field rules, one line each, with the models they bind when not every one. */
function ruleLines(action: ActionModel): string[] {
  const rules: { text: string; models: string[] }[] = [];
  for (const variant of action.variants) {
    for (const rule of variant.input.rules ?? []) {
      const text = ruleText(rule);
      const known = rules.find((each) => each.text === text);
      if (known) known.models.push(variant.model);
      else rules.push({ text, models: [variant.model] });
    }
  }
  return rules.map(
    ({ text, models }) =>
      `- Rule${models.length < action.variants.length ? ` (${list(models)})` : ""}: ${text}.`,
  );
}

/** "`lyrics` required, `persona_id` not allowed when vocal_mode is exact_lyrics", as the API words its checks. */
function ruleText(rule: Rule): string {
  const parts = [
    ...(rule.required?.length ? [`${list(rule.required)} required`] : []),
    ...(rule.forbidden?.length ? [`${list(rule.forbidden)} not allowed`] : []),
    ...(rule.requiredAny?.length ? [`one of ${list(rule.requiredAny)} required`] : []),
    ...Object.entries(rule.enum ?? {}).map(
      ([field, values]) => `\`${field}\` one of: ${values.map(String).join(", ")}`,
    ),
  ];
  const condition = conditionText(rule.when);
  return `${parts.join(", ")}${condition ? ` when ${condition}` : ""}`;
}

/**
 * The variant's example as a command: fields become `--kebab-case` flags, an array repeats its flag, an object
 * is JSON; it waits, and saves the outputs into ./out unless they are texts, which it prints.
 */
function commandLine(family: FamilyModel, action: ActionModel, variant: VariantModel): string {
  const flags = Object.entries(variant.example)
    .filter(([field]) => field !== "model")
    .flatMap(([field, value]) =>
      (Array.isArray(value) ? value : [value]).map((item) => `--${kebab(field)} ${shellWord(item)}`),
    );
  return [
    "runapi",
    family.family,
    kebab(action.name),
    ...(variant.takesModel ? ["--model", variant.model] : []),
    ...flags,
    "--wait",
    ...(variant.output === "text" ? [] : ["--out", "out"]),
  ].join(" ");
}

/**
 * A value as one shell word: bare when it is safe so, else in single quotes, or in `$'…'` (bash, zsh) when it
 * holds line breaks, so that the command stays on one line.
 */
function shellWord(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (/^[\w@%+=:,./-]+$/.test(text)) return text;
  if (!/[\n\r\t]/.test(text)) return `'${text.replaceAll("'", `'\\''`)}'`;
  const escapes: Record<string, string> = { "\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
  return `$'${text.replace(/[\\'\n\r\t]/g, (character) => escapes[character] as string)}'`;
}

/** Waiting, prices and errors, in a few lines. */
function closingSection(family: FamilyModel): string {
  const tasks = family.actions.filter((action) => !answersAtOnce(action));
  const byProperty = tasks.some((action) =>
    action.variants.some((variant) => callerOf(family, action, variant) !== "client."),
  );
  const resume = `\`client.wait(error.taskId, { model })\`${byProperty ? " (or the action's own `wait(error.taskId)`)" : ""}`;
  const waiting =
    tasks.length > 0
      ? `- Waiting: \`run\` is \`create\` then \`wait\`, which reads the task every 2 s, then less often (up to 5 s), for up to 30 minutes (\`timeout\`); \`onProgress\` sees every read. If waiting stops (its \`timeout\`, your \`signal\`), the task goes on: resume with ${resume}. Retries (429, 5xx, network) send one Idempotency-Key, so a task is never created or charged twice.`
      : "- Every action answers at once: `run` and `create` give the result, there is no task to wait for.";
  const matrices = family.actions.some((action) => action.variants.some(matrixRule))
    ? " README.md tables the prices that depend on several parameters."
    : "";
  return `## Costs, waiting and errors

${waiting}
- Costs: ${priceReading(family).sentences.join(" ")}${matrices} \`client.estimateCost(params)\` (or \`runapi estimate\`) prices a call offline; a balance too low is an \`InsufficientCreditsError\` and nothing is created.
- Errors (each with \`status\`, \`code\`, \`requestId\`): \`ValidationError\` lists every problem (\`issues\`) before anything is sent; \`AuthenticationError\` for a missing or refused key; \`RateLimitError\`, \`ServiceUnavailableError\`, \`ConnectionError\` once retries are spent; \`TaskFailedError\` when the task failed (not charged); \`WaitTimeoutError\` when the wait ran out. The command line exits 2 (invalid flags), 3 (key), 4 (credits), 5 (task failed) or 6 (wait timed out).`;
}
