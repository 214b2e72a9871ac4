// Generated from specs/flux.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type FluxActions, type FluxModels } from "./generated/variants.js";

/** The actions of Flux, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** remix_image: `POST /api/v1/flux/remix_image` — flux-dev, flux-pro. */
  readonly remixImage: ActionClient<FluxActions["remix_image"]>;
  /** text_to_image: `POST /api/v1/flux/text_to_image` — flux-2-klein, flux-dev, flux-pro. */
  readonly textToImage: ActionClient<FluxActions["text_to_image"]>;
}

/**
 * The Flux client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.remixImage.run({"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<FluxModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Flux task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<FluxModels, Pick<FluxActions, "remix_image" | "text_to_image">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { FluxActions, FluxModel, FluxModels, FluxParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
