import { actionProperty, type CostEstimate, priceFor } from "../../packages/core/src/index.ts";
import type { ActionModel, FamilyModel, VariantModel } from "../../packages/spec/src/index.ts";
import { codeHeader } from "../shared/header.ts";

// Marks a synchronous variant or action in the type maps: its create answers the result, so the client offers
// no get for it, and no wait or watch by id.
const SYNC_LINE = "    sync: true;\n";

/** `src/generated/variants.ts`: the variant table core runs on, and the per-model type map. */
export function renderVariants(family: FamilyModel): string {
  const variants = family.actions.flatMap((action) =>
    action.variants.map((variant) => ({ action, variant })),
  );
  const shared = sharedPropertySchemas(variants.map(({ variant }) => variant));
  const constants = [...shared.entries()].map(([text, name]) => `const ${name}: InputSchema = ${text};`);
  const sharedRules = sharedRuleTexts(variants.map(({ variant }) => variant));
  constants.push(...[...sharedRules.entries()].map(([text, name]) => `const ${name}: Rule = ${text};`));
  const rows = variants.map(({ action, variant }) => {
    const { properties = {}, rules, ...rest } = variant.input;
    const props = Object.entries(properties).map(([key, schema]): [string, string] => {
      const text = JSON.stringify(schema);
      return [key, shared.get(text) ?? text];
    });
    const fields = Object.entries(rest).map(([key, value]): [string, string] => [key, JSON.stringify(value)]);
    const ruleTexts = (rules ?? []).map((rule) => {
      const text = JSON.stringify(rule);
      return sharedRules.get(text) ?? text;
    });
    const ruleField: [string, string][] = rules ? [["rules", `[${ruleTexts.join(", ")}]`]] : [];
    const input = objectLiteral([...fields, ["properties", objectLiteral(props)], ...ruleField]);
    return [
      "    {",
      ...(variant.takesModel ? [`      model: ${JSON.stringify(variant.model)},`] : []),
      `      action: ${JSON.stringify(action.name)},`,
      `      method: "POST",`,
      `      path: ${JSON.stringify(action.path)},`,
      `      status: ${JSON.stringify(variant.status)},`,
      `      task: ${JSON.stringify(variant.task)},`,
      `      price: ${JSON.stringify(variant.price)},`,
      `      input: ${input},`,
      "    },",
    ].join("\n");
  });
  const taskType = (action: FamilyModel["actions"][number]) =>
    `Answer<${JSON.stringify(action.getOperationId ?? action.createOperationId)}>`;
  // The client's own create/run take the model ids that name one variant; the others go through their action.
  const modelMap = family.actions.flatMap((action) =>
    action.variants
      .filter((variant) => variant.takesModel && uniqueModel(family, variant.model))
      .map(
        (variant) =>
          `  ${JSON.stringify(variant.model)}: {\n` +
          `    params: ${paramsType(variant)};\n` +
          `    created: Answer<${JSON.stringify(action.createOperationId)}>;\n` +
          `    task: ${taskType(action)};\n` +
          (variant.task === "async" ? "" : SYNC_LINE) +
          `    cost: ${JSON.stringify(costKind(variant))};\n` +
          "  };",
      ),
  );
  const actionMap = family.actions.map(
    (action) =>
      `  ${JSON.stringify(action.name)}: {\n` +
      `    params: ${action.variants.map(paramsType).join(" | ")};\n` +
      `    created: Answer<${JSON.stringify(action.createOperationId)}>;\n` +
      `    task: ${taskType(action)};\n` +
      (answersAtOnce(action) ? SYNC_LINE : "") +
      "  };",
  );
  const takesFiles = family.actions.some((action) =>
    action.variants.some((variant) => fileFields(variant).length),
  );
  const hasRules = sharedRules.size > 0;
  return `${codeHeader(family)}import type { Catalog, InputSchema${hasRules ? ", Rule" : ""}${takesFiles ? ", WithFileInputs" : ""} } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

${constants.join("\n")}

/** Every ${family.title} variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: ${JSON.stringify(family.family)},
  baseURL: ${JSON.stringify(family.baseURL)},
  variants: [
${rows.join("\n")}
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type ${family.typeName}Models = {
${modelMap.join("\n")}
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type ${family.typeName}Actions = {
${actionMap.join("\n")}
};

/** The model ids of ${family.title} that name one variant (client.create/run take these). */
export type ${family.typeName}Model = keyof ${family.typeName}Models;

/** The request parameters of one ${family.title} variant (of any, when no model is given). */
export type ${family.typeName}Params<Model extends ${family.typeName}Model = ${family.typeName}Model> = ${family.typeName}Models[Model]["params"];
`;
}

