import type { ValidationIssue } from "../errors/error-ladder.js";
import { localFileMistake } from "../files/local-file-mistake.js";
import { fieldProblem } from "./field-problem.js";
import type { InputSchema } from "./input-schema.js";
import { ruleProblems } from "./rule-problems.js";

export interface ValidateInputOptions {
  /**
   * Also refuse what the API itself does not check, after all of its own problems: a value of the wrong JSON
   * type, a field the spec does not name, a URL that fails its pattern, and what arrays and objects hold; in a
   * file field, a local path or a Node stream, which only a File, Blob or bytes (or a URL) can stand for.
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
 * `nodeEntry` names where the caller's package keeps `fileFromPath`, for the advice on a local path.
 */
export function validateInput(
  schema: InputSchema,
  value: unknown,
  model?: string,
  { strict = true }: ValidateInputOptions = {},
  nodeEntry?: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const reported = (path: string) => issues.some((issue) => issue.path === path);
  const report = (path: string, problem: string) => {
    if (!reported(path)) issues.push({ path, message: `${path} ${problem}` });
  };
  const notAllowed = model ? `is not allowed when model is ${model}` : "is not allowed";

  /** The API's checks of the fields `names` of `record` (an object's, at `prefix`). */
  const checkFields = (
    schema: InputSchema,
    record: Record<string, unknown>,
    prefix: string,
    names: string[],
  ) => {
    const { properties = {}, required = [] } = schema;
    for (const name of names) {
      const property = Object.hasOwn(properties, name) ? properties[name] : undefined;
      if (!property && !required.includes(name)) continue;
      const problem = fieldProblem(property ?? {}, record[name], required.includes(name));
      if (problem) report(prefix + name, problem);
    }
  };

  /**
   * The checks the API does not make of one value: its type, its pattern, then what it holds. In a file field
   * (`file`, which its items share), a local file given as its path or as a Node stream is named as such first.
   */
  const checkValue = (schema: InputSchema, value: unknown, path: string, file = schema.file === true) => {
    const problem = (file ? localFileMistake(value, nodeEntry) : undefined) ?? strictProblem(schema, value);
    if (problem) report(path, problem);
    else if (schema.items && Array.isArray(value)) {
      const items = schema.items;
      value.forEach((item, index) => {
        const itemProblem = fieldProblem(items, item, false);
        if (itemProblem) report(`${path}[${index}]`, itemProblem);
        else checkValue(items, item, `${path}[${index}]`, file);
      });
    } else if (schema.type === "object") {
      const object = value as Record<string, unknown>;
      const names = namesOf(schema, object);
      checkFields(schema, object, `${path}.`, names);
      checkStrictly(schema, object, `${path}.`, names);
    }
  };

  /** The checks the API does not make, of the fields `names` of `record` (an object's, at `prefix`) with no problem yet. */
  const checkStrictly = (
    schema: InputSchema,
    record: Record<string, unknown>,
    prefix: string,
    names: string[],
  ) => {
    const { properties = {} } = schema;
    for (const name of names) {
      const path = prefix + name;
      if (record[name] === undefined || reported(path)) continue;
      if (Object.hasOwn(properties, name)) checkValue(properties[name] as InputSchema, record[name], path);
      else if (schema.additionalProperties === false) report(path, notAllowed);
    }
  };

  const record = value as Record<string, unknown>;
  const names = namesOf(schema, record);
  // The model first: a model the action lacks is the answer, whatever else is wrong.
  checkFields(schema, record, "", ["model"]);
  for (const issue of ruleProblems(schema.rules ?? [], record)) {
    if (!reported(issue.path)) issues.push(issue);
  }
  checkFields(
    schema,
    record,
    "",
    names.filter((name) => name !== "model"),
  );
  if (strict) checkStrictly(schema, record, "", names);
  return issues;
}

/** The names of a schema's fields and of a request's, each once, sorted as the API orders them. */
function namesOf({ properties = {}, required = [] }: InputSchema, record: object): string[] {
  const names = Object.keys(properties);
  for (const name of [...required, ...Object.keys(record)]) {
    if (!Object.hasOwn(properties, name) && !names.includes(name)) names.push(name);
  }
  return names.sort();
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
