import type { InputSchema } from "@runapi.ai/core";
import fc from "fast-check";
import { pastLimits, wrongTypes } from "./field-edges.ts";

/**
 * Request bodies for one variant, mostly near its schema's edges: valid values, values just outside a
 * limit, wrong types, nulls, missing required fields and unknown fields, so both validators are exercised
 * on every rule they enforce.
 */
export function requestArbitrary(schema: InputSchema, model?: string): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {}).filter(([name]) => name !== "model");
  const required = new Set(schema.required ?? []);
  // Values cross-field rules compare with, and values their enums allow, come up often so the rules apply.
  const ruleValues = new Map<string, unknown[]>();
  for (const rule of schema.rules ?? []) {
    const values = [
      ...Object.entries(rule.when ?? {}).filter(([, expected]) => typeof expected !== "object"),
      ...Object.entries(rule.enum ?? {}).flatMap(([name, allowed]) =>
        allowed.map((value) => [name, value] as const),
      ),
    ];
    // Each as written and as text: the API compares a condition's value as text.
    for (const [name, value] of values) {
      ruleValues.set(name, [...(ruleValues.get(name) ?? []), value, String(value)]);
    }
  }
  const fields = properties.map(([name, property]) => {
    const favoured = ruleValues.get(name);
    const present = fc.oneof(
      { weight: 6, arbitrary: valueArbitrary(property) },
      { weight: 2, arbitrary: invalidValue(property) },
      ...(favoured ? [{ weight: 6, arbitrary: fc.constantFrom(...favoured) }] : []),
    );
    const presence = required.has(name)
      ? fc.oneof({ weight: 9, arbitrary: present }, { weight: 1, arbitrary: fc.constant(ABSENT) })
      : fc.oneof(present, fc.constant(ABSENT));
    return presence.map((value) => [name, value] as const);
  });
  const unknown = fc
    .oneof({ weight: 9, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: fc.constant("surprise") })
    .map((value) => ["not_a_parameter", value] as const);
  // An action without a model takes no `model` field.
  const modelValue =
    model === undefined
      ? fc.constant(ABSENT)
      : fc.oneof(
          { weight: 19, arbitrary: fc.constant(model) },
          { weight: 1, arbitrary: fc.constantFrom(ABSENT, "not-a-model", 7) },
        );
  const toBody = ([modelField, entries, extra]: [
    unknown,
    (readonly [string, unknown])[],
    readonly [string, unknown],
  ]) => {
    const body: Record<string, unknown> = {};
    if (modelField !== ABSENT) body.model = modelField;
    for (const [name, value] of [...entries, extra]) if (value !== ABSENT) body[name] = value;
    return body;
  };
  const edgy = fc.tuple(modelValue, fc.tuple(...fields), unknown).map(toBody);
  if (!schema.rules) return edgy;
  // With cross-field rules, half the bodies carry only valid values and fewer optional fields, so that
  // requests the rules accept come up as well as ones they refuse.
  const cleanFields = properties.map(([name, property]) => {
    const favoured = ruleValues.get(name);
    const value = favoured
      ? fc.oneof(valueArbitrary(property), fc.constantFrom(...favoured))
      : valueArbitrary(property);
    const presence = required.has(name)
      ? value
      : fc.oneof({ weight: 2, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: value });
    return presence.map((entry) => [name, entry] as const);
  });
  const clean = fc
    .tuple(
      fc.constant(model ?? ABSENT),
      fc.tuple(...cleanFields),
      fc.constant(["not_a_parameter", ABSENT] as const),
    )
    .map(toBody);
  return fc.oneof(edgy, clean);
}

const ABSENT = Symbol("absent");

/** A value the schema accepts, biased to its limits. */
function valueArbitrary(schema: InputSchema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case "string": {
      if (schema.pattern?.startsWith("^https?://"))
        return fc.constantFrom("https://example.com/a.png", "http://127.0.0.1/b.jpg");
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.min(schema.maxLength ?? minLength + 20, minLength + 40);
      return fc.oneof(
        fc.string({ minLength, maxLength, unit: "grapheme" }),
        fc.constant("x".repeat(schema.maxLength ?? minLength)),
      );
    }
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case "number":
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(valueArbitrary(schema.items ?? {}), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 12),
      });
    case "object":
      return requestObject(schema);
    default:
      return fc.anything();
  }
}

function requestObject(schema: InputSchema): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(schema.properties ?? {}).map(([name, property]) =>
    valueArbitrary(property).map((value) => [name, value] as const),
  );
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs));
}

/** A value the schema refuses: the wrong type, null, or just past a limit. */
function invalidValue(schema: InputSchema): fc.Arbitrary<unknown> {
  const wrongType = fc.constantFrom(...wrongTypes(schema));
  const edges = pastLimits(schema);
  return edges.length > 0 ? fc.oneof(wrongType, fc.constantFrom(...edges)) : wrongType;
}
