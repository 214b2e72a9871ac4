// Generated from specs/qwen-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type QwenImageActions, type QwenImageModels } from "./generated/variants.js";

/** The actions of Qwen Image, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_image: `POST /api/v1/qwen_image/edit_image` — qwen-image-edit-image. */
  readonly editImage: ActionClient<QwenImageActions["edit_image"]>;
  /** remix_image: `POST /api/v1/qwen_image/remix_image` — qwen-image-remix-image. */
  readonly remixImage: ActionClient<QwenImageActions["remix_image"]>;
  /** text_to_image: `POST /api/v1/qwen_image/text_to_image` — qwen-image-text-to-image. */
  readonly textToImage: ActionClient<QwenImageActions["text_to_image"]>;
}

/**
 * The Qwen Image client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<QwenImageModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Qwen Image task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<QwenImageModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { QwenImageActions, QwenImageModel, QwenImageModels, QwenImageParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
