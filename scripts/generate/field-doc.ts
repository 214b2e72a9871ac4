import type { ActionModel, VariantModel } from "../../packages/spec/src/index.ts";
import { priceSummary } from "../shared/price-text.ts";

/** A schema as the spec writes it: a `$ref` is followed with the resolver the caller passes. */
type Schema = Record<string, unknown>;
type Resolve = (schema: unknown) => Schema | undefined;

/** What the spec says of one field, in parts: its words, what it takes, its default, whether it is deprecated. */
export interface FieldFacts {
  /** The title and the description, line by line. */
  words: string[];
  /** What it takes, as sentences: allowed values, limits, local files. */
  facts: string[];
  /** The default as a reader writes it (a string bare, anything else as JSON). */
  default: string | undefined;
  deprecated: boolean;
}

/** One field's words, facts and default, whichever schema the spec reaches it through. */
export function fieldFacts(schema: Schema, resolve: Resolve): FieldFacts {
  const words = [schema.title, schema.description]
    .filter((text): text is string => typeof text === "string" && text.trim() !== "")
    .flatMap((text) => text.trim().split(/\r?\n/));
  const facts = factsOf(schema, resolve);
  if (schema["x-runapi-file"] === true) {
    facts.push(
      schema.type === "array"
        ? "Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL."
        : "Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.",
    );
  }
  return {
    words,
    facts,
    default: schema.default === undefined ? undefined : valueText(schema.default),
    deprecated: schema.deprecated === true,
  };
}

/**
 * The doc comment of one field, in lines: its title and description, then what it takes (allowed values,
 * limits, local files) in one paragraph, then its default. An editor shows it on hover, so a caller sees
 * `3–5000 characters` or `@default 1:1` where they type the field, whichever schema the spec reaches it through.
 */
export function fieldDoc(schema: Schema, resolve: Resolve): string[] {
  const { words, facts, default: fallback, deprecated } = fieldFacts(schema, resolve);
  const lines = [...words];
  if (facts.length > 0) lines.push(...(lines.length > 0 ? [""] : []), facts.join(" "));
  if (fallback !== undefined) lines.push(`@default ${fallback}`);
  if (deprecated) lines.push("@deprecated");
  return lines;
}

/** The doc comment of a variant's `model`: the variant it selects, where its requests go and what it costs. */
export function modelDoc(action: ActionModel, variant: VariantModel, description: unknown): string[] {
  const about = typeof description === "string" && description.trim() ? ` ${description.trim()}` : "";
  return [
    `The model to run: ${variant.title}.${about}`,
    "",
    `It decides which fields the request takes and where it is sent (\`POST ${action.path}\`).` +
      ` Price: ${priceSummary(variant.price, variant.input)}.` +
      (variant.status === "active" ? "" : ` Status: ${variant.status}.`),
  ];
}

/** The text of a `/** … *\/` comment holding `lines`, as a synthetic comment of the TypeScript printer takes it. */
export function docCommentText(lines: string[]): string {
  const safe = lines.map((line) => line.replace(/\*\//g, "*\\/"));
  if (safe.length === 1) return `* ${safe[0]} `;
  return `*\n${safe.map((line) => (line ? ` * ${line}` : " *")).join("\n")}\n `;
}

/** What a schema takes, as sentences: allowed values, length, range, item count, pattern; an array's items too. */
function factsOf(schema: Schema, resolve: Resolve): string[] {
  const facts: string[] = [];
  if (Array.isArray(schema.enum)) facts.push(`One of: ${schema.enum.map(code).join(", ")}.`);
  else if ("const" in schema) facts.push(`Always ${code(schema.const)}.`);
  const length = countText(schema.minLength, schema.maxLength, "character");
  if (length) facts.push(`${length}.`);
  const range = rangeText(schema.minimum, schema.maximum);
  if (schema.type === "integer" && !Array.isArray(schema.enum))
    facts.push(`A whole number${range ? ` ${range}` : ""}.`);
  else if (range) facts.push(`${range[0]?.toUpperCase()}${range.slice(1)}.`);
  if (typeof schema.pattern === "string") facts.push(`Must match ${code(schema.pattern)}.`);
  const count = countText(schema.minItems, schema.maxItems, "item");
  if (count) facts.push(`${count}.`);
  const items = schema.items === undefined ? undefined : resolve(schema.items);
  if (items) {
    for (const fact of factsOf(items, resolve))
      facts.push(`Each item: ${fact[0]?.toLowerCase()}${fact.slice(1)}`);
  }
  return facts;
}

/** "3–5000 characters", "at least 1 item", "exactly 4 characters"; undefined without limits. */
function countText(min: unknown, max: unknown, unit: string): string | undefined {
  const plural = (n: number) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  const low = typeof min === "number" && min > 0 ? min : undefined;
  const high = typeof max === "number" ? max : undefined;
  if (low !== undefined && high !== undefined) {
    return low === high ? `Exactly ${plural(low)}` : `${low}–${plural(high)}`;
  }
  if (low !== undefined) return `At least ${plural(low)}`;
  if (high !== undefined) return `At most ${plural(high)}`;
  return undefined;
}

/** "from 1 to 8", "at least 0", "at most 100"; undefined without limits. */
function rangeText(min: unknown, max: unknown): string | undefined {
  const low = typeof min === "number" ? min : undefined;
  const high = typeof max === "number" ? max : undefined;
  if (low !== undefined && high !== undefined) return `from ${low} to ${high}`;
  if (low !== undefined) return `at least ${low}`;
  if (high !== undefined) return `at most ${high}`;
  return undefined;
}

function code(value: unknown): string {
  return `\`${valueText(value)}\``;
}

/** A value as a reader writes it: a string bare, anything else as JSON. */
function valueText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
