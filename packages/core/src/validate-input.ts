import type { ValidationIssue } from "./errors.js";
import type { InputSchema } from "./variant.js";

/**
 * Checks a request against its variant's schema and returns every problem, worded as the API words them.
 * Order: the schema's properties in order, then fields the schema does not allow, in the request's order;
 * one problem per field (the first).
 */
export function validateInput(schema: InputSchema, value: unknown, model: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkObject(schema, value, "", model, issues);
  return issues;
}

function checkValue(
  schema: InputSchema,
  value: unknown,
  path: string,
  model: string,
  issues: ValidationIssue[],
) {
  const problem = typeProblem(schema, value);
  if (problem) return void issues.push({ path, message: `${path} ${problem}` });
  if (schema.type === "object") return checkObject(schema, value, path, model, issues);
  const message = constraintProblem(schema, value);
  if (message) return void issues.push({ path, message: `${path} ${message}` });
  if (schema.type === "array" && schema.items) {
    (value as unknown[]).forEach((item, index) => {
      checkValue(schema.items as InputSchema, item, `${path}[${index}]`, model, issues);
    });
  }
}

function checkObject(
  schema: InputSchema,
  value: unknown,
  path: string,
  model: string,
  issues: ValidationIssue[],
) {
  const record = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const prefix = path ? `${path}.` : "";
  for (const [name, property] of Object.entries(properties)) {
    const field = record[name];
    if (field === undefined) {
      if (required.includes(name))
        issues.push({ path: prefix + name, message: `${prefix}${name} is required` });
      continue;
    }
    checkValue(property, field, prefix + name, model, issues);
  }
  for (const name of required) {
    if (!(name in properties) && record[name] === undefined) {
      issues.push({ path: prefix + name, message: `${prefix}${name} is required` });
    }
  }
  if (schema.additionalProperties === false) {
    for (const name of Object.keys(record)) {
      if (!(name in properties) && record[name] !== undefined) {
        issues.push({
          path: prefix + name,
          message: `${prefix}${name} is not allowed when model is ${model}`,
        });
      }
    }
  }
}

function typeProblem(schema: InputSchema, value: unknown): string | undefined {
  switch (schema.type) {
    case "string":
      return typeof value === "string" ? undefined : "must be a string";
    case "boolean":
      return typeof value === "boolean" ? undefined : "must be a boolean";
    case "integer":
      return Number.isInteger(value) ? undefined : kindWording(schema, "an integer");
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? undefined
        : kindWording(schema, "a number");
    case "array":
      return Array.isArray(value) ? undefined : "must be an array";
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value)
        ? undefined
        : "must be an object";
    default:
      return undefined;
  }
}

function constraintProblem(schema: InputSchema, value: unknown): string | undefined {
  if (schema.enum && !schema.enum.includes(value)) return `must be one of: ${schema.enum.join(", ")}`;
  if (schema.const !== undefined && value !== schema.const) return `must be one of: ${schema.const}`;
  if (typeof value === "string") {
    const length = codePointLength(value);
    const bounds = boundsProblem(length, schema.minLength, schema.maxLength);
    if (bounds) return `must be ${bounds} characters`;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) {
      return `must match the pattern ${schema.pattern}`;
    }
  }
  if (typeof value === "number") {
    if (outside(value, schema.minimum, schema.maximum)) {
      const kind = schema.type === "integer" ? "an integer" : "a number";
      return rangeWording(schema, kind);
    }
  }
  if (Array.isArray(value)) {
    const bounds = boundsProblem(value.length, schema.minItems, schema.maxItems);
    if (bounds) return `must contain ${bounds} items`;
  }
  return undefined;
}

/** A wrong type names the range only when both bounds exist, as the API does. */
function kindWording(schema: InputSchema, kind: string): string {
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined)
    return `must be ${kind} between ${minimum} and ${maximum}`;
  return `must be ${kind}`;
}

function rangeWording(schema: InputSchema, kind: string): string {
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined) return kindWording(schema, kind);
  return minimum !== undefined ? `must be at least ${minimum}` : `must be at most ${maximum}`;
}

function boundsProblem(size: number, min: number | undefined, max: number | undefined): string | undefined {
  if (!outside(size, min, max)) return undefined;
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}

function outside(size: number, min: number | undefined, max: number | undefined): boolean {
  return (min !== undefined && size < min) || (max !== undefined && size > max);
}

function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
