import { ruleIssues, type VariantModel } from "../../spec/src/index.ts";

/**
 * A variant's example without its required fields and with a field no variant has, and the fields every
 * validator must name for it, in the API's order: those the cross-field rules name once the required fields are
 * gone (rule by rule), then each required field by name (each field named once); `paths` adds the unknown
 * field, which only the SDK's strict checks name, last. `apiPaths` are the API's own.
 */
export function invalidExample({ example, input }: VariantModel): {
  body: Record<string, unknown>;
  paths: string[];
  apiPaths: string[];
} {
  const required = (input.required ?? []).filter((field) => field !== "model");
  const body: Record<string, unknown> = { ...example, not_a_parameter: true };
  for (const field of required) delete body[field];
  const apiPaths: string[] = [];
  for (const rule of input.rules ?? []) {
    for (const { path } of ruleIssues(rule, body)) if (!apiPaths.includes(path)) apiPaths.push(path);
  }
  for (const field of [...required].sort()) if (!apiPaths.includes(field)) apiPaths.push(field);
  return { body, paths: [...apiPaths, "not_a_parameter"], apiPaths };
}
