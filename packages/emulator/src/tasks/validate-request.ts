import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { type Action, type Variant, variantFor } from "../load-specs.js";

/** One problem with a request, named by its field path (`prompt`, `source_image_urls[0]`, `a.b`). */
export interface FieldProblem {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; variant: Variant } | { ok: false; problems: FieldProblem[] };

type Schema = Record<string, any>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Compiles every variant of the given actions once, and returns a function that validates a create request:
 * the variant is picked by `model` first, then the body is checked against that variant's schema with Ajv,
 * and Ajv's errors are reworded into the API's messages (the SDKs word them identically).
 */
export function createRequestValidator(
  actions: readonly Action[],
): (action: Action, body: unknown) => ValidationResult {
  // OpenAPI 3.1 schemas are JSON Schema 2020-12. `format` is not checked: Ajv ships no formats without
  // ajv-formats, which is not a dependency here, and an unchecked format beats a warning per schema.
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, validateFormats: false });
  for (const keyword of annotationKeywords(actions)) ajv.addKeyword({ keyword });
  const compiled = new Map<Variant, ValidateFunction>();
  for (const action of actions) {
    for (const variant of action.variants.values()) {
      try {
        compiled.set(variant, ajv.compile(variant.schema));
      } catch (error) {
        // Ajv's own message names the keyword but not the spec; a maintainer needs both.
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`${action.specFile}: ${action.path}: schema of ${variant.model}: ${reason}`);
      }
    }
  }

  return (action, body) => {
    const variant = variantFor(action, body);
    if (!variant) {
      const ids = [...action.variants.keys()].sort();
      return { ok: false, problems: [{ path: "model", message: `model must be one of: ${ids.join(", ")}` }] };
    }
    const validate = compiled.get(variant)!;
    if (validate(body)) return { ok: true, variant };
    return { ok: false, problems: toProblems(validate.errors ?? [], variant, body) };
  };
}

/** `x-…` extension keys are annotations for us; registering them keeps Ajv from treating them as unknown. */
function annotationKeywords(actions: readonly Action[]): Set<string> {
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        // Ajv only accepts identifier-like keyword names; other x- keys stay unknown, which strict: false allows.
        if (/^x-[a-z0-9_$:-]*$/i.test(key)) keys.add(key);
        visit(value);
      }
    }
  };
  for (const action of actions) for (const variant of action.variants.values()) visit(variant.schema);
  return keys;
}

interface Described extends FieldProblem {
  rank: number;
  depth: number;
  kind: number;
}

/**
 * Orders problems the way the API reports them: by the top-level property's position in the variant schema
 * (unknown properties last, in the body's key order), then a field before its items or members, then
 * required/type before other constraints; and keeps
 * only the first message per field path, and none inside a field that has one.
 */
function toProblems(errors: readonly ErrorObject[], variant: Variant, body: unknown): FieldProblem[] {
  const declared = Object.keys(isObject(variant.schema.properties) ? variant.schema.properties : {});
  const bodyKeys = isObject(body) ? Object.keys(body) : [];
  const rankOf = (top: string | undefined): number => {
    if (top === undefined) return -1;
    const index = declared.indexOf(top);
    if (index !== -1) return index;
    const position = bodyKeys.indexOf(top);
    return declared.length + (position === -1 ? bodyKeys.length : position);
  };
  const described: Described[] = [];
  const rules = Array.isArray(variant.schema.allOf) ? (variant.schema.allOf as unknown[]) : [];
  for (const error of errors) {
    const rule = /^#\/allOf\/(\d+)\//.exec(error.schemaPath);
    if (rule) {
      // Cross-field rules come after every other problem, in rule order: after the declared fields and after
      // fields the body should not have (their ranks stay below declared.length + bodyKeys.length + 1).
      const index = Number(rule[1]);
      const offset = declared.length + bodyKeys.length + 1;
      for (const problem of describeRule(error, rules[index], index, body)) {
        described.push({ ...problem, rank: offset + index });
      }
      continue;
    }
    // An action without a model names none: "x is not allowed", as the SDK says it.
    const takesModel = isObject(variant.schema.properties) && "model" in variant.schema.properties;
    const problem = describe(error, takesModel ? variant.model : undefined, body);
    if (!problem) continue;
    const kind = error.keyword === "required" ? 0 : error.keyword === "type" ? 1 : 2;
    described.push({ ...problem, rank: rankOf(problem.segments[0]), depth: problem.segments.length, kind });
  }
  described.sort((a, b) => a.rank - b.rank || a.depth - b.depth || a.kind - b.kind);
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const { path, message } of described) {
    if (seen.has(path)) continue;
    // A field with a problem of its own (say, too many items) is not looked into, as the SDK does not.
    if (
      problems.some((problem) => path.startsWith(`${problem.path}[`) || path.startsWith(`${problem.path}.`))
    ) {
      continue;
    }
    seen.add(path);
    problems.push({ path, message });
  }
  return problems;
}

