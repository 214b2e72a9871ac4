import { type CostEstimate, type InputSchema, priceFor } from "../../packages/core/src/index.ts";
import type { FamilyModel, VariantModel } from "../../packages/spec/src/index.ts";
import { codeHeader } from "../shared/header.ts";
import { actionProperty, answersAtOnce, callbackType, callerOf } from "./render-variants.ts";

/**
 * `test/types.test-d.ts`, checked by \`tsc\`: the model ids are exactly the spec's, each variant's example
 * compiles, and a missing required field, a field of another variant or a wrong enum value does not; each
 * estimate has its price's form, and a delivered callback is read again by its id and model.
 */
export function renderTypeTest(family: FamilyModel): string {
  const fieldsOf = (variants: VariantModel[]) => {
    const fields = new Map<string, InputSchema>();
    for (const variant of variants) {
      for (const [name, schema] of Object.entries(variant.input.properties ?? {})) {
        if (!fields.has(name)) fields.set(name, schema);
      }
    }
    return fields;
  };
  // Fields of the other variants a call could take: a variant's own params refuse them.
  const familyFields = fieldsOf(variantsOf(family));
  const checks = family.actions.flatMap((action) => {
    const variants = action.variants;
    const actionFields = fieldsOf(variants);
    return variants.flatMap((variant) => {
      const call = `${callerOf(family, action, variant)}create`;
      const allFields = call === "client.create" ? familyFields : actionFields;
      const { example, input } = variant;
      const properties = input.properties ?? {};
      const lines = [`// ${action.name}: ${variant.model}`, `void ${call}(${JSON.stringify(example)});`];
      for (const field of input.required ?? []) {
        if (field === "model") continue;
        const { [field]: _omitted, ...rest } = example;
        lines.push(`// @ts-expect-error ${field} is required`, `void ${call}(${JSON.stringify(rest)});`);
      }
      for (const [field, schema] of allFields) {
        if (field in properties) continue;
        const value = JSON.stringify({ ...example, [field]: sampleValue(schema) });
        lines.push(
          `// @ts-expect-error ${field} is not a parameter of ${variant.model}`,
          `void ${call}(${value});`,
        );
      }
      for (const [field, schema] of Object.entries(properties)) {
        if (!schema.enum || field === "model") continue;
        const value = JSON.stringify({ ...example, [field]: "not-a-listed-value" });
        lines.push(
          `// @ts-expect-error ${field} accepts only ${schema.enum.join(", ")}`,
          `void ${call}(${value});`,
        );
      }
      lines.push(...localFileChecks(variant, call));
      lines.push(
        ...narrowedEnumChecks(variant, call === "client.create" ? variantsOf(family) : variants, call),
      );
      if (call === "client.create") {
        lines.push(
          `expectTypeOf((await client.run(${JSON.stringify(example)})).model).toEqualTypeOf<${JSON.stringify(variant.model)}>();`,
          `expectTypeOf(client.estimateCost(${JSON.stringify(example)})).toEqualTypeOf<${COST_TYPES[priceFor(variant.price, input, {}).kind]}>();`,
          ...readChecks("client.", variant.task !== "async", variant.model),
        );
      }
      return [...lines, ""];
    });
  });
  const actionReads = family.actions.flatMap((action) => [
    `// ${action.name}: reading its tasks`,
    ...readChecks(`client.${actionProperty(action.name)}.`, answersAtOnce(action)),
    "",
  ]);
  const uniques = family.actions.flatMap((action) =>
    action.variants.filter((variant) => callerOf(family, action, variant) === "client."),
  );
  const union = uniques.map((variant) => JSON.stringify(variant.model)).join(" | ") || "never";
  // A delivered callback is a task of a model that has one: read again by its id and model.
  const tasks = uniques.filter((variant) => variant.task === "async");
  const byModelOnly = callbackType(family) === `CallbackOf<${family.typeName}Models>`;
  const takesTasks = family.actions.some((action) => action.variants.some((v) => v.task !== "sync"));
  const callbackReads = !byModelOnly
    ? takesTasks
      ? `// A delivered callback of an action reached by property is a task too (never \`never\`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
`
      : ""
    : tasks.length
      ? `const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<${tasks.map((variant) => JSON.stringify(variant.model)).join(" | ")}>();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
`
      : "";
  return `${codeHeader(family)}import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, ${byModelOnly ? "" : `type ${family.typeName}Actions, `}type ${family.typeName}Model, type ${family.typeName}Models, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<${family.typeName}Model>().toEqualTypeOf<${union}>();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<${callbackType(family)}>();
${callbackReads}// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

${checks.join("\n")}
${actionReads.join("\n")}`;
}

