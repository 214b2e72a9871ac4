// Generated from specs/flux-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type Flux2Actions, type Flux2Models } from "./generated/variants.js";

/** The actions of Flux 2, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** text_to_image: `POST /api/v1/flux_2/text_to_image` — flux-2-pro-text-to-image, flux-2-flex-text-to-image, flux-2-max-text-to-image. */
  readonly textToImage: ActionClient<Flux2Actions["text_to_image"]>;
  /** image_to_image: `POST /api/v1/flux_2/image_to_image` — flux-2-pro-image-to-image, flux-2-flex-image-to-image. */
  readonly imageToImage: ActionClient<Flux2Actions["image_to_image"]>;
  /** remix_image: `POST /api/v1/flux_2/remix_image` — flux-2-flex-remix-image, flux-2-max-remix-image, flux-2-pro-remix-image. */
  readonly remixImage: ActionClient<Flux2Actions["remix_image"]>;
}

/**
 * The Flux 2 client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<Flux2Models> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Flux 2 task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<Flux2Models> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { Flux2Actions, Flux2Model, Flux2Models, Flux2Params } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
