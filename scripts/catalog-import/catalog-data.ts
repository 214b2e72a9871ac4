import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pointer } from "../../packages/spec/src/index.ts";

/** One request field as RunAPI's contract states it. */
export interface ContractField {
  type: "string" | "integer" | "number" | "boolean" | "array" | "object";
  description?: string;
  required?: boolean;
  enum?: unknown[];
  default?: unknown;
  /** Value bounds, or string-length bounds when `length` is true. */
  min?: number;
  max?: number;
  length?: boolean;
  minimum?: number;
  maximum?: number;
  min_items?: number;
  max_items?: number;
  items?: ContractField;
  properties?: Record<string, ContractField>;
  pattern?: string;
}

export type RuleCondition = string | number | boolean | { present: boolean };

/** A cross-field rule of an action. */
export interface InputRule {
  when?: Record<string, RuleCondition>;
  required?: string[];
  forbidden?: string[];
  required_any?: string[];
  enum?: Record<string, unknown[]>;
  description?: string;
}

export interface ContractAction {
  /** The action key, `<service-slug>/<action-slug>`. */
  key: string;
  family: string;
  /** Display name of the family: `Flux 2`. */
  displayName: string;
  /** snake_case route segment: `text_to_image`. */
  endpoint: string;
  /** `hybrid`: a synchronous action that may answer 202 + Location (see HYBRID_ACTIONS). */
  task: "async" | "sync" | "hybrid";
  /** Empty for an action without a model. */
  models: string[];
  rules: InputRule[];
  /** Per model id, or `_` for an action without a model. */
  fieldsByModel: Record<string, Record<string, ContractField>>;
}

export interface PriceEntry {
  unit_price_cents?: number;
  input_price_per_1m_cents?: number;
  output_price_per_1m_cents?: number;
  billing_config?: {
    key?: string;
    overrides?: Record<string, number>;
    keys?: string[];
    matrix?: Record<string, unknown>;
    duration_source?: { kind: string; path: string };
  };
}

export interface Catalog {
  actions: ContractAction[];
  /** `<model or _>/<endpoint>` → price entry. */
  prices: Record<string, PriceEntry>;
}

export const CATALOG_DIR = "specs/_catalog";
/**
 * The synchronous actions RunAPI's own MCP server treats as hybrid: their create may answer the result, or 202
 * with `Location: /api/v1/tasks/{id}` to poll. The catalog calls them synchronous; the contract
 * (shared runapi-api.md, "Tasks: ids, failures and hybrid answers") lists them.
 */
export const HYBRID_ACTIONS: ReadonlySet<string> = new Set([
  "fish-audio/create-voice",
  "fish-audio/text-to-speech",
  "midjourney/get-seed",
  "midjourney/image-to-prompt",
  "midjourney/shorten-prompt",
  "openai-transcription/speech-to-text",
  "openai-tts/text-to-speech",
]);

export const CONTRACT_FILE = `${CATALOG_DIR}/runapi-contract.json`;
export const PRICING_FILE = `${CATALOG_DIR}/runapi-pricing.json`;

/** A data file that does not have the expected shape: names the file, the place and the problem. */
export class CatalogDataError extends Error {
  constructor(file: string, at: string, problem: string) {
    super(`${file}#${at}: ${problem}`);
    this.name = "CatalogDataError";
  }
}

const FIELD_KEYS = new Set([
  "type",
  "description",
  "required",
  "enum",
  "default",
  "min",
  "max",
  "length",
  "minimum",
  "maximum",
  "min_items",
  "max_items",
  "items",
  "properties",
  "pattern",
]);
const FIELD_TYPES = new Set(["string", "integer", "number", "boolean", "array", "object"]);
const RULE_KEYS = new Set(["when", "required", "forbidden", "required_any", "enum", "description"]);
const ACTION_KEYS = new Set(["model", "endpoint", "task_type", "models", "rules", "fields_by_model"]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** Reads both data files from `specs/_catalog/` and checks every construct the importer translates. */
export function readCatalog(root: string): Catalog {
  const contract = readJson(root, CONTRACT_FILE);
  const pricing = readJson(root, PRICING_FILE);
  return { actions: readActions(contract), prices: readPrices(pricing) };
}

function readJson(root: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(root, file), "utf8");
  } catch {
    throw new CatalogDataError(
      file,
      "",
      "the file is missing; copy it from runapi-ai/mcp (see specs/_catalog/README.md)",
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CatalogDataError(file, "", `the file is not valid JSON: ${(error as Error).message}`);
  }
}

