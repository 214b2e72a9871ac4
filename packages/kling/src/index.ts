// Generated from specs/kling.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type KlingActions, type KlingModels } from "./generated/variants.js";

/** The actions of Kling, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** ai_avatar: `POST /api/v1/kling/ai_avatar` — kling-ai-avatar-pro, kling-ai-avatar-standard, kling-ai-avatar-v1-pro, kling-v1-avatar-standard. */
  readonly aiAvatar: ActionClient<KlingActions["ai_avatar"]>;
  /** edit_video: `POST /api/v1/kling/edit_video` — kling-v3-omni-edit, kling-v3-omni-reference. */
  readonly editVideo: ActionClient<KlingActions["edit_video"]>;
  /** extend_video: `POST /api/v1/kling/extend_video` — kling-v2.5-turbo-image-to-video-pro, kling-v2.5-turbo-text-to-video-pro. */
  readonly extendVideo: ActionClient<KlingActions["extend_video"]>;
  /** image_to_video: `POST /api/v1/kling/image_to_video` — kling-o1, kling-v2.1-master-image-to-video, kling-v2.1-pro, kling-v2.1-standard, kling-v2.5-turbo-image-to-video-pro, kling-v2.6, kling-v3-omni, kling-v3-turbo-image-to-video. */
  readonly imageToVideo: ActionClient<KlingActions["image_to_video"]>;
  /** motion_control: `POST /api/v1/kling/motion_control` — kling-3.0, kling-v2.6. */
  readonly motionControl: ActionClient<KlingActions["motion_control"]>;
  /** text_to_video: `POST /api/v1/kling/text_to_video` — kling-3.0, kling-o1, kling-v2.1-master-text-to-video, kling-v2.5-turbo-text-to-video-pro, kling-v2.6, kling-v3-omni, kling-v3-omni-reference, kling-v3-turbo-text-to-video. */
  readonly textToVideo: ActionClient<KlingActions["text_to_video"]>;
}

/**
 * The Kling client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"kling-ai-avatar-pro","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<KlingModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Kling task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<KlingModels, Pick<KlingActions, "edit_video" | "extend_video" | "image_to_video" | "motion_control" | "text_to_video">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { KlingActions, KlingModel, KlingModels, KlingParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
