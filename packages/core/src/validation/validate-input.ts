import type { ValidationIssue } from "../errors/error-ladder.js";
import type { InputSchema } from "./input-schema.js";

/**
 * Checks a request against its variant's schema and returns every problem, worded as the API words them.
 * Order: the schema's properties in order, then fields the schema does not allow, in the request's order,
 * then the cross-field rules in order; one problem per field (the first).
 */
export function validateInput(schema: InputSchema, value: unknown, model?: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (path: string, problem: string, message = `${path} ${problem}`) => {
    if (!issues.some((issue) => issue.path === path)) issues.push({ path, message });
  };

  const checkObject = (schema: InputSchema, record: Record<string, unknown>, path: string) => {
    const { properties = {}, required = [] } = schema;
    const prefix = path ? `${path}.` : "";
    for (const name in properties) {
      if (record[name] !== undefined) check(properties[name] as InputSchema, record[name], prefix + name);
      else if (required.includes(name)) report(prefix + name, "is required");
    }
    for (const name of required) {
      if (!(name in properties) && record[name] === undefined) report(prefix + name, "is required");
    }
    if (schema.additionalProperties === false) {
      for (const name in record) {
        if (!(name in properties) && record[name] !== undefined) {
          report(prefix + name, model ? `is not allowed when model is ${model}` : "is not allowed");
        }
      }
    }
  };

  const check = (schema: InputSchema, value: unknown, path: string) => {
    const problem = problemOf(schema, value);
    if (problem) {
      report(path, problem);
      return;
    }
    if (schema.type === "object") checkObject(schema, value as Record<string, unknown>, path);
    if (schema.items && Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        check(schema.items, value[index], `${path}[${index}]`);
      }
    }
  };

  const record = value as Record<string, unknown>;
  checkObject(schema, record, "");
  // Cross-field rules, while every `when` entry holds: "X is required when k is v and n is present", ...
  const set = (name: string) => record[name] !== undefined;
  for (const rule of schema.rules ?? []) {
    const { when = {}, required = [], forbidden = [], requiredAny, enum: allowed = {} } = rule;
    let holds = true;
    let suffix = "";
    for (const name in when) {
      const expected = when[name];
      const presence = typeof expected === "object";
      holds &&= presence ? expected.present === set(name) : record[name] === expected;
      suffix += `${suffix ? " and" : " when"} ${name} is ${presence ? (expected.present ? "present" : "absent") : expected}`;
    }
    if (!holds) continue;
    for (const name of required) if (!set(name)) report(name, `is required${suffix}`);
    for (const name of forbidden) if (set(name)) report(name, `is not allowed${suffix}`);
    if (requiredAny && !requiredAny.some(set)) {
      report(requiredAny[0] as string, "", `one of ${requiredAny.join(", ")} is required${suffix}`);
    }
    for (const name in allowed) {
      const values = allowed[name] as readonly unknown[];
      if (set(name) && !values.includes(record[name]))
        report(name, `must be one of: ${values.join(", ")}${suffix}`);
    }
  }
  return issues;
}

/** The first thing wrong with one value itself (its type, then its constraints), as the API words it. */
function problemOf(schema: InputSchema, value: unknown): string | undefined {
  const { type } = schema;
  const wrongType =
    type === "integer"
      ? !Number.isInteger(value)
      : type === "number"
        ? !Number.isFinite(value)
        : type === "array"
          ? !Array.isArray(value)
          : type === "object"
            ? typeof value !== "object" || value === null || Array.isArray(value)
            : type !== undefined && typeof value !== type;
  if (wrongType) return `must be ${kindOf(schema)}`;
  if (schema.enum && !schema.enum.includes(value)) return `must be one of: ${schema.enum.join(", ")}`;
  if (schema.const !== undefined && value !== schema.const) return `must be one of: ${schema.const}`;
  if (typeof value === "string") {
    // Characters as the API counts them: code points, not UTF-16 units (a surrogate pair is one).
    const length = value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "_").length;
    const bounds = outside(length, schema.minLength, schema.maxLength);
    if (bounds) return `must be ${bounds} characters`;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) {
      return `must match the pattern ${schema.pattern}`;
    }
  }
  if (typeof value === "number") {
    const bounds = outside(value, schema.minimum, schema.maximum);
    if (bounds) return `must be ${bothBounds(schema) ? kindOf(schema) : bounds}`;
  }
  if (Array.isArray(value)) {
    const bounds = outside(value.length, schema.minItems, schema.maxItems);
    if (bounds) return `must contain ${bounds} items`;
  }
  return undefined;
}

/** "an integer", "a string"; a number with both bounds names its range, as the API does. */
function kindOf(schema: InputSchema): string {
  const { type } = schema;
  const kind =
    type === "integer" ? "an integer" : type === "array" || type === "object" ? `an ${type}` : `a ${type}`;
  return bothBounds(schema) ? `${kind} between ${schema.minimum} and ${schema.maximum}` : kind;
}

function bothBounds({ type, minimum, maximum }: InputSchema): boolean {
  return (type === "integer" || type === "number") && minimum !== undefined && maximum !== undefined;
}

/** "between 1 and 8", "at least 3", "at most 5000" when `size` is out of bounds; undefined within them. */
function outside(size: number, min: number | undefined, max: number | undefined): string | undefined {
  if ((min === undefined || size >= min) && (max === undefined || size <= max)) return undefined;
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}