function readActions(contract: unknown): ContractAction[] {
  const fail = (at: string, problem: string): never => {
    throw new CatalogDataError(CONTRACT_FILE, at, problem);
  };
  if (!isObject(contract) || !isObject(contract.actions))
    return fail("/actions", "expected an object of actions");
  const actions: ContractAction[] = [];
  for (const [key, raw] of Object.entries(contract.actions)) {
    const at = (...rest: (string | number)[]) => pointer("actions", key, ...rest);
    const [family, slug, extra] = key.split("/");
    if (!family || !slug || extra !== undefined || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(family))
      fail(at(), "an action key must be <service-slug>/<action-slug>");
    if (!isObject(raw)) return fail(at(), "expected an object");
    for (const name of Object.keys(raw))
      if (!ACTION_KEYS.has(name))
        fail(at(name), `unknown action key ${name}; teach the importer what it means`);
    if (typeof raw.model !== "string" || raw.model.trim() === "")
      fail(at("model"), "expected a display name");
    if (typeof raw.endpoint !== "string" || !/^[a-z0-9]+(_[a-z0-9]+)*$/.test(raw.endpoint))
      fail(at("endpoint"), "expected a snake_case endpoint");
    if (raw.task_type !== "asynchronous" && raw.task_type !== "synchronous")
      fail(at("task_type"), `expected asynchronous or synchronous, got ${JSON.stringify(raw.task_type)}`);
    if (!isStringList(raw.models)) return fail(at("models"), "expected a list of model ids");
    if (!isObject(raw.fields_by_model)) return fail(at("fields_by_model"), "expected an object");
    const roster = raw.models.length > 0 ? raw.models : ["_"];
    const rosterKeys = Object.keys(raw.fields_by_model);
    if (rosterKeys.length !== roster.length || roster.some((model) => !rosterKeys.includes(model)))
      fail(
        at("fields_by_model"),
        `expected exactly the keys ${roster.join(", ")}, got ${rosterKeys.join(", ")}`,
      );
    const fieldsByModel: Record<string, Record<string, ContractField>> = {};
    for (const model of roster) {
      const fields = raw.fields_by_model[model];
      if (!isObject(fields)) return fail(at("fields_by_model", model), "expected an object of fields");
      fieldsByModel[model] = Object.fromEntries(
        Object.entries(fields).map(([name, field]) => [
          name,
          readField(field, (...rest) => at("fields_by_model", model, name, ...rest), fail),
        ]),
      );
    }
    const rules = raw.rules === undefined ? [] : raw.rules;
    if (!Array.isArray(rules)) return fail(at("rules"), "expected a list of rules");
    actions.push({
      key,
      family: family as string,
      displayName: (raw.model as string).trim(),
      endpoint: raw.endpoint as string,
      task: raw.task_type !== "synchronous" ? "async" : HYBRID_ACTIONS.has(key) ? "hybrid" : "sync",
      models: raw.models,
      rules: rules.map((rule, index) => readRule(rule, (...rest) => at("rules", index, ...rest), fail)),
      fieldsByModel,
    });
  }
  return actions;
}

type At = (...rest: (string | number)[]) => string;
type Fail = (at: string, problem: string) => never;

