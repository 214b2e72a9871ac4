// Generated from specs/seedance.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type SeedanceActions, type SeedanceModels } from "./generated/variants.js";

/** The actions of Seedance, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** text_to_video: `POST /api/v1/seedance/text_to_video` — seedance-1.5-pro, seedance-2-mini, seedance-2.0, seedance-2.0-fast, seedance-2.5, seedance-v1-pro, seedance-v1-pro-fast. */
  readonly textToVideo: ActionClient<SeedanceActions["text_to_video"]>;
}

/**
 * The Seedance client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"seedance-1.5-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<SeedanceModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Seedance task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<SeedanceModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { SeedanceActions, SeedanceModel, SeedanceModels, SeedanceParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
