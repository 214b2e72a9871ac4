// Generated from specs/pixverse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type PixverseActions, type PixverseModels } from "./generated/variants.js";

/** The actions of PixVerse, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_video: `POST /api/v1/pixverse/edit_video` — pixverse-v6. */
  readonly editVideo: ActionClient<PixverseActions["edit_video"]>;
  /** extend_video: `POST /api/v1/pixverse/extend_video` — pixverse-v6. */
  readonly extendVideo: ActionClient<PixverseActions["extend_video"]>;
  /** image_to_video: `POST /api/v1/pixverse/image_to_video` — pixverse-v6. */
  readonly imageToVideo: ActionClient<PixverseActions["image_to_video"]>;
  /** text_to_video: `POST /api/v1/pixverse/text_to_video` — pixverse-v6. */
  readonly textToVideo: ActionClient<PixverseActions["text_to_video"]>;
  /** transition_video: `POST /api/v1/pixverse/transition_video` — pixverse-v6. */
  readonly transitionVideo: ActionClient<PixverseActions["transition_video"]>;
}

/**
 * The PixVerse client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.editVideo.run({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"16:9"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<PixverseModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a PixVerse task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<PixverseModels, Pick<PixverseActions, "edit_video" | "extend_video" | "image_to_video" | "text_to_video" | "transition_video">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { PixverseActions, PixverseModel, PixverseModels, PixverseParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
