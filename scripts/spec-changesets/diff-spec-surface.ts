import type { ActionModel, FamilyModel, SpecSurface, VariantModel } from "../../packages/spec/src/index.ts";
import { diffInputSchema } from "./diff-input-schema.ts";
import { diffPriceRule } from "./diff-price-rule.ts";
import { diffRules } from "./diff-rules.ts";
import type { SpecChange } from "./spec-change.ts";

/**
 * What changed in a family package's public surface between two versions of its spec; `before` is
 * undefined for a new family. An empty list means the package need not be released.
 */
export function diffSpecSurfaces(before: SpecSurface | undefined, after: SpecSurface): SpecChange[] {
  const { family } = after;
  if (!before) {
    // A model id several actions share is named once.
    const models = [...new Set(variantsOf(family).map(({ variant }) => variant.model))];
    return [
      {
        bump: "minor",
        summary: `first release of ${family.packageName}: ${family.title} (${family.provider}) with ${models.join(", ")}`,
      },
    ];
  }
  const changes: SpecChange[] = [...diffFamily(before.family, family)];
  // A model id may serve several actions: a variant is its action's path and its model.
  const keyOf = ({ action, variant }: Entry) => `${action.path} ${variant.model}`;
  const old = new Map(variantsOf(before.family).map((entry) => [keyOf(entry), entry]));
  const labelOf = variantLabels(before.family, family);
  for (const entry of variantsOf(family)) {
    const previous = old.get(keyOf(entry));
    if (previous) changes.push(...diffVariant(previous, entry, labelOf(entry)));
    else
      changes.push({
        bump: "minor",
        summary: `new variant ${entry.variant.model} (POST ${entry.action.path})`,
      });
  }
  const current = new Set(variantsOf(family).map(keyOf));
  for (const [key, entry] of old) {
    if (!current.has(key)) changes.push({ bump: "major", summary: `removed variant ${labelOf(entry)}` });
  }
  for (const [operation, types] of after.operations) {
    const was = before.operations.get(operation);
    if (was !== undefined && was !== types) {
      changes.push({ bump: "minor", summary: `parameter or response types of ${operation} changed` });
    }
  }
  for (const at of after.deprecations) {
    if (!before.deprecations.has(at)) changes.push({ bump: "minor", summary: `deprecated: ${at}` });
  }
  for (const at of before.deprecations) {
    if (!after.deprecations.has(at)) changes.push({ bump: "minor", summary: `no longer deprecated: ${at}` });
  }
  changes.push(...diffDocumentation(before.documentation, after.documentation, changes.length === 0));
  return everyVariant(changes, variantsOf(family), labelOf);
}

type Entry = { action: ActionModel; variant: VariantModel };

function variantsOf(family: FamilyModel): Entry[] {
  return family.actions.flatMap((action) => action.variants.map((variant) => ({ action, variant })));
}

/**
 * How notes name a variant: its model id, or `<model> (POST <path>)` when several actions of the family serve
 * that model id, before or after the change.
 */
function variantLabels(before: FamilyModel, after: FamilyModel): (entry: Entry) => string {
  const shared = new Set<string>();
  for (const family of [before, after]) {
    const seen = new Set<string>();
    for (const { variant } of variantsOf(family)) {
      if (seen.has(variant.model)) shared.add(variant.model);
      seen.add(variant.model);
    }
  }
  return ({ action, variant }) =>
    shared.has(variant.model) ? `${variant.model} (POST ${action.path})` : variant.model;
}

/**
 * `describeChanges` notes a change made to every variant "in every variant" by comparing model ids, which
 * labels with endpoints do not match: when the family shares model ids, such a change is worded here.
 */
function everyVariant(
  changes: SpecChange[],
  entries: Entry[],
  labelOf: (entry: Entry) => string,
): SpecChange[] {
  const labels = entries.map(labelOf);
  if (labels.length < 2 || entries.every((entry, index) => labels[index] === entry.variant.model))
    return changes;
  const variants = new Map<string, Set<string>>();
  for (const { bump, summary, variant } of changes) {
    if (variant === undefined) continue;
    const key = `${bump}\n${summary}`;
    variants.set(key, (variants.get(key) ?? new Set()).add(variant));
  }
  return changes.map((change) => {
    const named = variants.get(`${change.bump}\n${change.summary}`);
    if (!named || !labels.every((label) => named.has(label))) return change;
    return { bump: change.bump, summary: `${change.summary} in every variant` };
  });
}

