import type { ContractAction, InputRule, RuleCondition } from "./catalog-data.ts";
import type { Schema } from "./field-schema.ts";

/** A variant's rules once placed: JSON Schema items for `allOf`, and what was folded into the schema itself. */
export interface PlacedRules {
  allOf: Schema[];
  /** The rules behind `allOf` (as fitted to the variant), in the same order, for examples. */
  conditional: InputRule[];
  /** Indexes (in the action's rules) of the rules this variant carries, folded or in `allOf`. */
  placed: number[];
  /** Indexes of the rules whose only condition is this variant's model, applied to its properties and `required`. */
  folded: number[];
}

const isPresence = (condition: RuleCondition): condition is { present: boolean } =>
  typeof condition === "object" && condition !== null;

/** The condition `model: <id>` names a variant only in an action with models. */
const modelOf = (action: ContractAction, rule: InputRule): string | undefined =>
  action.models.length > 0 && rule.when && typeof rule.when.model === "string" ? rule.when.model : undefined;

/**
 * Rules of an action that apply to one variant (model rules only to their model), split into those folded into
 * the variant's schema (only condition: the model; no `required_any`) and those written as `allOf` if/then.
 * Folding edits `properties` and `required` in place.
 */
export function placeRules(
  action: ContractAction,
  model: string | undefined,
  properties: Record<string, Schema>,
  required: string[],
): PlacedRules {
  const placed: PlacedRules = { allOf: [], conditional: [], placed: [], folded: [] };
  const mine = action.rules
    .map((rule, index) => ({ rule, index, ruleModel: modelOf(action, rule) }))
    .filter(({ ruleModel }) => ruleModel === undefined || ruleModel === model);
  const where = (index: number) => `${action.key} rule ${index}${model ? ` for ${model}` : ""}`;
  const foldable = ({ rule, ruleModel }: (typeof mine)[number]) =>
    ruleModel !== undefined && Object.keys(rule.when ?? {}).length === 1 && !rule.required_any;
  for (const entry of mine.filter(foldable)) {
    fold(entry.rule, properties, required, where(entry.index));
    placed.placed.push(entry.index);
    placed.folded.push(entry.index);
  }
  for (const { rule, index } of mine.filter((entry) => !foldable(entry))) {
    for (const name of [
      ...(rule.required ?? []),
      ...(rule.required_any ?? []),
      ...Object.keys(rule.enum ?? {}),
    ])
      if (!properties[name])
        throw new Error(`${where(index)} needs ${name}, which this variant does not have`);
    const fitted = fitRule(rule, properties);
    if (!fitted) continue;
    placed.allOf.push(ruleSchema(fitted));
    placed.conditional.push(fitted);
    placed.placed.push(index);
  }
  return placed;
}

/**
 * A rule as it reads for a variant that lacks some of the fields it names: a field the variant does not have is
 * refused already (no need to forbid it), never present (its `present: false` test always holds, any other test
 * never does). Undefined when nothing is left for this variant.
 */
function fitRule(rule: InputRule, properties: Record<string, Schema>): InputRule | undefined {
  const when: Record<string, RuleCondition> = {};
  for (const [name, condition] of Object.entries(rule.when ?? {})) {
    if (name === "model" || properties[name]) when[name] = condition;
    else if (!(isPresence(condition) && !condition.present)) return undefined;
  }
  const fitted: InputRule = { ...rule };
  if (rule.when) fitted.when = when;
  if (Object.keys(when).length === 0) delete fitted.when;
  if (rule.forbidden) {
    fitted.forbidden = rule.forbidden.filter((name) => properties[name]);
    if (fitted.forbidden.length === 0) delete fitted.forbidden;
  }
  const asks = fitted.required?.length || fitted.forbidden || fitted.required_any?.length || fitted.enum;
  return asks ? fitted : undefined;
}

function fold(rule: InputRule, properties: Record<string, Schema>, required: string[], where: string) {
  for (const name of [...(rule.required ?? []), ...Object.keys(rule.enum ?? {})])
    if (!properties[name]) throw new Error(`${where} needs ${name}, which this variant does not have`);
  for (const name of rule.required ?? []) if (!required.includes(name)) required.push(name);
  for (const name of rule.forbidden ?? []) {
    if (required.includes(name)) throw new Error(`${where} forbids ${name}, which the variant requires`);
    delete properties[name];
  }
  for (const [name, allowed] of Object.entries(rule.enum ?? {})) {
    const property = properties[name] as Schema;
    const current = property.enum as unknown[] | undefined;
    property.enum = current ? current.filter((value) => allowed.includes(value)) : allowed;
  }
}

/**
 * One rule as JSON Schema: `if` (every condition, as `allOf`) / `then` (required, forbidden as `not.anyOf`,
 * required_any as `anyOf`, enum as narrowed `properties`); no `when`: the `then` part alone.
 */
export function ruleSchema(rule: InputRule): Schema {
  const then: Schema = {};
  if (rule.required?.length) then.required = [...rule.required];
  if (rule.forbidden?.length) then.not = { anyOf: rule.forbidden.map((name) => ({ required: [name] })) };
  if (rule.required_any?.length) then.anyOf = rule.required_any.map((name) => ({ required: [name] }));
  if (rule.enum)
    then.properties = Object.fromEntries(
      Object.entries(rule.enum).map(([name, allowed]) => [name, { enum: [...allowed] }]),
    );
  const item: Schema = {};
  if (rule.description) item.description = rule.description;
  const conditions = Object.entries(rule.when ?? {});
  if (conditions.length === 0) return { ...item, ...then };
  const holds = conditions.map(([name, condition]) => {
    if (!isPresence(condition)) return { properties: { [name]: { const: condition } }, required: [name] };
    return condition.present ? { required: [name] } : { not: { required: [name] } };
  });
  return { ...item, if: { allOf: holds }, then };
}

/** Whether a rule's `when` holds for a request (the variant's own model rules always hold). */
export function conditionHolds(
  rule: InputRule,
  request: Record<string, unknown>,
  ignoreModel: boolean,
): boolean {
  return Object.entries(rule.when ?? {}).every(([name, condition]) => {
    if (name === "model" && ignoreModel) return true;
    if (isPresence(condition)) return (request[name] !== undefined) === condition.present;
    return request[name] === condition;
  });
}

/**
 * The README's shape rule: when every rule of an action tests the same field by value (`vocal_mode`), that field
 * chooses the request's shape and is required. Presence tests do not count: they expect the field to be absent.
 */
export function shapeField(action: ContractAction): string | undefined {
  const [first, ...rest] = action.rules;
  if (!first?.when) return undefined;
  const byValue = (rule: InputRule, name: string) => {
    const condition = rule.when?.[name];
    return condition !== undefined && !isPresence(condition);
  };
  return Object.keys(first.when).find(
    (name) => name !== "model" && byValue(first, name) && rest.every((rule) => byValue(rule, name)),
  );
}
