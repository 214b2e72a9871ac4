import { basename } from "node:path";
import type { InputSchema } from "../../core/src/index.js";
import { actionProperty, RunAPIClient, validateInput } from "../../core/src/index.js";
import { ruleBreaks } from "./break-rules.js";
import {
  type ActionModel,
  DOCUMENTATION_KEYWORDS,
  ENFORCED_KEYWORDS,
  type FamilyModel,
  MODALITIES,
  TASK_KINDS,
  VARIANT_STATUSES,
  type VariantModel,
} from "./family-model.js";
import { pointer } from "./json-pointer.js";
import type { LoadedSpec } from "./load-spec.js";
import { readPrice } from "./read-price.js";
import { readRules } from "./read-rules.js";
import type { SpecProblem } from "./spec-problem.js";

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const SCHEMA_TYPES = ["string", "integer", "number", "boolean", "array", "object"];
const ACTION_PATH = /^\/api\/v1\/([a-z0-9_]+)\/([a-z0-9_]+)$/;
const FAMILY_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The spec extension marking a field that takes file URLs (`file: true` in the compact schema). */
const FILE_MARK = "x-runapi-file";

/**
 * Lints a loaded spec and reads it into a FamilyModel. Every problem is collected (file, JSON pointer,
 * fix); the model is returned only when there are none.
 */
