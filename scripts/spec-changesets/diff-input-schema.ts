import type { InputSchema } from "../../packages/core/src/index.ts";
import type { Bump, SpecChange } from "./spec-change.ts";

/** Keywords whose value rising rejects requests that passed before. */
const LOWER_BOUNDS = ["minLength", "minItems", "minimum"] as const;
/** Keywords whose value falling rejects requests that passed before. */
const UPPER_BOUNDS = ["maxLength", "maxItems", "maximum"] as const;

/**
 * The changes between two versions of a variant's request schema. A change that can reject a request the
 * old schema accepted (a removed field or value, a new requirement, a narrowed limit, a field that no longer
 * takes local files) is major; one that only accepts more (a new optional field or value, a widened limit, a
 * field that now takes local files) is minor.
 */
export function diffInputSchema(
  before: InputSchema,
  after: InputSchema,
  variant: string,
  path = "",
): SpecChange[] {
  const changes: SpecChange[] = [];
  const add = (bump: Bump, summary: string) => changes.push({ bump, summary, variant });
  const name = path || "the request";

  if (before.type !== after.type) {
    add("major", `type of ${name}: ${before.type ?? "any"} → ${after.type ?? "any"}`);
    return changes;
  }
  if (JSON.stringify(before.const) !== JSON.stringify(after.const)) {
    add("major", `${name} must be ${show(after.const)} (was ${show(before.const)})`);
  }
  diffEnum(before, after, name, add);
  for (const keyword of LOWER_BOUNDS) {
    const [was, is] = [before[keyword], after[keyword]];
    if (was === is) continue;
    const narrowed = is !== undefined && (was === undefined || is > was);
    add(narrowed ? "major" : "minor", `${keyword} of ${name}: ${was ?? "none"} → ${is ?? "none"}`);
  }
  for (const keyword of UPPER_BOUNDS) {
    const [was, is] = [before[keyword], after[keyword]];
    if (was === is) continue;
    const narrowed = is !== undefined && (was === undefined || is < was);
    add(narrowed ? "major" : "minor", `${keyword} of ${name}: ${was ?? "none"} → ${is ?? "none"}`);
  }
  if (before.pattern !== after.pattern) {
    add(
      after.pattern === undefined ? "minor" : "major",
      `pattern of ${name}: ${before.pattern ?? "none"} → ${after.pattern ?? "none"}`,
    );
  }
  if (JSON.stringify(before.default) !== JSON.stringify(after.default)) {
    add("minor", `default of ${name}: ${show(before.default)} → ${show(after.default)}`);
  }
  // `x-runapi-file`: the field's type accepts local files (Blob, File, path) and `create` uploads them.
  if (!!before.file !== !!after.file) {
    add(
      after.file ? "minor" : "major",
      after.file ? `${name} now takes local files (Blob, File, path)` : `${name} no longer takes local files`,
    );
  }
  if (before.additionalProperties !== after.additionalProperties) {
    const closed = after.additionalProperties === false;
    const where = path ? ` in ${path}` : "";
    add(
      closed ? "major" : "minor",
      closed ? `unknown fields are no longer accepted${where}` : `unknown fields are accepted${where}`,
    );
  }
  changes.push(...diffProperties(before, after, variant, path));
  if (before.items && after.items) {
    changes.push(...diffInputSchema(before.items, after.items, variant, `${name}[]`));
  } else if (before.items || after.items) {
    add(
      after.items ? "major" : "minor",
      `items of ${name} ${after.items ? "are now checked" : "are no longer checked"}`,
    );
  }
  return changes;
}

/** Values added to and removed from an enum, worded "removed value x of name" and "new value y of name". */
export function diffEnum(
  before: InputSchema,
  after: InputSchema,
  name: string,
  add: (bump: Bump, summary: string) => void,
) {
  if (!before.enum && !after.enum) return;
  if (!after.enum) return add("minor", `${name} accepts any value (was one of ${list(before.enum ?? [])})`);
  if (!before.enum) return add("major", `${name} accepts only ${list(after.enum)}`);
  const was = new Set(before.enum.map(show));
  const is = new Set(after.enum.map(show));
  const removed = [...was].filter((value) => !is.has(value));
  const added = [...is].filter((value) => !was.has(value));
  if (removed.length > 0)
    add("major", `removed ${plural(removed, "value")} ${removed.join(", ")} of ${name}`);
  if (added.length > 0) add("minor", `new ${plural(added, "value")} ${added.join(", ")} of ${name}`);
}

function diffProperties(
  before: InputSchema,
  after: InputSchema,
  variant: string,
  path: string,
): SpecChange[] {
  const changes: SpecChange[] = [];
  const add = (bump: Bump, summary: string) => changes.push({ bump, summary, variant });
  const was = before.properties ?? {};
  const is = after.properties ?? {};
  const wasRequired = new Set(before.required ?? []);
  const isRequired = new Set(after.required ?? []);
  const field = (key: string) => (path ? `${path}.${key}` : key);
  for (const key of Object.keys(is)) {
    if (key in was) continue;
    if (isRequired.has(key)) add("major", `new required field ${field(key)}`);
    else add("minor", `new optional field ${field(key)}`);
  }
  for (const key of Object.keys(was)) {
    if (!(key in is)) add("major", `removed field ${field(key)}`);
  }
  for (const [key, schema] of Object.entries(is)) {
    const old = was[key];
    if (!old) continue;
    if (isRequired.has(key) && !wasRequired.has(key)) add("major", `${field(key)} is now required`);
    if (!isRequired.has(key) && wasRequired.has(key)) add("minor", `${field(key)} is now optional`);
    changes.push(...diffInputSchema(old, schema, variant, field(key)));
  }
  return changes;
}

export function show(value: unknown): string {
  return typeof value === "string" ? value : value === undefined ? "none" : JSON.stringify(value);
}

function list(values: readonly unknown[]): string {
  return values.map(show).join(", ");
}

function plural(items: readonly unknown[], word: string): string {
  return items.length === 1 ? word : `${word}s`;
}
