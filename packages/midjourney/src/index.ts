// Generated from specs/midjourney.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type MidjourneyActions, type MidjourneyModels } from "./generated/variants.js";

/** The actions of Midjourney, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_image: `POST /api/v1/midjourney/edit_image` — midjourney-edit-image. */
  readonly editImage: ActionClient<MidjourneyActions["edit_image"]>;
  /** extend_video: `POST /api/v1/midjourney/extend_video` — midjourney-image-to-video. */
  readonly extendVideo: ActionClient<MidjourneyActions["extend_video"]>;
  /** get_seed: `POST /api/v1/midjourney/get_seed` (no model). */
  readonly getSeed: ActionClient<MidjourneyActions["get_seed"]>;
  /** image_to_prompt: `POST /api/v1/midjourney/image_to_prompt` (no model). */
  readonly imageToPrompt: ActionClient<MidjourneyActions["image_to_prompt"]>;
  /** image_to_video: `POST /api/v1/midjourney/image_to_video` — midjourney-image-to-video. */
  readonly imageToVideo: ActionClient<MidjourneyActions["image_to_video"]>;
  /** shorten_prompt: `POST /api/v1/midjourney/shorten_prompt` (no model). */
  readonly shortenPrompt: ActionClient<MidjourneyActions["shorten_prompt"]>;
  /** text_to_image: `POST /api/v1/midjourney/text_to_image` — midjourney-v8.1. */
  readonly textToImage: ActionClient<MidjourneyActions["text_to_image"]>;
}

/**
 * The Midjourney client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<MidjourneyModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Midjourney task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<MidjourneyModels, Pick<MidjourneyActions, "extend_video" | "get_seed" | "image_to_prompt" | "image_to_video" | "shorten_prompt">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { MidjourneyActions, MidjourneyModel, MidjourneyModels, MidjourneyParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
