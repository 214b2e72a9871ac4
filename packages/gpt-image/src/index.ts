// Generated from specs/gpt-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type GptImageActions, type GptImageModels } from "./generated/variants.js";

/** The actions of GPT Image, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_image: `POST /api/v1/gpt_image/edit_image` — gpt-image-1.5. */
  readonly editImage: ActionClient<GptImageActions["edit_image"]>;
  /** text_to_image: `POST /api/v1/gpt_image/text_to_image` — gpt-image-1.5. */
  readonly textToImage: ActionClient<GptImageActions["text_to_image"]>;
}

/**
 * The GPT Image client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.editImage.run({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","quality":"medium"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<GptImageModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a GPT Image task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<GptImageModels, Pick<GptImageActions, "edit_image" | "text_to_image">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { GptImageActions, GptImageModel, GptImageModels, GptImageParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
