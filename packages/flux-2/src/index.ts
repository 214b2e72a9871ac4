// Generated from specs/flux-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { type ClientOptions, RunAPIClient } from "@runapi.ai/core";
import { catalog, type Flux2Models } from "./generated/variants.js";

/**
 * The Flux 2 client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9"});
 */
export class RunAPI extends RunAPIClient<Flux2Models> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { Flux2Model, Flux2Models, Flux2Params } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