/** The kind of estimate `estimateCost` answers for a variant, as core's one price evaluator gives it. */
function costKind(variant: VariantModel): CostEstimate["kind"] {
  return priceFor(variant.price, variant.input, {}).kind;
}

/** The spec's parameter type; its file fields (`x-runapi-file`) also take local files, which core uploads. */
function paramsType(variant: VariantModel): string {
  const schema = `components["schemas"][${JSON.stringify(variant.schemaName)}]`;
  const files = fileFields(variant);
  return files.length > 0
    ? `WithFileInputs<${schema}, ${files.map((name) => JSON.stringify(name)).join(" | ")}>`
    : schema;
}

export function fileFields(variant: VariantModel): string[] {
  return Object.entries(variant.input.properties ?? {})
    .filter(([, schema]) => schema.file)
    .map(([name]) => name);
}

/** Whether no other action of the family has a variant with this model id. */
export function uniqueModel(family: FamilyModel, model: string): boolean {
  let count = 0;
  for (const action of family.actions)
    for (const variant of action.variants) if (variant.takesModel && variant.model === model) count++;
  return count === 1;
}

function objectLiteral(entries: [string, string][]): string {
  return `{ ${entries.map(([key, value]) => `${JSON.stringify(key)}: ${value}`).join(", ")} }`;
}

/** Property schemas used by more than one variant, written once (it keeps bundles small). */
function sharedPropertySchemas(variants: VariantModel[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const variant of variants) {
    for (const schema of Object.values(variant.input.properties ?? {})) {
      const text = JSON.stringify(schema);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  const shared = new Map<string, string>();
  for (const [text, count] of counts) if (count > 1) shared.set(text, `p${shared.size}`);
  return shared;
}

/** Cross-field rules used by more than one variant (every model of an action usually shares them), written once. */
function sharedRuleTexts(variants: VariantModel[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const variant of variants) {
    for (const rule of variant.input.rules ?? []) {
      const text = JSON.stringify(rule);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  const shared = new Map<string, string>();
  for (const [text, count] of counts) if (count > 1) shared.set(text, `r${shared.size}`);
  return shared;
}

export { actionProperty };

/**
 * An action none of whose variants is async: its create answers the result (following a 202 + Location itself),
 * and there is no task of its own to read.
 */
export const answersAtOnce = (action: ActionModel): boolean =>
  action.variants.every((variant) => variant.task !== "async");

/** How a call to this variant starts: `client.` for a model id that names it, else `client.<action>.`. */
export function callerOf(family: FamilyModel, action: ActionModel, variant: VariantModel): string {
  return variant.takesModel && uniqueModel(family, variant.model)
    ? "client."
    : `client.${actionProperty(action.name)}.`;
}

/**
 * The type of what `parseCallback` answers: a task of any action, those of the model map's models with their
 * `model`, and those of actions reached by property only (no model, or a model id several share) by action.
 */
export function callbackType(family: FamilyModel): string {
  const T = family.typeName;
  const byProperty = family.actions
    .filter((each) => each.variants.some((variant) => callerOf(family, each, variant) !== "client."))
    .map((each) => JSON.stringify(each.name));
  return byProperty.length
    ? `CallbackOf<${T}Models, Pick<${T}Actions, ${byProperty.join(" | ")}>>`
    : `CallbackOf<${T}Models>`;
}

/** `src/index.ts`: the family's client class, a few lines handing the table to core. */
export function renderIndex(family: FamilyModel): string {
  const action = family.actions[0];
  const first = action?.variants[0];
  const example = first ? JSON.stringify(first.example) : "{}";
  const caller = action && first ? callerOf(family, action, first) : "client.";
  const members = family.actions.map(
    (each) =>
      `  /** ${each.name}: \`POST ${each.path}\`${each.variants[0]?.takesModel ? ` — ${each.variants.map((v) => v.model).join(", ")}` : " (no model)"}. */\n` +
      `  readonly ${actionProperty(each.name)}: ActionClient<${family.typeName}Actions[${JSON.stringify(each.name)}]>;`,
  );
  const T = family.typeName;
  return `${codeHeader(family)}import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type ${T}Actions, type ${T}Models } from "./generated/variants.js";

/** The actions of ${family.title}, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
${members.join("\n")}
}

/**
 * The ${family.title} client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await ${caller}run(${example});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<${T}Models> {
  /** @param options your API key, or \`{ apiKey, baseURL, timeout, fetch }\`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your \`callback_url\` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a ${family.title} task; throws \`ValidationError\` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => ${callbackType(family)} = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { ${T}Actions, ${T}Model, ${T}Models, ${T}Params } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
`;
}
