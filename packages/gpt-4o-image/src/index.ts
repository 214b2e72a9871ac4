// Generated from specs/gpt-4o-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type Gpt4oImageActions, type Gpt4oImageModels } from "./generated/variants.js";

/** The actions of GPT-4o Image, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** text_to_image: `POST /api/v1/gpt_4o_image/text_to_image` — gpt-4o-image. */
  readonly textToImage: ActionClient<Gpt4oImageActions["text_to_image"]>;
}

/**
 * The GPT-4o Image client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"gpt-4o-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<Gpt4oImageModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a GPT-4o Image task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<Gpt4oImageModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { Gpt4oImageActions, Gpt4oImageModel, Gpt4oImageModels, Gpt4oImageParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