function readField(raw: unknown, at: At, fail: Fail): ContractField {
  if (!isObject(raw)) return fail(at(), "expected a field object");
  for (const key of Object.keys(raw))
    if (!FIELD_KEYS.has(key)) fail(at(key), `unknown field key ${key}; teach the importer what it means`);
  if (!FIELD_TYPES.has(raw.type as string))
    fail(at("type"), `expected one of ${[...FIELD_TYPES].join(", ")}, got ${JSON.stringify(raw.type)}`);
  for (const key of ["min", "max", "minimum", "maximum", "min_items", "max_items"])
    if (raw[key] !== undefined && typeof raw[key] !== "number") fail(at(key), "expected a number");
  if (raw.enum !== undefined && !Array.isArray(raw.enum)) fail(at("enum"), "expected a list");
  if (raw.pattern !== undefined) {
    try {
      new RegExp(raw.pattern as string, "u");
    } catch {
      fail(at("pattern"), `not a valid regular expression: ${JSON.stringify(raw.pattern)}`);
    }
  }
  const field = { ...raw } as unknown as ContractField;
  if (raw.items !== undefined) field.items = readField(raw.items, (...rest) => at("items", ...rest), fail);
  if (raw.properties !== undefined) {
    if (!isObject(raw.properties)) return fail(at("properties"), "expected an object of fields");
    field.properties = Object.fromEntries(
      Object.entries(raw.properties).map(([name, nested]) => [
        name,
        readField(nested, (...rest) => at("properties", name, ...rest), fail),
      ]),
    );
  }
  return field;
}

function readRule(raw: unknown, at: At, fail: Fail): InputRule {
  if (!isObject(raw)) return fail(at(), "expected a rule object");
  for (const key of Object.keys(raw))
    if (!RULE_KEYS.has(key)) fail(at(key), `unknown rule key ${key}; teach the importer what it means`);
  for (const key of ["required", "forbidden", "required_any"])
    if (raw[key] !== undefined && !isStringList(raw[key])) fail(at(key), "expected a list of field names");
  if (raw.when !== undefined) {
    if (!isObject(raw.when)) fail(at("when"), "expected an object of conditions");
    for (const [name, condition] of Object.entries(raw.when as object)) {
      const scalar = ["string", "number", "boolean"].includes(typeof condition);
      const presence = isObject(condition) && Object.keys(condition).join() === "present";
      if (!scalar && !(presence && typeof (condition as { present: unknown }).present === "boolean"))
        fail(at("when", name), "expected a value or { present: true|false }");
    }
  }
  if (raw.enum !== undefined) {
    if (!isObject(raw.enum)) fail(at("enum"), "expected an object of allowed values");
    for (const [name, values] of Object.entries(raw.enum as object))
      if (!Array.isArray(values) || values.length === 0) fail(at("enum", name), "expected a non-empty list");
  }
  if (!raw.required && !raw.forbidden && !raw.required_any && !raw.enum)
    fail(at(), "the rule asks for nothing (no required, forbidden, required_any or enum)");
  return raw as InputRule;
}

function readPrices(pricing: unknown): Record<string, PriceEntry> {
  const fail = (at: string, problem: string): never => {
    throw new CatalogDataError(PRICING_FILE, at, problem);
  };
  if (!isObject(pricing) || !isObject(pricing.endpoints))
    return fail("/endpoints", "expected an object of price entries");
  for (const [key, entry] of Object.entries(pricing.endpoints)) {
    const at = (...rest: string[]) => pointer("endpoints", key, ...rest);
    if (!isObject(entry)) fail(at(), "expected an object");
    const { billing_config: config, ...amounts } = entry as Record<string, unknown>;
    for (const [name, amount] of Object.entries(amounts)) {
      if (!["unit_price_cents", "input_price_per_1m_cents", "output_price_per_1m_cents"].includes(name))
        fail(at(name), `unknown price key ${name}; teach the importer what it means`);
      if (typeof amount !== "number" || amount < 0) fail(at(name), "expected a non-negative number of cents");
    }
    if (config === undefined) continue;
    if (!isObject(config)) return fail(at("billing_config"), "expected an object");
    for (const name of Object.keys(config))
      if (!["key", "overrides", "keys", "matrix", "duration_source"].includes(name))
        fail(at("billing_config", name), `unknown billing key ${name}; teach the importer what it means`);
    if ((config.key === undefined) !== (config.overrides === undefined))
      fail(at("billing_config"), "key and overrides come together");
    if ((config.keys === undefined) !== (config.matrix === undefined))
      fail(at("billing_config"), "keys and matrix come together");
    if (config.keys !== undefined && !isStringList(config.keys))
      fail(at("billing_config", "keys"), "expected a list of field names");
    const source = config.duration_source;
    if (source !== undefined && (!isObject(source) || typeof source.path !== "string"))
      fail(at("billing_config", "duration_source"), "expected { kind, path }");
  }
  return pricing.endpoints as Record<string, PriceEntry>;
}
