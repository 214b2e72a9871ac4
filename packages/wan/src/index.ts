// Generated from specs/wan.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type WanActions, type WanModels } from "./generated/variants.js";

/** The actions of Wan, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** animate: `POST /api/v1/wan/animate` — wan-2.2-animate-move, wan-2.2-animate-replace. */
  readonly animate: ActionClient<WanActions["animate"]>;
  /** edit_video: `POST /api/v1/wan/edit_video` — wan-2.6-edit-video, wan-2.6-flash-edit-video, wan-2.7-edit-video. */
  readonly editVideo: ActionClient<WanActions["edit_video"]>;
  /** image_to_video: `POST /api/v1/wan/image_to_video` — wan-2.2-a14b-image-to-video-turbo, wan-2.5-image-to-video, wan-2.6-flash-image-to-video, wan-2.6-image-to-video, wan-2.7-image-to-video. */
  readonly imageToVideo: ActionClient<WanActions["image_to_video"]>;
  /** speech_to_video: `POST /api/v1/wan/speech_to_video` — wan-2.2-a14b-speech-to-video-turbo. */
  readonly speechToVideo: ActionClient<WanActions["speech_to_video"]>;
  /** text_to_image: `POST /api/v1/wan/text_to_image` — wan-2.7-image, wan-2.7-image-pro. */
  readonly textToImage: ActionClient<WanActions["text_to_image"]>;
  /** text_to_video: `POST /api/v1/wan/text_to_video` — wan-2.2-a14b-text-to-video-turbo, wan-2.5-text-to-video, wan-2.6-text-to-video, wan-2.7-r2v, wan-2.7-text-to-video. */
  readonly textToVideo: ActionClient<WanActions["text_to_video"]>;
}

/**
 * The Wan client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"wan-2.2-animate-move","source_image_url":"https://example.com/source.png","reference_video_url":"https://example.com/reference.mp4"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<WanModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Wan task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<WanModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { WanActions, WanModel, WanModels, WanParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
