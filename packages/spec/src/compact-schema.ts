import type { InputSchema } from "../../core/src/index.js";
import { validateInput } from "../../core/src/index.js";
import { DOCUMENTATION_KEYWORDS, ENFORCED_KEYWORDS } from "./family-model.js";
import type { LoadedSpec } from "./load-spec.js";
import { type At, isNode, type Report } from "./spec-node.js";

const SCHEMA_TYPES = ["string", "integer", "number", "boolean", "array", "object"];
/** The spec extension marking a field that takes file URLs (`file: true` in the compact schema). */
const FILE_MARK = "x-runapi-file";
const COUNT_KEYWORDS = ["minLength", "maxLength", "minItems", "maxItems"];

/**
 * A request schema with references inlined, reduced to the keywords the validators enforce: the `InputSchema`
 * core validates with. Anything a validator could not enforce is a problem. `within` holds the schemas this one
 * is nested in, so a schema that contains itself is told rather than followed forever.
 */
export function compactSchema(
  spec: LoadedSpec,
  node: unknown,
  at: At,
  report: Report,
  within: readonly object[] = [],
): InputSchema {
  const schema = spec.deref(node);
  if (!isNode(schema)) return {};
  if (within.includes(schema)) {
    report(
      at(),
      "this schema contains itself (through a $ref to a schema it is part of): a request has no endless nesting",
      "write the nested levels out, each with its own schema",
    );
    return {};
  }
  const nested = [...within, schema];
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
        properties[name] = compactSchema(spec, property, propertyAt, report, nested);
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
      compact.items = compactSchema(spec, value, (...rest) => at("items", ...rest), report, nested);
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
