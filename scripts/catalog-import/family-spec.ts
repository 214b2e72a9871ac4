import { pointer } from "../../packages/spec/src/index.ts";
import type { Catalog, ContractAction } from "./catalog-data.ts";
import { exampleRequest } from "./example-request.ts";
import {
  modalityOf,
  type OutputKind,
  outputOf,
  pascal,
  providerOf,
  variantSchemaName,
  words,
} from "./family-facts.ts";
import { CALLBACK_URL, CALLBACK_URL_SCHEMA, fieldSchema, type Schema } from "./field-schema.ts";
import { fitPrice, priceOf } from "./price-rule.ts";
import { placeRules, shapeField } from "./rule-schema.ts";
import { stableJson } from "./stable-json.ts";

/**
 * One place in a spec the importer owns: a value at a path, or (`member`) an item of the list at the path,
 * such as a variant's `$ref` in `oneOf` or an action's tag.
 */
export interface Location {
  /** JSON pointer; for a member, the list's pointer followed by the item. */
  key: string;
  path: string[];
  value: unknown;
  member: boolean;
  /** Position in the file: new locations are written in this order. */
  order: number;
}

/** What the importer adds, updates and reports as one piece: the family's header, an action, or a variant. */
export interface Unit {
  /** `family`, `action:<endpoint>` or `variant:<endpoint>/<model or _>`. */
  id: string;
  /** Its home in the spec: when it exists before the importer ever saw the unit, the unit is hand-written. */
  anchor: string[];
  locations: Location[];
}

export interface FamilySpec {
  family: string;
  file: string;
  units: Unit[];
  actions: number;
  /** model id → action endpoints. */
  models: Map<string, string[]>;
  noModelActions: number;
  /** `<action key>#<rule index>` of every rule written into at least one variant. */
  rulesPlaced: Set<string>;
  /** Rules folded into a variant's own schema (their only condition is the model). */
  rulesFolded: Set<string>;
  /** What the importer changed or could not place in the data's prices, for the run's report. */
  notes: string[];
}

const COMMON = "./_shared/common.yaml#/components";
const JSON_MEDIA = "application/json";
const TASK_RESPONSES: Record<OutputKind, string> = {
  image: "ImagesTask",
  video: "VideosTask",
  audio: "AudiosTask",
  text: "TextsTask",
};
const ref = (to: string) => ({ $ref: to });
const errorResponse = ref(`${COMMON}/responses/Error`);

/** Builds every location of one family's spec, in the order they appear in the file. */
export function familySpec(
  catalog: Catalog,
  owners: Map<string, string>,
  family: string,
  actions: ContractAction[],
): FamilySpec {
  const title = (actions[0] as ContractAction).displayName;
  const provider = providerOf(family);
  const service = family.replace(/-/g, "_");
  const spec: FamilySpec = {
    family,
    file: `specs/${family}.yaml`,
    units: [],
    actions: actions.length,
    models: new Map(),
    noModelActions: 0,
    rulesPlaced: new Set(),
    rulesFolded: new Set(),
    notes: [],
  };
  const unit = (id: string, anchor: string[]): Unit => {
    const created = { id, anchor, locations: [] };
    spec.units.push(created);
    return created;
  };
  let order = 0;
  const put = (into: Unit, path: string[], value: unknown) =>
    into.locations.push({ key: pointer(...path), path, value, member: false, order: order++ });
  const add = (into: Unit, path: string[], item: unknown) =>
    into.locations.push({
      key: `${pointer(...path)}[${stableJson(item)}]`,
      path,
      value: item,
      member: true,
      order: order++,
    });

  const header = unit("family", ["info"]);
  put(header, ["openapi"], "3.1.0");
  put(header, ["info", "title"], title);
  put(header, ["info", "version"], "1.0.0");
  put(header, ["info", "description"], describeFamily(title, provider, actions));
  put(header, ["info", "x-runapi"], {
    family,
    package: `@runapi.ai/${family}`,
    provider,
    modality: modalityOf(actions),
  });
  put(header, ["servers"], [{ url: "https://runapi.ai" }]);
  put(header, ["security"], [{ bearerAuth: [] }]);

  const actionUnits = actions.map((action) =>
    unit(`action:${action.endpoint}`, ["paths", actionPath(service, action)]),
  );
  for (const [index, action] of actions.entries())
    add(actionUnits[index] as Unit, ["tags"], { name: action.endpoint });

  const schemaUnits: [Unit, string, Schema][] = [];
  const names = new Set<string>();
  for (const [index, action] of actions.entries()) {
    const home = actionUnits[index] as Unit;
    const path = actionPath(service, action);
    const post = ["paths", path, "post"];
    const body = [...post, "requestBody", "content", JSON_MEDIA];
    const models = action.models.length > 0 ? action.models : [undefined];
    if (action.models.length === 0) spec.noModelActions++;
    put(home, [...post, "operationId"], `create${pascal(action.endpoint)}`);
    put(home, [...post, "tags"], [action.endpoint]);
    put(home, [...post, "summary"], summaryOf(action));
    put(home, [...post, "requestBody", "required"], true);

    const variants = models.map((model) => {
      const name = variantSchemaName(family, action.endpoint, model);
      if (names.has(name))
        throw new Error(`${family}: two variants would be named ${name}; rename one in variantSchemaName`);
      names.add(name);
      const variant = unit(`variant:${action.endpoint}/${model ?? "_"}`, ["components", "schemas", name]);
      if (model) spec.models.set(model, [...(spec.models.get(model) ?? []), action.endpoint]);
      const schema = variantSchema(spec, catalog, owners, action, model, title);
      spec.notes.push(...schema.notes);
      return { model, name, variant, schema };
    });
    if (action.models.length === 0) {
      const [only] = variants;
      put(only?.variant as Unit, [...body, "schema", "$ref"], `#/components/schemas/${only?.name}`);
    } else {
      for (const { name, variant } of variants)
        add(variant, [...body, "schema", "oneOf"], ref(`#/components/schemas/${name}`));
      put(home, [...body, "schema", "discriminator", "propertyName"], "model");
      for (const { model, name, variant } of variants)
        put(
          variant,
          [...body, "schema", "discriminator", "mapping", model as string],
          `#/components/schemas/${name}`,
        );
    }
    for (const { model, variant, schema } of variants)
      put(variant, [...body, "examples", model ?? action.endpoint], { value: schema.example });
    put(home, [...post, "responses"], createResponses(action));
    if (action.task === "async")
      put(home, ["paths", `${path}/{id}`, "get"], {
        operationId: `get${pascal(action.endpoint)}`,
        tags: [action.endpoint],
        summary: `Read ${article(action.endpoint)} ${action.endpoint.replace(/_/g, "-")} task.`,
        parameters: [ref(`${COMMON}/parameters/TaskId`)],
        responses: {
          "200": ref(`${COMMON}/responses/${TASK_RESPONSES[outputOf(action)]}`),
          "401": errorResponse,
          "404": errorResponse,
        },
      });
    for (const { variant, name, schema } of variants) schemaUnits.push([variant, name, schema]);
  }

  put(header, ["components", "securitySchemes", "bearerAuth"], { type: "http", scheme: "bearer" });
  for (const [variant, name, schema] of schemaUnits) {
    const at = ["components", "schemas", name];
    for (const key of ["type", "title", "additionalProperties", "required"])
      put(variant, [...at, key], schema[key]);
    for (const [property, value] of Object.entries(schema.properties as Schema))
      put(variant, [...at, "properties", property], value);
    if (schema.allOf) put(variant, [...at, "allOf"], schema.allOf);
    for (const [key, value] of Object.entries(schema["x-runapi-variant"] as Schema))
      put(variant, [...at, "x-runapi-variant", key], value);
  }
  return spec;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? "an" : "a");

