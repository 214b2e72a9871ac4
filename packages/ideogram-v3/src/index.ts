// Generated from specs/ideogram-v3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type IdeogramV3Actions, type IdeogramV3Models } from "./generated/variants.js";

/** The actions of Ideogram V3, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_image: `POST /api/v1/ideogram_v3/edit_image` — ideogram-v3-character-edit, ideogram-v3-edit. */
  readonly editImage: ActionClient<IdeogramV3Actions["edit_image"]>;
  /** reframe_image: `POST /api/v1/ideogram_v3/reframe_image` — ideogram-v3-reframe. */
  readonly reframeImage: ActionClient<IdeogramV3Actions["reframe_image"]>;
  /** remix_image: `POST /api/v1/ideogram_v3/remix_image` — ideogram-v3-character-remix, ideogram-v3-remix. */
  readonly remixImage: ActionClient<IdeogramV3Actions["remix_image"]>;
  /** text_to_image: `POST /api/v1/ideogram_v3/text_to_image` — ideogram-v3-character, ideogram-v3-text-to-image. */
  readonly textToImage: ActionClient<IdeogramV3Actions["text_to_image"]>;
}

/**
 * The Ideogram V3 client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"]});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<IdeogramV3Models> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Ideogram V3 task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<IdeogramV3Models> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { IdeogramV3Actions, IdeogramV3Model, IdeogramV3Models, IdeogramV3Params } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
