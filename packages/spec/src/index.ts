export { conditionText, type RuleBreak, ruleBreaks, ruleIssues } from "./break-rules.js";
export {
  type ActionModel,
  DOCUMENTATION_KEYWORDS,
  ENFORCED_KEYWORDS,
  type FamilyModel,
  MODALITIES,
  type OutputKind,
  type ServedAction,
  type ServedFamily,
  type ServedVariant,
  TASK_KINDS,
  VARIANT_STATUSES,
  type VariantModel,
} from "./family-model.js";
export { pointer, resolvePointer } from "./json-pointer.js";
export { type LoadedSpec, loadSpec, type RefTarget } from "./load-spec.js";
export { pascal } from "./pascal.js";
export { readFamily, readServedFamily } from "./read-family.js";
export { PRICE_UNITS, RANGE_KEY, readPrice } from "./read-price.js";
export { readRules } from "./read-rules.js";
export { readSpecFolder } from "./read-spec-folder.js";
export { readSpecSurface, type SpecSurface } from "./read-spec-surface.js";
export { formatProblem, SpecCrash, SpecError, type SpecProblem } from "./spec-problem.js";
