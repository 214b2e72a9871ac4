// Generated from specs/gpt-image-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type GptImage2Actions, type GptImage2Models } from "./generated/variants.js";

/** The actions of GPT Image 2, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_image: `POST /api/v1/gpt_image_2/edit_image` — gpt-image-2. */
  readonly editImage: ActionClient<GptImage2Actions["edit_image"]>;
  /** text_to_image: `POST /api/v1/gpt_image_2/text_to_image` — gpt-image-2. */
  readonly textToImage: ActionClient<GptImage2Actions["text_to_image"]>;
}

/**
 * The GPT Image 2 client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.editImage.run({"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<GptImage2Models> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a GPT Image 2 task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<GptImage2Models, Pick<GptImage2Actions, "edit_image" | "text_to_image">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { GptImage2Actions, GptImage2Model, GptImage2Models, GptImage2Params } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