export function readFamily(spec: LoadedSpec): { family?: FamilyModel; problems: SpecProblem[] } {
  const problems: SpecProblem[] = [...spec.problems];
  const report = (at: string, message: string, fix: string) =>
    problems.push({ file: spec.file, pointer: at, message, fix });
  if (problems.length > 0) return { problems };
  const doc = spec.document;

  if (typeof doc.openapi !== "string" || !doc.openapi.startsWith("3.1")) {
    report(
      pointer("openapi"),
      `openapi must be "3.1.x", got ${JSON.stringify(doc.openapi)}`,
      "write openapi: 3.1.0",
    );
  }
  const info = isNode(doc.info) ? doc.info : {};
  const meta = isNode(info["x-runapi"]) ? info["x-runapi"] : undefined;
  const slug = basename(spec.file).replace(/\.ya?ml$/, "");
  if (!meta) {
    report(
      pointer("info", "x-runapi"),
      "info.x-runapi is missing",
      `add x-runapi: { family: ${slug}, package: "@runapi.ai/${slug}", provider, modality }`,
    );
    return { problems };
  }
  if (meta.family !== slug || !FAMILY_SLUG.test(slug)) {
    report(
      pointer("info", "x-runapi", "family"),
      `family must be the file name "${slug}" in kebab case, got ${JSON.stringify(meta.family)}`,
      `write family: ${slug} (and name the file <family>.yaml)`,
    );
  }
  if (meta.package !== `@runapi.ai/${slug}`) {
    report(
      pointer("info", "x-runapi", "package"),
      `package must be "@runapi.ai/${slug}", got ${JSON.stringify(meta.package)}`,
      `write package: "@runapi.ai/${slug}"`,
    );
  }
  if (typeof meta.provider !== "string" || meta.provider.trim() === "") {
    report(
      pointer("info", "x-runapi", "provider"),
      "provider is missing",
      "name the model's maker, e.g. provider: Black Forest Labs",
    );
  }
  if (!MODALITIES.includes(meta.modality as (typeof MODALITIES)[number])) {
    report(
      pointer("info", "x-runapi", "modality"),
      `modality must be one of: ${MODALITIES.join(", ")}, got ${JSON.stringify(meta.modality)}`,
      "write the kind of output, e.g. modality: image",
    );
  }
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const baseURL = isNode(servers[0]) && typeof servers[0].url === "string" ? servers[0].url : undefined;
  if (!baseURL)
    report(pointer("servers"), "servers[0].url is missing", "add servers: [{ url: https://runapi.ai }]");

  const service = slug.replace(/-/g, "_");
  const paths = isNode(doc.paths) ? doc.paths : {};
  const actions: ActionModel[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isNode(item) || !isNode(item.post)) continue;
    const at = (...rest: (string | number)[]) => pointer("paths", path, "post", ...rest);
    const match = ACTION_PATH.exec(path);
    if (!match || match[1] !== service) {
      report(
        pointer("paths", path),
        `an action path must be /api/v1/${service}/<action in snake_case>, got ${path}`,
        `rename the path to /api/v1/${service}/<action>`,
      );
      continue;
    }
    const name = match[2] as string;
    const action = readAction(spec, item.post, name, at, report);
    if (!action) continue;
    const getItem = paths[`${path}/{id}`];
    const getOperation = isNode(getItem) && isNode(getItem.get) ? getItem.get : undefined;
    const createOperationId = typeof item.post.operationId === "string" ? item.post.operationId : "";
    if (!createOperationId)
      report(
        at("operationId"),
        "the create operation has no operationId",
        `add operationId: create${pascal(name)}`,
      );
    const needsGet = action.variants.some((variant) => variant.task !== "sync");
    if (needsGet && (!getOperation || typeof getOperation.operationId !== "string")) {
      report(
        pointer("paths", `${path}/{id}`, "get"),
        `the task of ${path} cannot be read: GET ${path}/{id} with an operationId is missing`,
        `add "${path}/{id}": { get: { operationId: get${pascal(name)}, ... } }`,
      );
    }
    const property = actionProperty(name);
    if (CLIENT_MEMBERS.includes(property)) {
      report(
        pointer("paths", path),
        `the action ${name} would be reached as client.${property}, which the client already has`,
        "rename the action path's last segment",
      );
    }
    actions.push({
      name,
      path,
      createOperationId,
      getOperationId:
        getOperation && typeof getOperation.operationId === "string" ? getOperation.operationId : undefined,
      variants: action.variants.map((variant) =>
        variant.output ? variant : { ...variant, output: meta.modality as VariantModel["output"] },
      ),
    });
  }
  // A schema marked as a variant that no action names would be typed but never offered.
  const named = new Set(
    Object.values(paths).flatMap((item) =>
      isNode(item) && isNode(item.post) ? requestSchemaRefs(spec, item.post) : [],
    ),
  );
  const components = isNode(doc.components) && isNode(doc.components.schemas) ? doc.components.schemas : {};
  for (const [name, schema] of Object.entries(components)) {
    if (!isNode(schema) || schema["x-runapi-variant"] === undefined) continue;
    if (named.has(`#/components/schemas/${name}`)) continue;
    report(
      pointer("components", "schemas", name, "x-runapi-variant"),
      `${name} has x-runapi-variant, but no action's discriminator.mapping names it`,
      `add it to an action's oneOf, discriminator.mapping and examples (CONTRIBUTING, "Add a variant"), or remove the schema`,
    );
  }
  if (actions.length === 0 && problems.length === 0) {
    report(
      pointer("paths"),
      "the spec defines no action",
      `add a POST /api/v1/${service}/<action> path (see specs/flux-2.yaml)`,
    );
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    family: {
      file: spec.file,
      family: slug,
      packageName: `@runapi.ai/${slug}`,
      typeName: pascal(slug),
      title: typeof info.title === "string" ? info.title : slug,
      description: typeof info.description === "string" ? info.description.trim() : "",
      provider: String(meta.provider),
      modality: String(meta.modality),
      baseURL: baseURL as string,
      actions,
    },
  };
}

type Report = (at: string, message: string, fix: string) => void;

/** What a family client has already (its class's own members); an action reached as one of these would hide it. */
const CLIENT_MEMBERS = Object.getOwnPropertyNames(RunAPIClient.prototype);
type At = (...rest: (string | number)[]) => string;

