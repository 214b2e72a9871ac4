// Generated from specs/ by `pnpm generate`. Do not edit: change a spec or the generator.
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

/** A family's help by model id (or by action, for an action without a model). */
export type FamilyHelp = Readonly<Record<string, VariantHelp>>;

/** One row of the generated family list (families.ts). */
export interface FamilyEntry {
  title: string;
  provider: string;
  modality: string;
  load: () => Promise<FamilyModule>;
  help: () => Promise<{ help: FamilyHelp }>;
}
