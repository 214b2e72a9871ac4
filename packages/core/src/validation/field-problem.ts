import type { InputSchema } from "./input-schema.js";
import { isAbsent } from "./is-absent.js";

/**
 * The first problem the API finds with one field, in its order: item count (`must be an array`, `must contain
 * between a and b items`), then `is required`, then enum, then integer, then range (characters counted as code
 * points). A field left out (see `isAbsent`) that is not required has none.
 */
export function fieldProblem(schema: InputSchema, value: unknown, required: boolean): string | undefined {
  const { minItems, maxItems, minLength, maxLength, minimum, maximum } = schema;
  if (value != null && (minItems !== undefined || maxItems !== undefined)) {
    if (!Array.isArray(value)) return "must be an array";
    const bounds = outside(value.length, minItems, maxItems);
    if (bounds) return `must contain ${bounds} items`;
  }
  if (isAbsent(value)) return required ? "is required" : undefined;
  const allowed = schema.enum ?? (schema.const === undefined ? undefined : [schema.const]);
  if (allowed && !allowed.some((member) => enumMatches(member, value))) {
    return `must be one of: ${enumText(allowed)}`;
  }
  if (schema.type === "integer" && !Number.isInteger(value)) {
    const range = minimum !== undefined && maximum !== undefined ? ` between ${minimum} and ${maximum}` : "";
    return `must be an integer${range}`;
  }
  if (minLength !== undefined || maxLength !== undefined) {
    const bounds = outside([...String(value)].length, minLength, maxLength);
    return bounds && `must be ${bounds} characters`;
  }
  if (minimum !== undefined || maximum !== undefined) {
    if (typeof value !== "number") return "must be a number";
    const bounds = outside(value, minimum, maximum);
    return bounds && `must be ${bounds}`;
  }
  return undefined;
}

/** Whether `value` is the enum member `member`: numbers and booleans exactly; a string by its text, never a number. */
export function enumMatches(member: unknown, value: unknown): boolean {
  return typeof member === "string"
    ? typeof value !== "number" && String(value) === member
    : member === value;
}

/** An enum as the API lists it: `a, b, c`; numbers of an enum with a fraction among them keep `.0` (`0.0, 0.5, 1.0`). */
export function enumText(values: readonly unknown[]): string {
  const floats = values.some((value) => typeof value === "number" && !Number.isInteger(value));
  return values.map((value) => (floats && Number.isInteger(value) ? `${value}.0` : String(value))).join(", ");
}

/** "between 1 and 8", "at least 3", "at most 5000" when `size` is out of bounds; undefined within them. */
function outside(size: number, min: number | undefined, max: number | undefined): string | undefined {
  if ((min === undefined || size >= min) && (max === undefined || size <= max)) return undefined;
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}
