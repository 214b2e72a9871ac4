// Generated from specs/happyhorse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type HappyhorseActions, type HappyhorseModels } from "./generated/variants.js";

/** The actions of HappyHorse, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_video: `POST /api/v1/happyhorse/edit_video` — happyhorse-edit-video. */
  readonly editVideo: ActionClient<HappyhorseActions["edit_video"]>;
  /** image_to_video: `POST /api/v1/happyhorse/image_to_video` — happyhorse-1.0-i2v, happyhorse-image-to-video. */
  readonly imageToVideo: ActionClient<HappyhorseActions["image_to_video"]>;
  /** text_to_video: `POST /api/v1/happyhorse/text_to_video` — happyhorse-1.0-r2v, happyhorse-1.0-t2v, happyhorse-character, happyhorse-text-to-video. */
  readonly textToVideo: ActionClient<HappyhorseActions["text_to_video"]>;
}

/**
 * The HappyHorse client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"happyhorse-edit-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<HappyhorseModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a HappyHorse task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<HappyhorseModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { HappyhorseActions, HappyhorseModel, HappyhorseModels, HappyhorseParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
