import type { Catalog, ClientOptions, RunAPIClient } from "@runapi.ai/core";

/** A variant a model id names: its family, its action, and its model (absent for an action that takes none). */
export interface ModelRoute {
  family: string;
  action: string;
  model?: string;
}

/** Model ids of one kind (image, speech), each with the variants it names, generated from specs/. */
export type ModelTable = Readonly<Record<string, readonly ModelRoute[]>>;

/** What a family package exports that the provider uses: its client class and its variant table. */
export interface FamilyModule {
  RunAPI: new (options?: string | ClientOptions) => RunAPIClient<any>;
  catalog: Catalog;
}
