import { validateInput } from "../../core/src/index.js";
import { ruleBreaks } from "./break-rules.js";
import type { ServedVariant } from "./family-model.js";
import { pointer } from "./json-pointer.js";
import type { LoadedSpec } from "./load-spec.js";
import { type At, isNode, type Node, type Report } from "./spec-node.js";

/**
 * A variant's example request, keyed by its model id (by the action's name when the action takes no model):
 * present, a valid request of the variant, and leaving no rule of the variant that no request can break.
 * `at` points at the action's create operation.
 */
export function readExample(
  spec: LoadedSpec,
  examples: Node,
  variant: ServedVariant,
  at: At,
  report: Report,
): Node | undefined {
  const { model, takesModel, schemaName } = variant;
  const exampleAt = (...rest: string[]) =>
    at("requestBody", "content", "application/json", "examples", model, ...rest);
  const example = spec.deref(examples[model]);
  const value = isNode(example) ? example.value : undefined;
  if (!isNode(value)) {
    report(
      exampleAt(),
      takesModel ? `variant ${model} has no example request` : `the action ${model} has no example request`,
      takesModel
        ? `add examples: { ${model}: { value: { model: ${model}, ... } } }`
        : `add examples: { ${model}: { value: { ... } } }`,
    );
    return undefined;
  }
  const wrongModel = takesModel && value.model !== model;
  const issues = validateInput(variant.input, value, takesModel ? model : undefined);
  if (wrongModel || issues.length > 0) {
    const reason = wrongModel
      ? `its model is ${JSON.stringify(value.model)}`
      : issues.map((issue) => issue.message).join("; ");
    report(
      exampleAt("value"),
      `the example of ${model} is not a valid request: ${reason}`,
      takesModel
        ? "make the example satisfy its variant's schema"
        : "make the example satisfy the action's schema",
    );
    return undefined;
  }
  for (const { rule, reason } of ruleBreaks(variant.input, value, takesModel ? model : undefined)
    .unbreakable) {
    report(
      pointer("components", "schemas", schemaName, "allOf", rule),
      `no request shows this rule's message: ${reason}`,
      "remove the rule or the rule that shadows it; a rule that can never be reported enforces nothing",
    );
  }
  return value;
}

/** Every example of an action is keyed by one of its variants: a stray one is a left-over of a removed variant. */
export function checkExampleKeys(examples: Node, models: string[], at: At, report: Report): void {
  for (const key of Object.keys(examples)) {
    if (models.includes(key)) continue;
    report(
      at("requestBody", "content", "application/json", "examples", key),
      `example ${key} names no variant of this action`,
      `key the example by a model id of discriminator.mapping (${models.join(", ")}), or remove it`,
    );
  }
}
