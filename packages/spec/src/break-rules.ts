import type { InputSchema, Rule, ValidationIssue } from "../../core/src/index.js";
import { validateInput } from "../../core/src/index.js";

type Body = Record<string, unknown>;

/** A request that breaks one rule of a variant, and exactly the problems both validators must report for it. */
export interface RuleBreak {
  /** Index of the rule in the variant schema's allOf. */
  rule: number;
  body: Body;
  issues: ValidationIssue[];
}

/** `k is v and n is present`: a rule's conditions as the API words them. */
export function conditionText(when: Rule["when"]): string {
  return Object.entries(when ?? {})
    .map(([field, expected]) =>
      typeof expected === "object"
        ? `${field} is ${expected.present ? "present" : "absent"}`
        : `${field} is ${expected}`,
    )
    .join(" and ");
}

/**
 * Whether a field is there as the API counts it (runapi-api.md, "Validation"): null, blank strings, empty arrays
 * and objects and arrays of blanks are not; `false` and `0` are. Stated here apart from core's validator, which
 * the conformance suite checks against what this module expects.
 */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some(isSet);
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/** Whether a rule's conditions hold: a value condition when the field is there and equal as text. */
function holds(rule: Rule, body: Body): boolean {
  return Object.entries(rule.when ?? {}).every(([field, expected]) =>
    typeof expected === "object"
      ? expected.present === isSet(body[field])
      : isSet(body[field]) && String(body[field]) === String(expected),
  );
}

/**
 * The problems a rule reports for a request, in the validators' order (required, forbidden, required_any,
 * enum), worded from the rule alone: the generator's own statement of the spec format's messages.
 */
export function ruleIssues(rule: Rule, body: Body): ValidationIssue[] {
  const set = (field: string) => isSet(body[field]);
  if (!holds(rule, body)) return [];
  const condition = conditionText(rule.when);
  const when = condition ? ` when ${condition}` : "";
  const issues: ValidationIssue[] = [];
  for (const field of rule.required ?? []) {
    if (!set(field)) issues.push({ path: field, message: `${field} is required${when}` });
  }
  for (const field of rule.forbidden ?? []) {
    if (set(field)) issues.push({ path: field, message: `${field} is not allowed${when}` });
  }
  const any = rule.requiredAny ?? [];
  if (any.length > 0 && !any.some(set)) {
    issues.push({ path: any[0] as string, message: `one of ${any.join(", ")} is required${when}` });
  }
  for (const [field, values] of Object.entries(rule.enum ?? {})) {
    // Numbers and booleans match exactly; a string by its text, never a number.
    const value = body[field];
    const listed = values.some((member) =>
      typeof member === "string" ? typeof value !== "number" && String(value) === member : member === value,
    );
    if (set(field) && !listed) {
      const floats = values.some((member) => typeof member === "number" && !Number.isInteger(member));
      const text = values.map((member) => (floats && Number.isInteger(member) ? `${member}.0` : member));
      issues.push({ path: field, message: `${field} must be one of: ${text.join(", ")}${when}` });
    }
  }
  return issues;
}

/**
 * For every rule of a variant, requests that break it, starting from the variant's example: its conditions
 * are made to hold, each of its effects broken, and whatever else that upsets (a base constraint, another
 * rule) is repaired; a rule that cannot fail without another failing too (say, two fields that exclude each
 * other) keeps the other's message. A rule that names the same field as required and as an enum gets a second
 * request for the enum. `unbreakable` lists the rules no request shows (dead, or always shadowed by another).
 */
export function ruleBreaks(
  input: InputSchema,
  example: Body,
  model: string | undefined,
): { breaks: RuleBreak[]; unbreakable: { rule: number; reason: string }[] } {
  const breaks: RuleBreak[] = [];
  const unbreakable: { rule: number; reason: string }[] = [];
  (input.rules ?? []).forEach((rule, index) => {
    const required = rule.required ?? [];
    const enums = Object.keys(rule.enum ?? {});
    const groups: Set<string>[] = [
      new Set([
        ...required,
        ...(rule.forbidden ?? []),
        ...(rule.requiredAny ?? []),
        ...enums.filter((field) => !required.includes(field)),
      ]),
    ];
    const enumsOfRequired = enums.filter((field) => required.includes(field));
    if (enumsOfRequired.length > 0) groups.push(new Set(enumsOfRequired));
    for (const [groupIndex, group] of groups.entries()) {
      const result = breakRule(input, example, model, rule, group, groupIndex > 0);
      if (typeof result === "string") unbreakable.push({ rule: index, reason: result });
      else breaks.push({ rule: index, ...result });
    }
  });
  return { breaks, unbreakable };
}