function readAction(
  spec: LoadedSpec,
  post: Node,
  name: string,
  at: At,
  report: Report,
): { variants: VariantModel[] } | undefined {
  const body = spec.deref(post.requestBody);
  const media =
    isNode(body) && isNode(body.content) ? spec.deref(body.content["application/json"]) : undefined;
  const schemaAt = (...rest: (string | number)[]) =>
    at("requestBody", "content", "application/json", "schema", ...rest);
  const schema = isNode(media) ? media.schema : undefined;
  if (!isNode(media) || !isNode(schema)) {
    report(
      at("requestBody"),
      "the create operation has no application/json request schema",
      "add requestBody.content.application/json.schema with a oneOf of the variants",
    );
    return undefined;
  }
  if (typeof schema.$ref === "string" && schema.oneOf === undefined) {
    return readModellessAction(spec, media, schema.$ref, name, at, schemaAt, report);
  }
  const oneOf = Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  const discriminator = isNode(schema.discriminator) ? schema.discriminator : undefined;
  const mapping = discriminator && isNode(discriminator.mapping) ? discriminator.mapping : undefined;
  if (!oneOf || oneOf.length === 0) {
    report(
      schemaAt("oneOf"),
      "the request schema needs a oneOf with one schema per variant",
      "write oneOf: [{ $ref: '#/components/schemas/<Variant>' }, ...]",
    );
    return undefined;
  }
  if (discriminator?.propertyName !== "model" || !mapping) {
    report(
      schemaAt("discriminator"),
      "the request schema needs discriminator.propertyName: model with an explicit mapping",
      "add discriminator: { propertyName: model, mapping: { <model id>: '#/components/schemas/<Variant>' } }",
    );
    return undefined;
  }
  const examples = isNode(media.examples) ? media.examples : {};
  const variants: VariantModel[] = [];
  const mapped = new Set<string>();
  for (const [model, target] of Object.entries(mapping)) {
    const ref = String(target);
    mapped.add(ref);
    const mappingAt = schemaAt("discriminator", "mapping", model);
    const schemaName = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
    const variantSchema = schemaName ? spec.deref({ $ref: ref }) : undefined;
    if (!schemaName || !isNode(variantSchema)) {
      report(
        mappingAt,
        `mapping of ${model} points at ${ref}, which is not a schema of this file`,
        "point it at #/components/schemas/<Variant>",
      );
      continue;
    }
    const variantAt = (...rest: (string | number)[]) => pointer("components", "schemas", schemaName, ...rest);
    const variant = readVariant(spec, model, schemaName, variantSchema, variantAt, report);
    if (!variant) continue;
    const example = readExample(spec, examples, variant, at, report);
    if (example) variants.push({ ...variant, example });
  }
  const listed = new Set<string>();
  oneOf.forEach((entry, index) => {
    const ref = isNode(entry) && typeof entry.$ref === "string" ? entry.$ref : "";
    listed.add(ref);
    if (!mapped.has(ref)) {
      report(
        schemaAt("oneOf", index),
        `${ref || "this oneOf entry"} has no discriminator value: it is missing from discriminator.mapping`,
        `add "<model id>: '${ref}'" to discriminator.mapping`,
      );
    }
  });
  for (const [model, target] of Object.entries(mapping)) {
    if (listed.has(String(target))) continue;
    report(
      schemaAt("discriminator", "mapping", model),
      `mapping names ${model}, but oneOf lacks ${String(target)}`,
      `add { $ref: "${String(target)}" } to oneOf, or remove ${model} from the mapping`,
    );
  }
  checkExampleKeys(examples, Object.keys(mapping), at, report);
  return { variants };
}

/** Every example of an action is keyed by one of its variants: a stray one is a left-over of a removed variant. */
function checkExampleKeys(examples: Node, models: string[], at: At, report: Report): void {
  for (const key of Object.keys(examples)) {
    if (models.includes(key)) continue;
    report(
      at("requestBody", "content", "application/json", "examples", key),
      `example ${key} names no variant of this action`,
      `key the example by a model id of discriminator.mapping (${models.join(", ")}), or remove it`,
    );
  }
}

/** The schemas an action's request body names: its $ref, its oneOf $refs and its mapping targets. */
function requestSchemaRefs(spec: LoadedSpec, post: Node): string[] {
  const body = spec.deref(post.requestBody);
  const media =
    isNode(body) && isNode(body.content) ? spec.deref(body.content["application/json"]) : undefined;
  const schema = isNode(media) ? media.schema : undefined;
  if (!isNode(schema)) return [];
  const refs = [schema.$ref];
  if (Array.isArray(schema.oneOf)) refs.push(...schema.oneOf.map((entry) => isNode(entry) && entry.$ref));
  const mapping = isNode(schema.discriminator) ? schema.discriminator.mapping : undefined;
  if (isNode(mapping)) refs.push(...Object.values(mapping));
  return refs.filter((ref): ref is string => typeof ref === "string");
}

