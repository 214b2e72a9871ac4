import type { ValidationIssue } from "../errors/error-ladder.js";
import { enumMatches, enumText } from "./field-problem.js";
import type { Rule } from "./input-schema.js";
import { isAbsent } from "./is-absent.js";

/**
 * What the cross-field rules that hold say about a request, rule by rule in order, each rule's required fields,
 * then its forbidden ones, its required_any and its enums. A rule holds while each of its conditions does: a
 * value condition when the field is there and equal as text (`6` and `"6"` alike), a presence condition as
 * `isAbsent` counts presence.
 */
export function ruleProblems(rules: readonly Rule[], record: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  const present = (name: string) => !isAbsent(record[name]);
  for (const { when = {}, required = [], forbidden = [], requiredAny, enum: allowed = {} } of rules) {
    let holds = true;
    let suffix = "";
    for (const [name, expected] of Object.entries(when)) {
      const presence = typeof expected === "object";
      holds &&= presence
        ? expected.present === present(name)
        : present(name) && String(record[name]) === String(expected);
      const stated = presence ? (expected.present ? "present" : "absent") : expected;
      suffix += `${suffix ? " and" : " when"} ${name} is ${stated}`;
    }
    if (!holds) continue;
    for (const name of required) if (!present(name)) report(name, `${name} is required${suffix}`);
    for (const name of forbidden) if (present(name)) report(name, `${name} is not allowed${suffix}`);
    if (requiredAny && !requiredAny.some(present)) {
      report(requiredAny[0] as string, `one of ${requiredAny.join(", ")} is required${suffix}`);
    }
    for (const [name, values] of Object.entries(allowed)) {
      if (present(name) && !values.some((member) => enumMatches(member, record[name]))) {
        report(name, `${name} must be one of: ${enumText(values)}${suffix}`);
      }
    }
  }
  return issues;
}