/** What `estimateCost` answers per kind of price: an exact one's `cents` is a number. */
const COST_TYPES: Record<CostEstimate["kind"], string> = {
  exact: "ExactCost",
  rate: "RateCost",
  tokens: "TokenCost",
  unknown: "UnknownCost",
};

/**
 * A task is read by id with get, wait and watch; a sync or hybrid variant's create answers the result (following
 * a 202 itself), so there is no task to read by a bare id: only the result, or `{ id, model }` to resume a create
 * that stopped while following, may be waited on.
 */
function readChecks(caller: string, sync: boolean, model?: string): string[] {
  const byId = (method: string) =>
    `void ${caller}${method}("task-id"${model === undefined ? "" : `, { model: ${JSON.stringify(model)} }`});`;
  const reads = ["get", "wait", "watch"].map(byId);
  if (!sync) return reads;
  const result = `{ id: "task-id", status: "completed"${model === undefined ? "" : `, model: ${JSON.stringify(model)}`} }`;
  return [
    ...reads.flatMap((line) => ["// @ts-expect-error a synchronous result has no task to read by id", line]),
    `void ${caller}wait(${result});`,
  ];
}

/** A file field takes a local file (a Blob here); a field that takes text does not. */
function localFileChecks({ example, input }: VariantModel, call: string): string[] {
  const properties = Object.entries(input.properties ?? {});
  const [field, schema] = properties.find(([, property]) => property.file) ?? [];
  if (!field || !schema) return [];
  const local = schema.type === "array" ? '[new Blob(["local file"])]' : 'new Blob(["local file"])';
  const lines = [`void ${call}({ ...${JSON.stringify(example)}, ${JSON.stringify(field)}: ${local} });`];
  const [text] =
    properties.find(([name, property]) => property.type === "string" && !property.file && name !== "model") ??
    [];
  if (text) {
    lines.push(
      `// @ts-expect-error ${text} does not take a local file`,
      `void ${call}({ ...${JSON.stringify(example)}, ${JSON.stringify(text)}: new Blob(["local file"]) });`,
    );
  }
  return lines;
}

/**
 * A value another variant's field of the same name accepts but this one's does not (a rule on the model folded
 * into the variant's schema narrows its enum): the types refuse it too.
 */
function narrowedEnumChecks(
  { example, input, model }: VariantModel,
  variants: VariantModel[],
  call: string,
): string[] {
  return Object.entries(input.properties ?? {}).flatMap(([field, schema]) => {
    if (!schema.enum || field === "model") return [];
    const own = schema.enum;
    const wider = variants.flatMap((other) => other.input.properties?.[field]?.enum ?? []);
    const value = wider.find((candidate) => !own.includes(candidate));
    if (value === undefined) return [];
    return [
      `// @ts-expect-error ${field} of ${model} is one of ${own.join(", ")}, not ${String(value)}`,
      `void ${call}(${JSON.stringify({ ...example, [field]: value })});`,
    ];
  });
}

function variantsOf(family: FamilyModel): VariantModel[] {
  return family.actions.flatMap((action) => action.variants);
}

/** A value a schema accepts, to show that a field is refused for its name, not its value. */
function sampleValue(schema: InputSchema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sampleValue(schema.items ?? {}));
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "object":
      return {};
    default:
      return schema.pattern?.includes("http")
        ? "https://example.com/file"
        : "x".repeat(Math.max(1, schema.minLength ?? 1));
  }
}
