import type { InputSchema, Rule } from "../../core/src/index.js";
import { validateInput } from "../../core/src/index.js";
import type { LoadedSpec } from "./load-spec.js";
import { type At, isNode, type Node, type Report } from "./spec-node.js";

type Condition = Exclude<NonNullable<Rule["when"]>[string], undefined>;

/** Keys a rule item may carry besides its content: they document it and are not enforced. */
const ANNOTATIONS = ["title", "description", "$comment"];
const EFFECTS = ["required", "not", "anyOf", "properties"];

const CONDITION_SHAPE =
  "write one of { properties: { k: { const: v } }, required: [k] } (k is v), { required: [k] } (k is present), " +
  "{ not: { required: [k] } } (k is absent)";
const EFFECT_SHAPE =
  "use only required: [f, ...], not: { anyOf: [{ required: [f] }, ...] }, anyOf: [{ required: [a] }, { required: [b] }, ...] " +
  "and properties: { f: { enum: [...] } }";

/**
 * Reads a variant schema's `allOf` as cross-field rules in the spec format's exact shape:
 * `{ if: { allOf: [condition, ...] }, then: effects }`, or the effects alone for a rule without conditions.
 * Anything else is a problem (nothing is guessed); `base` is the variant's schema without its rules.
 */
export function readRules(
  spec: LoadedSpec,
  allOf: unknown,
  base: InputSchema,
  model: string,
  at: At,
  report: Report,
): Rule[] {
  if (!Array.isArray(allOf)) {
    report(
      at("allOf"),
      "allOf must be a list of rules",
      "write allOf: [{ if: { allOf: [<condition>, ...] }, then: { required: [...] } }, ...]",
    );
    return [];
  }
  const rules: Rule[] = [];
  allOf.forEach((entry, index) => {
    const rule = readRule(
      spec,
      spec.deref(entry),
      base,
      model,
      (...rest) => at("allOf", index, ...rest),
      report,
    );
    if (rule) rules.push(rule);
  });
  return rules;
}

function readRule(
  spec: LoadedSpec,
  item: unknown,
  base: InputSchema,
  model: string,
  at: At,
  report: Report,
): Rule | undefined {
  if (!isNode(item)) {
    report(at(), "a rule must be a mapping", "write { if: { allOf: [...] }, then: { ... } }");
    return undefined;
  }
  const properties = base.properties ?? {};
  const keys = Object.keys(item).filter((key) => !key.startsWith("x-") && !ANNOTATIONS.includes(key));
  const conditional = "if" in item || "then" in item;
  for (const key of keys) {
    const allowed = conditional ? ["if", "then"] : EFFECTS;
    if (!allowed.includes(key)) {
      report(
        at(key),
        conditional
          ? `a conditional rule has only if and then, not ${key}`
          : `${key} is not part of a rule (a rule without conditions is required, not, anyOf and properties only)`,
        conditional
          ? key === "else"
            ? "write the opposite case as a second rule with the opposite condition"
            : `remove ${key}`
          : EFFECT_SHAPE,
      );
      return undefined;
    }
  }
  let when: Record<string, Condition> | undefined;
  let effects: Node = item;
  let effectsAt: At = at;
  if (conditional) {
    if (!isNode(item.if) || !isNode(item.then)) {
      report(
        at(isNode(item.if) ? "then" : "if"),
        "a conditional rule needs both if (its conditions) and then (what they require)",
        "write { if: { allOf: [<condition>, ...] }, then: { required: [...] } }",
      );
      return undefined;
    }
    when = readConditions(spec, item.if, properties, model, (...rest) => at("if", ...rest), report);
    if (!when) return undefined;
    effects = item.then;
    effectsAt = (...rest) => at("then", ...rest);
  }
  const rule = readEffects(spec, effects, base, effectsAt, report);
  if (!rule) return undefined;
  return { ...(when ? { when } : {}), ...rule };
}

function readConditions(
  spec: LoadedSpec,
  node: Node,
  properties: Readonly<Record<string, InputSchema>>,
  model: string,
  at: At,
  report: Report,
): Record<string, Condition> | undefined {
  const extra = Object.keys(node).filter((key) => key !== "allOf");
  if (extra.length > 0 || !Array.isArray(node.allOf) || node.allOf.length === 0) {
    report(
      at(extra[0] ?? "allOf"),
      "if must be { allOf: [...] } with one condition per field (all of them must hold)",
      `write if: { allOf: [<condition>, ...] }; ${CONDITION_SHAPE}`,
    );
    return undefined;
  }
  const when: Record<string, Condition> = {};
  let failed = false;
  node.allOf.forEach((entry, index) => {
    const conditionAt: At = (...rest) => at("allOf", index, ...rest);
    const condition = readCondition(spec.deref(entry));
    if (!condition) {
      report(
        conditionAt(),
        "this condition is not one of the three forms a rule's condition takes",
        CONDITION_SHAPE,
      );
      failed = true;
      return;
    }
    const [field, expected] = condition;
    const problem = conditionProblem(field, expected, properties, model, when);
    if (problem) {
      report(conditionAt(), problem[0], problem[1]);
      failed = true;
      return;
    }
    when[field] = expected;
  });
  if (failed) return undefined;
  const fields = Object.keys(when);
  if (fields.length === 1 && fields[0] === "model") {
    report(
      at(),
      `a rule whose only condition is model ${model} belongs in the variant schema itself`,
      "fold it in: add its required fields to the variant's required, remove its forbidden properties, narrow its enums",
    );
    return undefined;
  }
  return when;
}

