// Generated from specs/imagen-4.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type Imagen4Actions, type Imagen4Models } from "./generated/variants.js";

/** The actions of Imagen 4, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** remix_image: `POST /api/v1/imagen_4/remix_image` — imagen-4-pro-remix-image. */
  readonly remixImage: ActionClient<Imagen4Actions["remix_image"]>;
  /** text_to_image: `POST /api/v1/imagen_4/text_to_image` — imagen-4, imagen-4-fast, imagen-4-ultra. */
  readonly textToImage: ActionClient<Imagen4Actions["text_to_image"]>;
}

/**
 * The Imagen 4 client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<Imagen4Models> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Imagen 4 task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<Imagen4Models> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { Imagen4Actions, Imagen4Model, Imagen4Models, Imagen4Params } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
