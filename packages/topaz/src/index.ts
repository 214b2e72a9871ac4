// Generated from specs/topaz.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type TopazActions, type TopazModels } from "./generated/variants.js";

/** The actions of Topaz, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** upscale_image: `POST /api/v1/topaz/upscale_image` — topaz-upscale-image. */
  readonly upscaleImage: ActionClient<TopazActions["upscale_image"]>;
  /** upscale_video: `POST /api/v1/topaz/upscale_video` — topaz-upscale-video. */
  readonly upscaleVideo: ActionClient<TopazActions["upscale_video"]>;
}

/**
 * The Topaz client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"topaz-upscale-image","source_image_url":"https://example.com/source.png","upscale_factor":1});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<TopazModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Topaz task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<TopazModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { TopazActions, TopazModel, TopazModels, TopazParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