/** An action whose request body is one schema without `model`: its one variant is named after the action. */
function readModellessAction(
  spec: LoadedSpec,
  media: Node,
  ref: string,
  name: string,
  at: At,
  schemaAt: At,
  report: Report,
): { variants: VariantModel[] } | undefined {
  const schemaName = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
  const variantSchema = schemaName ? spec.deref({ $ref: ref }) : undefined;
  if (!schemaName || !isNode(variantSchema)) {
    report(
      schemaAt("$ref"),
      `${ref} is not a schema of this file`,
      "point it at #/components/schemas/<Schema>",
    );
    return undefined;
  }
  const variantAt = (...rest: (string | number)[]) => pointer("components", "schemas", schemaName, ...rest);
  const variant = readVariant(spec, name, schemaName, variantSchema, variantAt, report, false);
  if (!variant) return undefined;
  const examples = isNode(media.examples) ? media.examples : {};
  checkExampleKeys(examples, [name], at, report);
  const example = readExample(spec, examples, variant, at, report);
  return example && { variants: [{ ...variant, example }] };
}

/**
 * A variant's example request, keyed by its model id (by the action's name when the action takes no model):
 * present, a valid request of the variant, and leaving no rule of the variant that no request can break.
 */
function readExample(
  spec: LoadedSpec,
  examples: Node,
  variant: Omit<VariantModel, "example">,
  at: At,
  report: Report,
): Node | undefined {
  const { model, takesModel, schemaName } = variant;
  const exampleAt = (...rest: string[]) =>
    at("requestBody", "content", "application/json", "examples", model, ...rest);
  const example = spec.deref(examples[model]);
  const value = isNode(example) ? example.value : undefined;
  if (!isNode(value)) {
    report(
      exampleAt(),
      takesModel ? `variant ${model} has no example request` : `the action ${model} has no example request`,
      takesModel
        ? `add examples: { ${model}: { value: { model: ${model}, ... } } }`
        : `add examples: { ${model}: { value: { ... } } }`,
    );
    return undefined;
  }
  const wrongModel = takesModel && value.model !== model;
  const issues = validateInput(variant.input, value, takesModel ? model : undefined);
  if (wrongModel || issues.length > 0) {
    const reason = wrongModel
      ? `its model is ${JSON.stringify(value.model)}`
      : issues.map((issue) => issue.message).join("; ");
    report(
      exampleAt("value"),
      `the example of ${model} is not a valid request: ${reason}`,
      takesModel
        ? "make the example satisfy its variant's schema"
        : "make the example satisfy the action's schema",
    );
    return undefined;
  }
  for (const { rule, reason } of ruleBreaks(variant.input, value, takesModel ? model : undefined)
    .unbreakable) {
    report(
      pointer("components", "schemas", schemaName, "allOf", rule),
      `no request shows this rule's message: ${reason}`,
      "remove the rule or the rule that shadows it; a rule that can never be reported enforces nothing",
    );
  }
  return value;
}

