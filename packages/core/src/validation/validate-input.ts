import type { ValidationIssue } from "../errors/error-ladder.js";
import { fieldProblem } from "./field-problem.js";
import type { InputSchema } from "./input-schema.js";
import { ruleProblems } from "./rule-problems.js";

export interface ValidateInputOptions {
  /**
   * Also refuse what the API itself does not check, after all of its own problems: a value of the wrong JSON
   * type, a field the spec does not name, a URL that fails its pattern, and what arrays and objects hold.
   * Default true. `false` refuses only what the API refuses and sends the rest as given, since the API may take
   * a field before the spec names it. A call's `strict` wins over its client's.
   */
  strict?: boolean;
}

/**
 * Checks a request against its variant's schema and returns every problem, one per field path, worded and
 * ordered as the API words and orders them, so the first is the API's answer: `model`, then the cross-field
 * rules in order, then the fields by name, each as `fieldProblem` says. Then, when `strict`, the checks the API
 * does not make (see `ValidateInputOptions`), field by field in the same order, of fields with no problem yet.
 */
export function validateInput(
  schema: InputSchema,
  value: unknown,
  model?: string,
  { strict = true }: ValidateInputOptions = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const reported = (path: string) => issues.some((issue) => issue.path === path);
  const report = (path: string, problem: string) => {
    if (!reported(path)) issues.push({ path, message: `${path} ${problem}` });
  };
  const notAllowed = model ? `is not allowed when model is ${model}` : "is not allowed";

  /** The API's checks of the fields of `record` (an object's, at `prefix`), by name. */
  const checkFields = (
    schema: InputSchema,
    record: Record<string, unknown>,
    prefix: string,
    names: string[],
  ) => {
    const { properties = {}, required = [] } = schema;
    for (const name of names) {
      const problem = fieldProblem(properties[name] ?? {}, record[name], required.includes(name));
      if (problem) report(prefix + name, problem);
    }
  };

  /** The checks the API does not make of one value: its type, its pattern, then what it holds. */
  const checkValue = (schema: InputSchema, value: unknown, path: string) => {
    const problem = strictProblem(schema, value);
    if (problem) report(path, problem);
    else if (schema.items && Array.isArray(value)) {
      const items = schema.items;
      value.forEach((item, index) => {
        const itemProblem = fieldProblem(items, item, false);
        if (itemProblem) report(`${path}[${index}]`, itemProblem);
        else checkValue(items, item, `${path}[${index}]`);
      });
    } else if (schema.type === "object") {
      const object = value as Record<string, unknown>;
      checkFields(schema, object, `${path}.`, namesOf(schema, {}));
      checkStrictly(schema, object, `${path}.`);
    }
  };

  /** The checks the API does not make, of each field of `record` (an object's, at `prefix`) with no problem yet. */
  const checkStrictly = (schema: InputSchema, record: Record<string, unknown>, prefix: string) => {
    for (const name of namesOf(schema, record)) {
      const path = prefix + name;
      if (record[name] === undefined || reported(path)) continue;
      const property = schema.properties?.[name];
      if (property) checkValue(property, record[name], path);
      else if (schema.additionalProperties === false) report(path, notAllowed);
    }
  };

  const record = value as Record<string, unknown>;
  const fields = namesOf(schema, {});
  // The model first: a model the action lacks is the answer, whatever else is wrong.
  if (fields.includes("model")) checkFields(schema, record, "", ["model"]);
  for (const issue of ruleProblems(schema.rules ?? [], record)) {
    if (!reported(issue.path)) issues.push(issue);
  }
  checkFields(
    schema,
    record,
    "",
    fields.filter((name) => name !== "model"),
  );
  if (strict) checkStrictly(schema, record, "");
  return issues;
}

/** The names of a schema's fields and of a request's, sorted as the API orders them. */
function namesOf({ properties = {}, required = [] }: InputSchema, record: object): string[] {
  return [...new Set([...Object.keys(properties), ...required, ...Object.keys(record)])].sort();
}

/** A value's first problem the API does not look for: its JSON type, then its pattern. */
function strictProblem({ type, pattern }: InputSchema, value: unknown): string | undefined {
  const typed =
    type === undefined ||
    (type === "integer"
      ? Number.isInteger(value)
      : type === "number"
        ? Number.isFinite(value)
        : type === "array"
          ? Array.isArray(value)
          : type === "object"
            ? typeof value === "object" && value !== null && !Array.isArray(value)
            : typeof value === type);
  if (!typed) return `must be ${/^[aeiou]/.test(type as string) ? "an" : "a"} ${type}`;
  if (pattern !== undefined && typeof value === "string" && !new RegExp(pattern, "u").test(value)) {
    return `must match the pattern ${pattern}`;
  }
  return undefined;
}
