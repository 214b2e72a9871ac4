// Generated from specs/runway-aleph.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { type ActionClient, type ClientOptions, RunAPIClient } from "@runapi.ai/core";
import { catalog, type RunwayAlephActions, type RunwayAlephModels } from "./generated/variants.js";

/** The actions of Runway Aleph, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_video: `POST /api/v1/runway_aleph/edit_video` — runway-aleph. */
  readonly editVideo: ActionClient<RunwayAlephActions["edit_video"]>;
}

/**
 * The Runway Aleph client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"runway-aleph","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<RunwayAlephModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { RunwayAlephActions, RunwayAlephModel, RunwayAlephModels, RunwayAlephParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
