import type { InputSchema } from "@runapi.ai/core";

const URL_VALUE = "https://example.com/a.png";
const takesUrls = (schema: InputSchema) => schema.pattern?.startsWith("^https?://") ?? false;

/**
 * Values of the wrong type for a field, a number or boolean written as text among them, and values the API
 * counts as left out: null, a blank string, an empty object.
 */
export function wrongTypes(schema: InputSchema): unknown[] {
  if (schema.type === "string") return [42, true, null, ["a"], "   "];
  const asText = schema.type === "boolean" ? ["true"] : schema.type === "array" ? [] : ["1"];
  return ["text", ...asText, null, { a: 1 }, {}];
}

/** Values just past each limit a field's schema sets: outside its enum, its lengths, its range, its pattern. */
export function pastLimits(schema: InputSchema): unknown[] {
  const values: unknown[] = [];
  if (schema.enum) values.push("not-a-listed-value");
  if (schema.minLength !== undefined && schema.minLength > 0) values.push("x".repeat(schema.minLength - 1));
  if (schema.maxLength !== undefined) values.push("x".repeat(schema.maxLength + 1));
  if (schema.minimum !== undefined) values.push(schema.minimum - 1);
  if (schema.maximum !== undefined) values.push(schema.maximum + 1);
  if (schema.type === "integer") values.push(1.5);
  if (schema.pattern !== undefined) values.push("ftp://example.com/a.png");
  if (schema.type === "array") {
    const item = schema.items && takesUrls(schema.items) ? URL_VALUE : "x";
    if (schema.minItems !== undefined && schema.minItems > 0) values.push([]);
    if (schema.maxItems !== undefined) values.push(Array(schema.maxItems + 1).fill(item));
    values.push([7], ["ftp://nope"], [""]);
  }
  return values;
}

/** Values a field's schema accepts at its edges: every value of its enum, and each limit met exactly. */
export function atLimits(schema: InputSchema): unknown[] {
  if (schema.enum) return [...schema.enum];
  switch (schema.type) {
    case "string": {
      if (takesUrls(schema)) return [URL_VALUE];
      const lengths = new Set([Math.max(schema.minLength ?? 0, 1), schema.maxLength ?? 1]);
      return [...lengths].map((length) => "x".repeat(length));
    }
    case "integer":
    case "number":
      return [...new Set([schema.minimum ?? 0, schema.maximum ?? 0])];
    case "boolean":
      return [true, false];
    case "array": {
      const [item] = atLimits(schema.items ?? {});
      if (item === undefined) return [];
      const counts = new Set([Math.max(schema.minItems ?? 0, 1), schema.maxItems ?? 1]);
      return [...counts].map((count) => Array(count).fill(item));
    }
    default:
      return [];
  }
}
