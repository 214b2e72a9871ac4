import type { Catalog, ClientOptions, RunAPIClient } from "@runapi.ai/core";

/** What a family package exports that a tool uses: its client class and its variant table. */
export interface FamilyModule {
  RunAPI: new (options?: string | ClientOptions) => RunAPIClient<any>;
  catalog: Catalog;
}

/** One variant's help, generated from its spec: title, price in words, and each field's description. */
export interface VariantHelp {
  title: string;
  price: string;
  fields: Readonly<Record<string, string>>;
}

/**
 * A family's help by action, then by model id (or the action again, for an action without a model): one model
 * may serve several actions, each with its own price and fields. `variantHelp` reads it for a variant.
 */
export type FamilyHelp = Readonly<Record<string, Readonly<Record<string, VariantHelp>>>>;

/** One family of the list (generated/families.ts): what it is, and its package and help, each loaded on first use. */
export interface FamilyEntry {
  title: string;
  provider: string;
  modality: string;
  load: () => Promise<FamilyModule>;
  help: () => Promise<{ help: FamilyHelp }>;
}
