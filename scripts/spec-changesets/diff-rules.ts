import type { Rule } from "../../packages/core/src/index.ts";
import { conditionText } from "../../packages/spec/src/index.ts";
import { diffEnum, show } from "./diff-input-schema.ts";
import type { Bump, SpecChange } from "./spec-change.ts";

/** The parts of every rule under one condition, merged: each can only refuse requests. */
interface Restrictions {
  condition: string;
  required: Set<string>;
  forbidden: Set<string>;
  /** Each list as its sorted fields joined with ", ". */
  requiredAny: Set<string>;
  /** The values a field may take under the condition (several enums on one field: what all of them allow). */
  enums: Map<string, Set<string>>;
}

/**
 * The changes between two versions of a variant's cross-field rules. Rules are grouped by their condition and
 * compared part by part: anything that can refuse a request the old rules accepted (a new rule, a field newly
 * required or forbidden, a value no longer allowed) is major; anything that only accepts more is minor.
 */
export function diffRules(
  before: readonly Rule[] | undefined,
  after: readonly Rule[] | undefined,
  variant: string,
): SpecChange[] {
  const changes: SpecChange[] = [];
  const add = (bump: Bump, summary: string) => changes.push({ bump, summary, variant });
  const was = byCondition(before ?? []);
  const is = byCondition(after ?? []);
  for (const key of new Set([...was.keys(), ...is.keys()])) {
    const old = was.get(key);
    const now = is.get(key);
    const condition = (now ?? old)?.condition ?? "";
    const sets = (pick: (rules: Restrictions) => Set<string>) =>
      [old ? pick(old) : new Set<string>(), now ? pick(now) : new Set<string>()] as const;

    const [wasRequired, isRequired] = sets((rules) => rules.required);
    for (const field of minus(isRequired, wasRequired)) add("major", `${field} is now required${condition}`);
    for (const field of minus(wasRequired, isRequired))
      add("minor", `${field} is no longer required${condition}`);

    const [wasForbidden, isForbidden] = sets((rules) => rules.forbidden);
    for (const field of minus(isForbidden, wasForbidden))
      add("major", `${field} is no longer allowed${condition}`);
    for (const field of minus(wasForbidden, isForbidden))
      add("minor", `${field} is allowed again${condition}`);

    const [wasAny, isAny] = sets((rules) => rules.requiredAny);
    for (const fields of minus(isAny, wasAny)) add("major", `one of ${fields} is now required${condition}`);
    for (const fields of minus(wasAny, isAny))
      add("minor", `one of ${fields} is no longer required${condition}`);

    const wasEnums = old?.enums ?? new Map<string, Set<string>>();
    const isEnums = now?.enums ?? new Map<string, Set<string>>();
    for (const field of new Set([...wasEnums.keys(), ...isEnums.keys()])) {
      const from = wasEnums.get(field);
      const to = isEnums.get(field);
      if (!from && to) add("major", `${field} must be one of: ${[...to].join(", ")}${condition}`);
      else if (from && !to) add("minor", `${field} may take any of its values again${condition}`);
      else if (from && to) diffEnum({ enum: [...from] }, { enum: [...to] }, `${field}${condition}`, add);
    }
  }
  return changes;
}

function byCondition(rules: readonly Rule[]): Map<string, Restrictions> {
  const grouped = new Map<string, Restrictions>();
  for (const rule of rules) {
    const when = Object.fromEntries(Object.entries(rule.when ?? {}).sort(([a], [b]) => a.localeCompare(b)));
    const key = JSON.stringify(when);
    let entry = grouped.get(key);
    if (!entry) {
      entry = {
        condition: key === "{}" ? "" : ` when ${conditionText(when)}`,
        required: new Set(),
        forbidden: new Set(),
        requiredAny: new Set(),
        enums: new Map(),
      };
      grouped.set(key, entry);
    }
    for (const field of rule.required ?? []) entry.required.add(field);
    for (const field of rule.forbidden ?? []) entry.forbidden.add(field);
    if (rule.requiredAny) entry.requiredAny.add([...rule.requiredAny].sort().join(", "));
    for (const [field, allowed] of Object.entries(rule.enum ?? {})) {
      const shown = new Set(allowed.map(show));
      const earlier = entry.enums.get(field);
      entry.enums.set(field, earlier ? new Set([...earlier].filter((value) => shown.has(value))) : shown);
    }
  }
  return grouped;
}

function minus(from: Set<string>, without: Set<string>): string[] {
  return [...from].filter((item) => !without.has(item));
}