/**
 * Rewords an Ajv error inside a cross-field rule (`allOf[index]`: `{ if: { allOf: conditions }, then }`, or the
 * `then` part alone) the way the SDK words it: "X is required when k is v and n is present", "X is not allowed
 * when ...", "one of A, B is required when ...", "X must be one of: a, b when ...". Ajv decides; the rule's
 * own schema supplies the wording. `depth`/`kind` order them as the SDK does: required, forbidden,
 * required_any, enum, each in the rule's order.
 */
function describeRule(
  error: ErrorObject,
  item: unknown,
  index: number,
  body: unknown,
): Omit<Described, "rank">[] {
  if (!isObject(item)) return [];
  const conditional = isObject(item.then);
  const effects: Schema = conditional ? (item.then as Schema) : item;
  const prefix = `#/allOf/${index}/${conditional ? "then/" : ""}`;
  // The `if` summary error says only that a condition held; the `then` errors say what failed.
  if (!error.schemaPath.startsWith(prefix)) return [];
  const within = error.schemaPath.slice(prefix.length);
  const conditions = isObject(item.if) && Array.isArray(item.if.allOf) ? item.if.allOf : [];
  const condition = conditions.map(conditionText).join(" and ");
  const when = condition ? ` when ${condition}` : "";
  const single = (entry: unknown): string =>
    isObject(entry) && Array.isArray(entry.required) ? String(entry.required[0]) : "";
  const record = isObject(body) ? body : {};
  const say = (path: string, message: string, depth: number, kind: number) => ({
    path,
    message,
    depth,
    kind,
  });
  if (within === "required" && error.keyword === "required") {
    const field = String((error.params as { missingProperty: string }).missingProperty);
    const order = Array.isArray(effects.required) ? effects.required.indexOf(field) : 0;
    return [say(field, `${field} is required${when}`, 0, order)];
  }
  if (within === "not" && isObject(effects.not) && Array.isArray(effects.not.anyOf)) {
    return effects.not.anyOf
      .map(single)
      .map((field, order) => ({ field, order }))
      .filter(({ field }) => record[field] !== undefined)
      .map(({ field, order }) => say(field, `${field} is not allowed${when}`, 1, order));
  }
  if (within === "anyOf" && Array.isArray(effects.anyOf)) {
    const fields = effects.anyOf.map(single);
    return [say(fields[0] ?? "", `one of ${fields.join(", ")} is required${when}`, 2, 0)];
  }
  const narrowed = /^properties\/([^/]+)\/enum$/.exec(within);
  if (narrowed && error.keyword === "enum") {
    const field = (narrowed[1] as string).replaceAll("~1", "/").replaceAll("~0", "~");
    const order = Object.keys(isObject(effects.properties) ? effects.properties : {}).indexOf(field);
    const values = (error.params as { allowedValues: unknown[] }).allowedValues.map(String).join(", ");
    return [say(field, `${field} must be one of: ${values}${when}`, 3, order)];
  }
  // The branches of anyOf report their own `required` errors; the summary above speaks for them.
  return [];
}

/** One condition of a rule's `if`: `k is v`, `k is present` or `k is absent`. */
function conditionText(condition: unknown): string {
  if (!isObject(condition)) return "";
  const only = (list: unknown) => (Array.isArray(list) ? String(list[0]) : "");
  if (isObject(condition.not)) return `${only(condition.not.required)} is absent`;
  const field = only(condition.required);
  const property = isObject(condition.properties) ? condition.properties[field] : undefined;
  return isObject(property) && "const" in property
    ? `${field} is ${String(property.const)}`
    : `${field} is present`;
}

