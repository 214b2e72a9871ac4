import type { InputSchema, Variant } from "@runapi.ai/core";
import { type FamilyHelp, variantHelp } from "@runapi.ai/families";

/** A JSON Schema (2020-12) as a tool's `inputSchema` carries it. */
export type JsonSchema = { [keyword: string]: unknown };

/** Core's schema as plain JSON Schema: `file` and `rules` are core's own keywords, enforced by core on the call. */
export function jsonSchemaOf(schema: InputSchema): JsonSchema {
  const { file: _file, rules: _rules, items, properties, ...rest } = schema;
  return {
    ...rest,
    ...(items ? { items: jsonSchemaOf(items) } : {}),
    ...(properties
      ? {
          properties: Object.fromEntries(
            Object.entries(properties).map(([name, field]) => [name, jsonSchemaOf(field)]),
          ),
        }
      : {}),
  };
}

/**
 * One action's input schema: `model` picks the variant (an enum of the action's models), and every field any
 * variant takes is there, described from the spec with the models that take it when not all do. Required are
 * the fields every variant requires. A field whose schema differs between variants offers each (`anyOf`); core
 * checks the call against the chosen variant's own schema and rules before anything is sent.
 */
export function actionSchema(variants: readonly Variant[], help: FamilyHelp): JsonSchema {
  const models = variants.flatMap((variant) => (variant.model === undefined ? [] : [variant.model]));
  const fields = new Map<string, { schemas: JsonSchema[]; models: string[]; description?: string }>();
  for (const variant of variants) {
    const key = variant.model ?? variant.action;
    for (const [name, field] of Object.entries(variant.input.properties ?? {})) {
      if (name === "model") continue;
      const entry = fields.get(name) ?? { schemas: [], models: [] };
      const schema = jsonSchemaOf(field);
      if (!entry.schemas.some((known) => JSON.stringify(known) === JSON.stringify(schema))) {
        entry.schemas.push(schema);
      }
      entry.models.push(key);
      entry.description ??= variantHelp(help, variant)?.fields[name];
      fields.set(name, entry);
    }
  }
  const properties: Record<string, JsonSchema> = {};
  if (models.length > 0) {
    properties.model = {
      type: "string",
      enum: models,
      description: `The model: ${variants
        .filter((variant) => variant.model !== undefined)
        .map((variant) => {
          const about = variantHelp(help, variant);
          return `${variant.model} (${about?.title}; ${about?.price})`;
        })
        .join("; ")}.`,
    };
  }
  for (const [name, { schemas, models: takers, description }] of fields) {
    const only = takers.length < variants.length ? ` Only for ${takers.join(", ")}.` : "";
    const text = `${description ?? ""}${only}`.trim();
    properties[name] =
      schemas.length === 1
        ? { ...schemas[0], ...(text ? { description: text } : {}) }
        : { ...(text ? { description: text } : {}), anyOf: schemas };
  }
  const required = (variants[0]?.input.required ?? []).filter((name) =>
    variants.every((variant) => variant.input.required?.includes(name)),
  );
  return { type: "object", properties, required, additionalProperties: false };
}
