// Generated from specs/seedream.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type SeedreamActions, type SeedreamModels } from "./generated/variants.js";

/** The actions of Seedream, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** decompose_layers: `POST /api/v1/seedream/decompose_layers` — seedream-5-pro-layer-decomposition. */
  readonly decomposeLayers: ActionClient<SeedreamActions["decompose_layers"]>;
  /** edit_image: `POST /api/v1/seedream/edit_image` — seedream-4.5-edit, seedream-5-lite-edit, seedream-5-pro-edit, seedream-v4-edit. */
  readonly editImage: ActionClient<SeedreamActions["edit_image"]>;
  /** text_to_image: `POST /api/v1/seedream/text_to_image` — seedream-4.5-text-to-image, seedream-5-lite-text-to-image, seedream-5-pro-text-to-image, seedream-v4-text-to-image. */
  readonly textToImage: ActionClient<SeedreamActions["text_to_image"]>;
}

/**
 * The Seedream client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<SeedreamModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Seedream task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<SeedreamModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { SeedreamActions, SeedreamModel, SeedreamModels, SeedreamParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