function diffFamily(before: FamilyModel, after: FamilyModel): SpecChange[] {
  const changes: SpecChange[] = [];
  if (before.provider !== after.provider) {
    changes.push({ bump: "patch", summary: `provider: ${before.provider} → ${after.provider}` });
  }
  if (before.modality !== after.modality) {
    changes.push({ bump: "minor", summary: `modality: ${before.modality} → ${after.modality}` });
  }
  // servers[0] is the client's default origin: a client without baseURL or RUNAPI_BASE_URL now calls another.
  if (before.baseURL !== after.baseURL) {
    changes.push({ bump: "minor", summary: `default base URL: ${before.baseURL} → ${after.baseURL}` });
  }
  // Operation ids name the exported `operations` types, so renaming one breaks code that imports it.
  const actions = new Map(before.actions.map((action) => [action.path, action]));
  for (const action of after.actions) {
    const previous = actions.get(action.path);
    if (!previous) continue;
    for (const key of ["createOperationId", "getOperationId"] as const) {
      if (previous[key] !== action[key]) {
        changes.push({
          bump: "major",
          summary: `operation ${previous[key] ?? "(none)"} of ${action.path} renamed to ${action[key] ?? "(none)"}`,
        });
      }
    }
  }
  return changes;
}

/** `label` names the variant in notes: its model id, with its endpoint when the model id is shared. */
function diffVariant(before: Entry, after: Entry, label: string): SpecChange[] {
  const { model } = after.variant;
  const changes: SpecChange[] = [];
  if (before.action.path !== after.action.path) {
    changes.push({
      bump: "patch",
      summary: `endpoint of ${model}: POST ${before.action.path} → POST ${after.action.path}`,
    });
  }
  if (before.variant.schemaName !== after.variant.schemaName) {
    changes.push({
      bump: "major",
      summary: `request type of ${label} renamed: ${before.variant.schemaName} → ${after.variant.schemaName}`,
    });
  }
  const [was, is] = [before.variant.status, after.variant.status];
  if (is === "deprecated" && was !== "deprecated") {
    changes.push({ bump: "minor", summary: `${label} is deprecated` });
  } else if (was === "deprecated" && is !== "deprecated") {
    changes.push({ bump: "minor", summary: `${label} is no longer deprecated (now ${is})` });
  } else if (was !== is) {
    changes.push({ bump: "patch", summary: `status of ${label}: ${was} → ${is}` });
  }
  // The task kind decides what `create` answers with (a task to wait for, or the result).
  if (before.variant.task !== after.variant.task) {
    changes.push({
      bump: "major",
      summary: `task of ${label}: ${before.variant.task} → ${after.variant.task}`,
    });
  }
  changes.push(...diffPriceRule(label, before.variant.price, after.variant.price));
  changes.push(...diffInputSchema(before.variant.input, after.variant.input, label));
  changes.push(...diffRules(before.variant.input.rules, after.variant.input.rules, label));
  return changes;
}

/**
 * Changed descriptions, titles and examples are a patch. Text that appears or disappears with a new or
 * removed variant is part of that change, so it is listed only when nothing else changed.
 */
function diffDocumentation(
  before: Map<string, string>,
  after: Map<string, string>,
  onlyDocumentation: boolean,
): SpecChange[] {
  const changes: SpecChange[] = [];
  for (const [at, text] of after) {
    const was = before.get(at);
    if (was === undefined) {
      if (onlyDocumentation) changes.push({ bump: "patch", summary: `documentation added: ${at}` });
    } else if (was !== text) {
      changes.push({ bump: "patch", summary: `documentation changed: ${at}` });
    }
  }
  if (onlyDocumentation) {
    for (const at of before.keys()) {
      if (!after.has(at)) changes.push({ bump: "patch", summary: `documentation removed: ${at}` });
    }
  }
  return changes;
}
