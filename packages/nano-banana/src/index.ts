// Generated from specs/nano-banana.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type NanoBananaActions, type NanoBananaModels } from "./generated/variants.js";

/** The actions of Nano Banana, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_image: `POST /api/v1/nano_banana/edit_image` — nano-banana-2-lite, nano-banana-edit. */
  readonly editImage: ActionClient<NanoBananaActions["edit_image"]>;
  /** text_to_image: `POST /api/v1/nano_banana/text_to_image` — nano-banana, nano-banana-2, nano-banana-2-lite, nano-banana-pro. */
  readonly textToImage: ActionClient<NanoBananaActions["text_to_image"]>;
}

/**
 * The Nano Banana client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.editImage.run({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto","source_image_urls":["https://example.com/source.png"]});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<NanoBananaModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Nano Banana task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<NanoBananaModels, Pick<NanoBananaActions, "edit_image" | "text_to_image">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { NanoBananaActions, NanoBananaModel, NanoBananaModels, NanoBananaParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