/** `[field, condition]` for the three condition forms; undefined for anything else. */
function readCondition(node: unknown): [string, Condition] | undefined {
  if (!isNode(node)) return undefined;
  const keys = Object.keys(node).sort().join(",");
  const only = (list: unknown): string | undefined =>
    Array.isArray(list) && list.length === 1 && typeof list[0] === "string" ? list[0] : undefined;
  if (keys === "required") {
    const field = only(node.required);
    return field === undefined ? undefined : [field, { present: true }];
  }
  if (keys === "not" && isNode(node.not) && Object.keys(node.not).join(",") === "required") {
    const field = only(node.not.required);
    return field === undefined ? undefined : [field, { present: false }];
  }
  if (keys === "properties,required" && isNode(node.properties)) {
    const field = only(node.required);
    const entries = Object.entries(node.properties);
    const [name, schema] = entries[0] ?? [];
    if (field === undefined || entries.length !== 1 || name !== field || !isNode(schema)) return undefined;
    if (Object.keys(schema).join(",") !== "const") return undefined;
    const value = schema.const;
    if (typeof value === "string" || typeof value === "boolean" || Number.isFinite(value)) {
      return [field, value as string | number | boolean];
    }
  }
  return undefined;
}

function conditionProblem(
  field: string,
  expected: Condition,
  properties: Readonly<Record<string, InputSchema>>,
  model: string,
  seen: Record<string, Condition>,
): [string, string] | undefined {
  const property = properties[field];
  if (!property) {
    return [
      `the condition names ${field}, which is not a parameter of this variant`,
      "name a field of properties",
    ];
  }
  if (field in seen) {
    return [`${field} has two conditions in one rule`, "keep one condition per field"];
  }
  if (field === "model" && expected !== model) {
    return [
      `the condition model is ${JSON.stringify(expected)} never holds in ${model}'s schema`,
      `put the rule in the schema of ${JSON.stringify(expected)}, or drop the model condition`,
    ];
  }
  if (typeof expected !== "object" && rejects(field, property, expected)) {
    return [
      `the condition ${field} is ${expected} never holds: ${rejects(field, property, expected)}`,
      `compare ${field} with a value it accepts`,
    ];
  }
  if (field === "model" && typeof expected === "object") {
    return [
      "model is always present; a condition on it names a model id",
      `write { properties: { model: { const: ${model} } }, required: [model] }`,
    ];
  }
  return undefined;
}

