export type { FamilyEntry, FamilyHelp, FamilyModule, VariantHelp } from "./family-entry.js";
export { families } from "./generated/families.js";
export { variantHelp } from "./variant-help.js";
