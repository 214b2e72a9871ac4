// Generated from specs/qwen-3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type Qwen3Actions, type Qwen3Models } from "./generated/variants.js";

/** The actions of Qwen 3, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_image: `POST /api/v1/qwen_3/edit_image` — qwen-3-edit-image, qwen-3-pro-edit-image. */
  readonly editImage: ActionClient<Qwen3Actions["edit_image"]>;
  /** text_to_image: `POST /api/v1/qwen_3/text_to_image` — qwen-3-pro-text-to-image, qwen-3-text-to-image. */
  readonly textToImage: ActionClient<Qwen3Actions["text_to_image"]>;
}

/**
 * The Qwen 3 client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<Qwen3Models> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Qwen 3 task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<Qwen3Models> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { Qwen3Actions, Qwen3Model, Qwen3Models, Qwen3Params } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