function readVariant(
  spec: LoadedSpec,
  model: string,
  schemaName: string,
  schema: Node,
  at: At,
  reportAll: Report,
  takesModel = true,
): Omit<VariantModel, "example"> | undefined {
  let failed = false;
  const report: Report = (...problem) => {
    failed = true;
    reportAll(...problem);
  };
  const properties = isNode(schema.properties) ? schema.properties : {};
  const modelSchema = spec.deref(properties.model);
  if (!takesModel && properties.model !== undefined) {
    report(
      at("properties", "model"),
      `${schemaName} is the one variant of an action without a model, yet it has a model property`,
      "remove the model property, or list the variants in a oneOf with a discriminator on model",
    );
  } else if (takesModel && (!isNode(modelSchema) || modelSchema.const !== model)) {
    report(
      at("properties", "model", "const"),
      `the model property of ${schemaName} must be const: ${model}`,
      `write model: { type: string, const: ${model} }`,
    );
  }
  const meta = isNode(schema["x-runapi-variant"]) ? schema["x-runapi-variant"] : undefined;
  const metaAt = (...rest: (string | number)[]) => at("x-runapi-variant", ...rest);
  if (!meta) {
    report(
      metaAt(),
      `${schemaName} has no x-runapi-variant`,
      "add x-runapi-variant: { status: active, task: async, price: { unit: call, cents: <price> } }",
    );
    return undefined;
  }
  if (!VARIANT_STATUSES.includes(meta.status as never)) {
    report(
      metaAt("status"),
      `status must be one of: ${VARIANT_STATUSES.join(", ")}, got ${JSON.stringify(meta.status)}`,
      "write status: active",
    );
  }
  if (!TASK_KINDS.includes(meta.task as never)) {
    report(
      metaAt("task"),
      `task must be one of: ${TASK_KINDS.join(", ")}, got ${JSON.stringify(meta.task)}`,
      "write task: async",
    );
  }
  if (meta.output !== undefined && !MODALITIES.includes(meta.output as never)) {
    report(
      metaAt("output"),
      `output must be one of: ${MODALITIES.join(", ")}, got ${JSON.stringify(meta.output)}`,
      "write the kind of file the task produces, or leave output out to use the family's modality",
    );
  }
  // Cross-field rules live in the variant's own allOf; everything else is reduced keyword by keyword.
  const { allOf, ...withoutRules } = schema;
  const input = compactSchema(spec, withoutRules, at, report);
  const rules = allOf === undefined ? [] : readRules(spec, allOf, input, model, at, report);
  if (rules.length > 0) input.rules = rules;
  const price = readPrice(meta.price, input, metaAt, report);
  if (!price || failed) return undefined;
  return {
    model,
    takesModel,
    // Left empty here; the family's modality fills it in (readFamily).
    output: (meta.output ?? "") as VariantModel["output"],
    schemaName,
    title: typeof schema.title === "string" ? schema.title : model,
    status: meta.status as VariantModel["status"],
    task: meta.task as VariantModel["task"],
    price,
    input,
  };
}

/** Inlines references and keeps only the enforced keywords; anything a validator could not enforce is a problem. */
function compactSchema(spec: LoadedSpec, node: unknown, at: At, report: Report): InputSchema {
  const schema = spec.deref(node);
  if (!isNode(schema)) return {};
  const compact: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === FILE_MARK) {
      // A field that takes file URLs: the SDK also takes local files there and uploads them.
      const items = spec.deref(schema.items);
      const takesText =
        schema.type === "string" || (schema.type === "array" && isNode(items) && items.type === "string");
      if (value === true && takesText) compact.file = true;
      else {
        report(
          at(key),
          `${FILE_MARK} must be true, on a string or array-of-strings field that takes file URLs`,
          `write ${FILE_MARK}: true on such a field's schema, or remove it`,
        );
      }
      continue;
    }
    if (key.startsWith("x-") || DOCUMENTATION_KEYWORDS.includes(key)) continue;
    if (!(ENFORCED_KEYWORDS as readonly string[]).includes(key)) {
      report(
        at(key),
        `the keyword ${key} is not enforced by the SDK's validator`,
        key === "allOf"
          ? "cross-field rules go in the variant schema's own allOf and name its top-level fields"
          : `express the rule with ${ENFORCED_KEYWORDS.join(", ")}`,
      );
      continue;
    }
    if (key === "type" && !SCHEMA_TYPES.includes(value as string)) {
      report(
        at(key),
        `type must be one of: ${SCHEMA_TYPES.join(", ")}, got ${JSON.stringify(value)}`,
        "give the parameter a single type; leave a field out rather than send null",
      );
    } else if (key === "properties") {
      if (!isNode(value)) {
        report(
          at(key),
          `properties must map each field name to its schema, got ${JSON.stringify(value)}`,
          "write properties: { <field>: { type: string } }",
        );
        continue;
      }
      const properties: Record<string, InputSchema> = {};
      for (const [name, property] of Object.entries(value)) {
        const propertyAt: At = (...rest) => at("properties", name, ...rest);
        if (!isNode(spec.deref(property))) {
          report(
            propertyAt(),
            `the property ${name} must be a schema object, got ${JSON.stringify(property)}`,
            typeof property === "string" && SCHEMA_TYPES.includes(property)
              ? `write ${name}: { type: ${property} }`
              : `write ${name}: { type: <type>, ... } or a $ref to a schema`,
          );
          continue;
        }
        properties[name] = compactSchema(spec, property, propertyAt, report);
      }
      compact.properties = properties;
      if (properties.callback_url?.file) {
        report(
          at("properties", "callback_url", FILE_MARK),
          "callback_url is where the task is delivered, not a file to upload",
          `remove ${FILE_MARK} from callback_url's schema`,
        );
      }
    } else if (key === "items") {
      if (!isNode(spec.deref(value))) {
        report(
          at(key),
          `items must be a schema object, got ${JSON.stringify(value)}`,
          "write items: { type: string } or a $ref to a schema",
        );
        continue;
      }
      compact.items = compactSchema(spec, value, (...rest) => at("items", ...rest), report);
      if ((compact.items as InputSchema).file) {
        report(
          at("items", FILE_MARK),
          `${FILE_MARK} belongs on the array field itself, not on its items`,
          `move ${FILE_MARK}: true up to the array's schema`,
        );
      }
    } else {
      const problem = keywordProblem(key, value);
      if (problem) report(at(key), ...problem);
      else compact[key] = value;
    }
  }
  checkRequired(compact, at, report);
  checkDefault(compact, at, report);
  return compact as InputSchema;
}

