import { ruleIssues, type VariantModel } from "../../spec/src/index.ts";

/**
 * A variant's example without its required fields and with a field no variant has, and the fields every
 * validator must name for it, in order: each required one, the unknown one, then any a cross-field rule names
 * once those are gone (each field named once).
 */
export function invalidExample({ example, input }: VariantModel): {
  body: Record<string, unknown>;
  paths: string[];
} {
  const required = (input.required ?? []).filter((field) => field !== "model");
  const body: Record<string, unknown> = { ...example, not_a_parameter: true };
  for (const field of required) delete body[field];
  const paths = [...required, "not_a_parameter"];
  for (const rule of input.rules ?? []) {
    for (const { path } of ruleIssues(rule, body)) if (!paths.includes(path)) paths.push(path);
  }
  return { body, paths };
}
