import { compactSchema } from "./compact-schema.js";
import {
  MODALITIES,
  type OutputKind,
  type ServedVariant,
  TASK_KINDS,
  VARIANT_STATUSES,
  type VariantModel,
} from "./family-model.js";
import type { LoadedSpec } from "./load-spec.js";
import { readPrice } from "./read-price.js";
import { readRules } from "./read-rules.js";
import { type At, isNode, type Node, type Report } from "./spec-node.js";

/**
 * One variant schema (`#/components/schemas/<schemaName>`, references followed) read into its model id,
 * `x-runapi-variant` (status, task, output, price) and input schema with its rules. `output` is the variant's
 * own; the family's modality stands in for it later. Nothing is returned when the variant has a problem.
 */
export function readVariant(
  spec: LoadedSpec,
  model: string,
  schemaName: string,
  schema: Node,
  at: At,
  reportAll: Report,
  takesModel = true,
): ServedVariant | undefined {
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
    output: meta.output as OutputKind | undefined,
    schemaName,
    title: typeof schema.title === "string" ? schema.title : model,
    status: meta.status as VariantModel["status"],
    task: meta.task as VariantModel["task"],
    price,
    input,
  };
}