const COUNT_KEYWORDS = ["minLength", "maxLength", "minItems", "maxItems"];

/** What is wrong with the value of one enforced keyword (message, fix); undefined when validators can use it. */
function keywordProblem(key: string, value: unknown): [string, string] | undefined {
  const got = `got ${typeof value === "number" ? String(value) : JSON.stringify(value)}`;
  if (COUNT_KEYWORDS.includes(key)) {
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) return undefined;
    return [`${key} must be a non-negative integer, ${got}`, `write ${key}: <whole number>, unquoted`];
  }
  if (key === "minimum" || key === "maximum") {
    if (typeof value === "number" && Number.isFinite(value)) return undefined;
    return [`${key} must be a finite number, ${got}`, `write ${key}: <number>, unquoted`];
  }
  if (key === "pattern") {
    if (typeof value !== "string") {
      return [`pattern must be a regular expression in a string, ${got}`, 'write pattern: "^https?://"'];
    }
    try {
      new RegExp(value, "u");
      return undefined;
    } catch (error) {
      return [
        `pattern is not a valid regular expression (u flag): ${(error as Error).message}`,
        'correct the pattern so that new RegExp(pattern, "u") accepts it; escape literal ( ) [ ] { } with \\',
      ];
    }
  }
  if (key === "additionalProperties") {
    if (typeof value === "boolean") return undefined;
    return [
      `additionalProperties must be true or false, ${got}`,
      "write additionalProperties: false to refuse fields the schema does not list (a schema here is not enforced)",
    ];
  }
  if (key === "enum") {
    if (Array.isArray(value) && value.length > 0) return undefined;
    return [`enum must be a non-empty list of values, ${got}`, "write enum: [<value>, ...]"];
  }
  if (key === "required") {
    if (Array.isArray(value) && value.every((name) => typeof name === "string")) return undefined;
    return [`required must be a list of field names, ${got}`, "write required: [<field>, ...]"];
  }
  return undefined;
}

/** Every name in `required` is a property of the schema: no request could satisfy one that is not. */
function checkRequired(compact: Record<string, unknown>, at: At, report: Report): void {
  const required = (compact.required ?? []) as string[];
  const properties = (compact.properties ?? {}) as Record<string, InputSchema>;
  required.forEach((name, index) => {
    if (Object.hasOwn(properties, name)) return;
    report(
      at("required", index),
      `required names ${name}, which is not a property`,
      `add the property ${name} or remove it from required`,
    );
  });
}

/** A default is a value its own schema accepts. */
function checkDefault(compact: Record<string, unknown>, at: At, report: Report): void {
  if (!("default" in compact)) return;
  const { default: value, ...rest } = compact;
  const issues = validateInput({ properties: { default: rest as InputSchema } }, { default: value });
  if (issues.length === 0) return;
  report(
    at("default"),
    `${issues.map((issue) => issue.message).join("; ")}, got ${JSON.stringify(value)}`,
    "make the default a value the schema accepts, or remove it",
  );
  delete compact.default;
}

export function pascal(slug: string): string {
  return slug
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}
