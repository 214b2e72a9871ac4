// Generated from specs/flux-kontext.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { type ActionClient, type ClientOptions, RunAPIClient } from "@runapi.ai/core";
import { catalog, type FluxKontextActions, type FluxKontextModels } from "./generated/variants.js";

/** The actions of Flux Kontext, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** text_to_image: `POST /api/v1/flux_kontext/text_to_image` — flux-kontext-max, flux-kontext-pro. */
  readonly textToImage: ActionClient<FluxKontextActions["text_to_image"]>;
}

/**
 * The Flux Kontext client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"flux-kontext-max","prompt":"A lighthouse on a cliff at dawn, oil painting"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<FluxKontextModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { FluxKontextActions, FluxKontextModel, FluxKontextModels, FluxKontextParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
