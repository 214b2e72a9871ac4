import type { FamilyHelp, VariantHelp } from "./family-entry.js";

/** A variant's help: its action's entry for its model (or for the action, when it takes no model). */
export function variantHelp(
  help: FamilyHelp,
  variant: { action: string; model?: string | undefined },
): VariantHelp | undefined {
  const byModel = Object.hasOwn(help, variant.action) ? help[variant.action] : undefined;
  const key = variant.model ?? variant.action;
  return byModel && Object.hasOwn(byModel, key) ? byModel[key] : undefined;
}
