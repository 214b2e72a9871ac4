import type { InputSchema, Variant } from "@runapi.ai/core";
import { type FamilyHelp, variantHelp } from "@runapi.ai/families";
import { type Command, Option } from "commander";

/** One request field as a flag: `aspect_ratio` is `--aspect-ratio`. */
export interface FieldFlag {
  field: string;
  schema: InputSchema;
  option: Option;
}

/** `aspect_ratio` → `aspect-ratio`. */
export function flagName(field: string): string {
  return field.replace(/_/g, "-");
}

/**
 * A flag for each field the variants take (`model` aside, which is `--model`), described by the first variant
 * that has it: its description, whether it is required, its allowed values, default and limits.
 */
export function fieldFlags(
  variants: readonly Variant[],
  help: FamilyHelp,
  reserved: ReadonlySet<string>,
): FieldFlag[] {
  const flags = new Map<string, FieldFlag>();
  for (const variant of variants) {
    const properties = variant.input.properties ?? {};
    for (const [field, schema] of Object.entries(properties)) {
      if (field === "model" || flags.has(field) || reserved.has(flagName(field))) continue;
      const required = variants.every(
        (v) => v.input.required?.includes(field) || !v.input.properties?.[field],
      );
      const described = variantHelp(help, variant)?.fields[field];
      const option = new Option(flagValue(field, schema), flagHelp(schema, described, required)).argParser(
        parserOf(schema),
      );
      flags.set(field, { field, schema, option });
    }
  }
  return [...flags.values()];
}

/** Adds the flags to a command. */
export function addFieldFlags(command: Command, flags: readonly FieldFlag[]): void {
  for (const { option } of flags) command.addOption(option);
}

/** The request body from the flags given, only those given (defaults are the API's to fill in). */
export function bodyFromFlags(
  flags: readonly FieldFlag[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const { field, option } of flags) {
    const value = values[option.attributeName()];
    if (value !== undefined) body[field] = value;
  }
  return body;
}

function flagValue(field: string, schema: InputSchema): string {
  if (schema.type === "boolean") return `--${flagName(field)} [true|false]`;
  return `--${flagName(field)} <${schema.type === "array" ? "item" : "value"}>`;
}

/** The help line of a field: required first, then its description, then what it takes. */
function flagHelp(schema: InputSchema, description: string | undefined, required: boolean): string {
  const facts: string[] = [];
  const values = schema.enum ?? schema.items?.enum;
  if (values) facts.push(`one of: ${values.map(String).join(", ")}`);
  const limit = (low: number | undefined, high: number | undefined, unit: string) => {
    if (low !== undefined && high !== undefined)
      facts.push(low === high ? `exactly ${low} ${unit}` : `${low}–${high} ${unit}`);
    else if (low !== undefined) facts.push(`at least ${low} ${unit}`);
    else if (high !== undefined) facts.push(`at most ${high} ${unit}`);
  };
  limit(schema.minLength, schema.maxLength, "characters");
  if (!schema.enum) limit(schema.minimum, schema.maximum, schema.type === "integer" ? "(whole number)" : "");
  limit(schema.minItems, schema.maxItems, "items");
  if (schema.type === "array") facts.push("repeat the flag for each item");
  if (schema.file)
    facts.push(
      schema.type === "array" ? "URLs or local paths (uploaded)" : "a URL or a local path (uploaded)",
    );
  if (schema.default !== undefined) facts.push(`default: ${JSON.stringify(schema.default)}`);
  const text = [required ? "(required)" : "", description ?? "", facts.length ? `[${facts.join("; ")}]` : ""];
  return text.filter(Boolean).join(" ").replace(/\s+\]/g, "]");
}

/**
 * Turns a flag's text into the field's type: numbers and booleans by the schema, arrays from repeated flags. Text
 * that is not of the type is kept as text, so core's validation names the field and what it takes.
 */
function parserOf(schema: InputSchema): (value: string, previous: unknown) => unknown {
  const one = (type: InputSchema["type"], value: string | boolean | undefined): unknown => {
    if (typeof value !== "string") return value ?? true;
    if (type === "integer" || type === "number")
      return value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value;
    if (type === "boolean") return value === "true" ? true : value === "false" ? false : value;
    if (type === "object") {
      try {
        return JSON.parse(value);
      } catch {
        return value;
      }
    }
    return value;
  };
  if (schema.type === "array") {
    return (value, previous) => [
      ...(Array.isArray(previous) ? previous : []),
      one(schema.items?.type, value),
    ];
  }
  return (value) => one(schema.type, value);
}
