export { conditionText, type RuleBreak, ruleBreaks, ruleIssues } from "./break-rules.js";
export type {
  ActionModel,
  FamilyModel,
  OutputKind,
  ServedAction,
  ServedFamily,
  ServedVariant,
  VariantModel,
} from "./family-model.js";
export { pointer } from "./json-pointer.js";
export { type LoadedSpec, loadSpec, type RefTarget } from "./load-spec.js";
export { pascal } from "./pascal.js";
export { readFamily, readServedFamily } from "./read-family.js";
export { RANGE_KEY } from "./read-price.js";
export { readSpecFolder } from "./read-spec-folder.js";
export { readSpecSurface, type SpecSurface } from "./read-spec-surface.js";
export { formatProblem, SpecCrash, SpecError, type SpecProblem } from "./spec-problem.js";