const typeNames: Record<string, string> = {
  string: "a string",
  boolean: "a boolean",
  array: "an array",
  object: "an object",
  number: "a number",
  integer: "an integer",
  null: "null",
};

function describe(
  error: ErrorObject,
  model: string | undefined,
  body: unknown,
): (FieldProblem & { segments: string[] }) | undefined {
  const segments = error.instancePath
    .split("/")
    .slice(1)
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
  const params = error.params as Record<string, any>;
  if (error.keyword === "required") segments.push(String(params.missingProperty));
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    segments.push(String(params.additionalProperty ?? params.unevaluatedProperty));
  }
  const path = fieldPath(segments, body);
  const parent: Schema = error.parentSchema ?? {};
  // Only a schema-level rule about the whole body has no field to name.
  const say = (text: string) => ({ path, segments, message: `${path === "" ? "body" : path} ${text}` });
  switch (error.keyword) {
    case "required":
      return say("is required");
    case "additionalProperties":
    case "unevaluatedProperties":
      return say(model === undefined ? "is not allowed" : `is not allowed when model is ${model}`);
    case "type": {
      const types: string[] = Array.isArray(params.type) ? params.type : String(params.type).split(",");
      const [only] = types;
      if (types.length === 1 && only && (only === "integer" || only === "number")) {
        const range = bothBounds(parent);
        if (range) return say(`must be ${typeNames[only]} between ${range}`);
      }
      return say(`must be ${types.map((type) => typeNames[type] ?? type).join(" or ")}`);
    }
    case "enum":
      return say(`must be one of: ${(params.allowedValues as unknown[]).map(String).join(", ")}`);
    case "const":
      return say(`must be ${String(params.allowedValue)}`);
    case "minLength":
    case "maxLength":
      return say(`must be ${bounded(parent.minLength, parent.maxLength, "characters")}`);
    case "minItems":
    case "maxItems":
      return say(`must contain ${bounded(parent.minItems, parent.maxItems, "items")}`);
    case "minimum":
    case "maximum": {
      const range = bothBounds(parent);
      if (range) return say(`must be ${isInteger(parent) ? "an integer" : "a number"} between ${range}`);
      return say(
        error.keyword === "minimum"
          ? `must be at least ${parent.minimum}`
          : `must be at most ${parent.maximum}`,
      );
    }
    case "exclusiveMinimum":
      return say(`must be greater than ${parent.exclusiveMinimum}`);
    case "exclusiveMaximum":
      return say(`must be less than ${parent.exclusiveMaximum}`);
    case "pattern":
      return say(`must match the pattern ${params.pattern}`);
    case "multipleOf":
      return say(`must be a multiple of ${params.multipleOf}`);
    case "uniqueItems":
      return say("must not contain duplicate items");
    // Summary errors: the branch errors that caused them carry the detail.
    case "if":
    case "anyOf":
    case "oneOf":
      return undefined;
    default:
      return say(error.message ?? "is invalid");
  }
}

const isInteger = (schema: Schema): boolean =>
  schema.type === "integer" || (Array.isArray(schema.type) && schema.type.includes("integer"));

const bothBounds = (schema: Schema): string | undefined =>
  typeof schema.minimum === "number" && typeof schema.maximum === "number"
    ? `${schema.minimum} and ${schema.maximum}`
    : undefined;

/** "between a and b <unit>" with both bounds, else "at least N <unit>" / "at most N <unit>". */
function bounded(min: unknown, max: unknown, unit: string): string {
  if (typeof min === "number" && typeof max === "number") return `between ${min} and ${max} ${unit}`;
  if (typeof min === "number") return `at least ${min} ${unit}`;
  return `at most ${max} ${unit}`;
}

/** `source_image_urls[0]` for array items, `a.b` for nested objects; an array is recognised from the data itself. */
function fieldPath(segments: readonly string[], body: unknown): string {
  let path = "";
  let node: unknown = body;
  for (const segment of segments) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      path += `[${segment}]`;
      node = node[Number(segment)];
    } else {
      path += path === "" ? segment : `.${segment}`;
      node = isObject(node) ? node[segment] : undefined;
    }
  }
  return path;
}