function breakRule(
  input: InputSchema,
  example: Body,
  model: string | undefined,
  rule: Rule,
  group: Set<string>,
  enumsOnly: boolean,
): { body: Body; issues: ValidationIssue[] } | string {
  const properties = input.properties ?? {};
  const rules = input.rules ?? [];
  const body: Body = structuredClone(example);
  const pinned = new Set<string>(group);
  for (const [field, expected] of Object.entries(rule.when ?? {})) {
    pinned.add(field);
    if (typeof expected !== "object") body[field] = expected;
    else if (!expected.present) delete body[field];
    else if (!isSet(body[field])) {
      const value = validValue(properties[field] ?? {}, []);
      if (value === undefined) return `no valid value for ${field}`;
      body[field] = value;
    }
  }
  for (const field of group) {
    if (enumsOnly || (rule.enum?.[field] && !rule.required?.includes(field))) {
      const value = valueOutside(properties[field] ?? {}, rule.enum?.[field] ?? [], example[field]);
      if (value === undefined) return `no valid value of ${field} outside the rule's enum`;
      body[field] = value;
    } else if (rule.forbidden?.includes(field)) {
      if (!isSet(body[field])) {
        const value = validValue(properties[field] ?? {}, [example[field]]);
        if (value === undefined) return `no valid value for ${field}`;
        body[field] = value;
      }
    } else {
      delete body[field];
    }
  }
  const expected = () => ruleIssues(rule, body).filter((issue) => group.has(issue.path));
  const same = (a: ValidationIssue, b: ValidationIssue) => a.path === b.path && a.message === b.message;
  for (let attempt = 0; attempt < 50; attempt++) {
    const want = expected();
    const issues = validateInput(input, body, model);
    let repaired = false;
    for (const issue of issues) {
      if (want.some((wanted) => same(wanted, issue))) continue;
      const field = issue.path.split(/[.[]/)[0] as string;
      if (pinned.has(field)) {
        // Another rule speaks about a field this one needs: make that rule's conditions fail, or, when they
        // cannot fail while this rule holds, let it speak too.
        const other = rules.find(
          (candidate) =>
            candidate !== rule && ruleIssues(candidate, body).some((found) => same(found, issue)),
        );
        if (!other) return `breaking it also makes "${issue.message}"`;
        if (!unhold(other, body, properties, pinned)) continue;
        repaired = true;
        break;
      }
      // Repair: set what is missing, drop what is not wanted, else use a value every rule that holds accepts.
      repaired = true;
      const active = rules.filter((other) => holds(other, body));
      const allowed = active.map((other) => other.enum?.[field]).filter((list) => list !== undefined);
      const wanted =
        (input.required ?? []).includes(field) ||
        active.some((other) => other.required?.includes(field) || other.requiredAny?.includes(field));
      const unwanted = active.some((other) => other.forbidden?.includes(field));
      if (body[field] !== undefined && (unwanted || !wanted)) delete body[field];
      else {
        const value = validValue(properties[field] ?? {}, [example[field], ...allowed.flat()], allowed);
        if (value === undefined) return `no valid value for ${field}`;
        body[field] = value;
      }
    }
    if (!repaired) {
      if (want.length > 0 && want.every((wanted) => issues.some((issue) => same(wanted, issue)))) {
        return { body, issues };
      }
      return `the validator reports ${JSON.stringify(issues)}, the rule says ${JSON.stringify(want)}`;
    }
  }
  return "repairing the request does not settle";
}

/** Changes one condition field of `rule` that is not pinned so the rule no longer holds; false when none can be. */
function unhold(
  rule: Rule,
  body: Body,
  properties: Readonly<Record<string, InputSchema>>,
  pinned: ReadonlySet<string>,
): boolean {
  for (const [field, expected] of Object.entries(rule.when ?? {})) {
    if (pinned.has(field) || field === "model") continue;
    const schema = properties[field] ?? {};
    const value =
      typeof expected !== "object"
        ? valueOutside(schema, [expected], undefined)
        : expected.present
          ? undefined
          : validValue(schema, []);
    if (typeof expected === "object" && expected.present) {
      delete body[field];
      return true;
    }
    if (value !== undefined) {
      body[field] = value;
      return true;
    }
  }
  return false;
}

/** Whether a value is there and its field's own schema accepts it, by every check core makes. */
function accepts(schema: InputSchema, value: unknown): boolean {
  return (
    isSet(value) &&
    validateInput({ type: "object", properties: { f: schema } }, { f: value }, "").length === 0
  );
}

/** A value the field's schema accepts (and that is in every `within` list), trying `preferred` first. */
function validValue(
  schema: InputSchema,
  preferred: readonly unknown[],
  within: readonly (readonly unknown[])[] = [],
): unknown {
  const candidates = [...preferred, ...(schema.enum ?? []), schema.default, sample(schema)];
  return candidates.find((value) => accepts(schema, value) && within.every((list) => list.includes(value)));
}

/** A value the field's schema accepts but `allowed` does not. */
function valueOutside(schema: InputSchema, allowed: readonly unknown[], preferred: unknown): unknown {
  const candidates = [
    preferred,
    ...(schema.enum ?? []),
    schema.default,
    true,
    false,
    schema.minimum,
    schema.maximum,
    sample(schema),
    "other",
  ];
  return candidates.find((value) => accepts(schema, value) && !allowed.includes(value));
}

/** A plausible valid value built from the schema's own limits. */
function sample(schema: InputSchema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  switch (schema.type) {
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sample(schema.items ?? {}));
    case "integer":
    case "number":
      return schema.minimum ?? Math.min(1, schema.maximum ?? 1);
    case "boolean":
      return true;
    case "object":
      return Object.fromEntries(
        (schema.required ?? []).map((field) => [field, sample(schema.properties?.[field] ?? {})]),
      );
    default:
      return schema.pattern?.includes("http")
        ? "https://example.com/file.png"
        : "x".repeat(Math.max(1, schema.minLength ?? 1));
  }
}