function readEffects(
  spec: LoadedSpec,
  node: Node,
  base: InputSchema,
  at: At,
  report: Report,
): Omit<Rule, "when"> | undefined {
  const properties = base.properties ?? {};
  const baseRequired = base.required ?? [];
  let failed = false;
  const fail = (where: string, message: string, fix: string) => {
    failed = true;
    report(where, message, fix);
  };
  const keys = Object.keys(node).filter((key) => !key.startsWith("x-") && !ANNOTATIONS.includes(key));
  for (const key of keys) {
    if (!EFFECTS.includes(key)) fail(at(key), `${key} is not something a rule can require`, EFFECT_SHAPE);
  }
  if (keys.length === 0) fail(at(), "the rule requires nothing", EFFECT_SHAPE);
  if (failed) return undefined;

  const used = new Map<string, string>();
  /** A field an effect names: a parameter other than model, named once (an enum may narrow a required field). */
  const field = (name: unknown, where: string, kind: string): string | undefined => {
    if (typeof name !== "string" || !properties[name] || name === "model") {
      fail(
        where,
        `${kind} names ${JSON.stringify(name)}, which is not a parameter of this variant`,
        kind === "forbidden" && typeof name === "string" && name !== "model"
          ? `drop ${name} from the rule: the variant has no such field, so it is refused already ("${name} is not allowed when model is ...")`
          : "name a field of properties other than model",
      );
      return undefined;
    }
    const previous = used.get(name);
    if (
      previous &&
      !(kind === "enum" && previous === "required") &&
      !(kind === "required" && previous === "enum")
    ) {
      fail(
        where,
        `${name} is named by both ${previous} and ${kind} in one rule`,
        "name each field once per rule",
      );
      return undefined;
    }
    used.set(name, kind);
    return name;
  };
  /** `[{ required: [f] }, ...]` → the fields. */
  const singleRequired = (list: unknown, where: At, kind: string, least: number): string[] | undefined => {
    if (!Array.isArray(list) || list.length < least) {
      fail(where(), `${kind} must list at least ${least} { required: [field] } entries`, EFFECT_SHAPE);
      return undefined;
    }
    const names: string[] = [];
    list.forEach((entry, index) => {
      const node = spec.deref(entry);
      const name =
        isNode(node) &&
        Object.keys(node).join(",") === "required" &&
        Array.isArray(node.required) &&
        node.required.length === 1
          ? field(node.required[0], where(index, "required", 0), kind)
          : fail(where(index), `each ${kind} entry must be { required: [field] }`, EFFECT_SHAPE);
      if (name) names.push(name);
    });
    return names;
  };

  const rule: { -readonly [K in keyof Omit<Rule, "when">]: Omit<Rule, "when">[K] } = {};
  if ("required" in node) {
    const list = node.required;
    if (!Array.isArray(list) || list.length === 0) {
      fail(at("required"), "required must be a non-empty list of fields", "write required: [field, ...]");
    } else {
      const names = list.map((name, index) => field(name, at("required", index), "required"));
      list.forEach((name, index) => {
        if (typeof name === "string" && baseRequired.includes(name)) {
          fail(
            at("required", index),
            `${name} is already required by the variant, so this rule never reports it`,
            `drop ${name} from the rule`,
          );
        }
      });
      rule.required = names.filter((name): name is string => name !== undefined);
    }
  }
  if ("not" in node) {
    const not = spec.deref(node.not);
    if (!isNode(not) || Object.keys(not).join(",") !== "anyOf") {
      fail(
        at("not"),
        "not must be { anyOf: [{ required: [field] }, ...] }, one entry per forbidden field",
        EFFECT_SHAPE,
      );
    } else {
      const names = singleRequired(not.anyOf, (...rest) => at("not", "anyOf", ...rest), "forbidden", 1);
      names?.forEach((name) => {
        if (baseRequired.includes(name)) {
          fail(
            at("not"),
            `${name} is required by the variant, so a request this rule applies to is never valid`,
            `drop ${name} from the forbidden fields, or from the variant's required`,
          );
        }
      });
      rule.forbidden = names;
    }
  }
  if ("anyOf" in node) {
    const names = singleRequired(node.anyOf, (...rest) => at("anyOf", ...rest), "required_any", 2);
    const always = names?.find((name) => baseRequired.includes(name));
    if (always) {
      fail(
        at("anyOf"),
        `${always} is required by the variant, so one of these fields is always set and this rule never reports`,
        "drop the rule, or the field from the variant's required",
      );
    }
    rule.requiredAny = names;
  }
  if ("properties" in node) {
    const narrowed = spec.deref(node.properties);
    const enums: Record<string, unknown[]> = {};
    if (!isNode(narrowed) || Object.keys(narrowed).length === 0) {
      fail(
        at("properties"),
        "properties of a rule must narrow at least one field's enum",
        "write properties: { f: { enum: [...] } }",
      );
    } else {
      for (const [name, schema] of Object.entries(narrowed)) {
        const where: At = (...rest) => at("properties", name, ...rest);
        const allowed = spec.deref(schema);
        if (
          !isNode(allowed) ||
          Object.keys(allowed).join(",") !== "enum" ||
          !Array.isArray(allowed.enum) ||
          allowed.enum.length === 0
        ) {
          fail(
            where(),
            `a rule may only narrow ${name} to a non-empty enum`,
            `write ${name}: { enum: [...] }`,
          );
          continue;
        }
        if (!field(name, where(), "enum")) continue;
        const property = properties[name] as InputSchema;
        const values = allowed.enum;
        values.forEach((value, index) => {
          const problem = rejects(name, property, value);
          if (problem)
            fail(
              where("enum", index),
              `${JSON.stringify(value)} is never a valid ${name}: ${problem}`,
              `list only values ${name} accepts`,
            );
        });
        if (
          property.enum?.every((value) => values.includes(value)) ||
          (property.type === "boolean" && values.includes(true) && values.includes(false))
        ) {
          fail(
            where("enum"),
            `the enum allows every value of ${name}, so it narrows nothing`,
            `drop ${name} from the rule, or list fewer values`,
          );
        }
        enums[name] = values;
      }
    }
    rule.enum = enums;
  }
  if (failed) return undefined;
  return rule;
}

/** What is wrong with `value` as the value of the field `name`, worded by core's validator. */
function rejects(name: string, property: InputSchema, value: unknown): string | undefined {
  return validateInput({ type: "object", properties: { [name]: property } }, { [name]: value }, "")[0]
    ?.message;
}