function actionPath(service: string, action: ContractAction): string {
  return `/api/v1/${service}/${action.endpoint}`;
}

/** One sentence: who makes the models and what the family does. */
function describeFamily(title: string, provider: string, actions: ContractAction[]): string {
  const names = actions.map((action) => words(action.endpoint));
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  const owner = provider.endsWith("s") ? `${provider}'` : `${provider}'s`;
  const firstWord = (text: string) => text.split(" ")[0]?.toLowerCase();
  // "Ideogram V3", not "Ideogram's Ideogram V3".
  const kind = firstWord(title) === firstWord(provider) ? title : `${owner} ${title}`;
  return `${kind} models on RunAPI: ${list}.`;
}

function summaryOf(action: ContractAction): string {
  const name = action.endpoint.replace(/_/g, "-");
  return action.task === "async"
    ? `Start ${article(name)} ${name} task.`
    : `Run ${words(action.endpoint)}; the answer is the finished result.`;
}

function createResponses(action: ContractAction): Record<string, unknown> {
  const success = action.task === "async" ? "TaskCreated" : "SyncResult";
  return {
    "200": ref(`${COMMON}/responses/${success}`),
    ...Object.fromEntries(["400", "401", "402", "422", "429"].map((status) => [status, errorResponse])),
  };
}

/** A variant's schema (with its example under `example`), rules placed and price looked up. */
function variantSchema(
  spec: FamilySpec,
  catalog: Catalog,
  owners: Map<string, string>,
  action: ContractAction,
  model: string | undefined,
  title: string,
): Schema & { example: Record<string, unknown>; notes: string[] } {
  const fields = action.fieldsByModel[model ?? "_"] ?? {};
  const properties: Record<string, Schema> = {};
  if (model) properties.model = { type: "string", const: model };
  for (const [name, field] of Object.entries(fields)) {
    // The model is the variant's const; an action without a model has no model property (spec format), even
    // where the data lists one (suno replace_section's model for uploaded audio).
    if (name === "model" || name === CALLBACK_URL) continue;
    properties[name] = fieldSchema(name, field, true);
  }
  if (action.task === "async") properties[CALLBACK_URL] = CALLBACK_URL_SCHEMA;
  const required = Object.keys(properties).filter(
    (name) => (model && name === "model") || fields[name]?.required,
  );
  const shape = shapeField(action);
  if (shape && properties[shape] && !required.includes(shape)) required.push(shape);
  const placed = placeRules(action, model, properties, required);
  for (const index of placed.placed) spec.rulesPlaced.add(`${action.key}#${index}`);
  for (const index of placed.folded) spec.rulesFolded.add(`${action.key}#${index}`);
  const order = Object.keys(properties);
  required.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const output = outputOf(action);
  const priceNotes: string[] = [];
  const example = exampleRequest({ model, output, properties, required, rules: placed.conditional });
  return {
    type: "object",
    title: `${model ?? title} · ${words(action.endpoint)}`,
    additionalProperties: false,
    required,
    properties,
    ...(placed.allOf.length > 0 ? { allOf: placed.allOf } : {}),
    "x-runapi-variant": {
      status: "active",
      task: action.task,
      output,
      price: fitPrice(priceOf(catalog, owners, action, model), properties, priceNotes),
    },
    example,
    notes: priceNotes.map((note) => `${model ?? action.endpoint} (${action.key}): ${note}`),
  };
}
