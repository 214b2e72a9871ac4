// Generated from specs/grok-imagine.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type GrokImagineActions, type GrokImagineModels } from "./generated/variants.js";

/** The actions of Grok Imagine, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** edit_image: `POST /api/v1/grok_imagine/edit_image` — grok-imagine-edit-image, grok-imagine-image-2-0. */
  readonly editImage: ActionClient<GrokImagineActions["edit_image"]>;
  /** extend_video: `POST /api/v1/grok_imagine/extend_video` (no model). */
  readonly extendVideo: ActionClient<GrokImagineActions["extend_video"]>;
  /** image_to_video: `POST /api/v1/grok_imagine/image_to_video` — grok-imagine-image-to-video, grok-imagine-video-1.5-fast, grok-imagine-video-1.5-preview. */
  readonly imageToVideo: ActionClient<GrokImagineActions["image_to_video"]>;
  /** segment_map: `POST /api/v1/grok_imagine/segment_map` — grok-imagine-image-2-0. */
  readonly segmentMap: ActionClient<GrokImagineActions["segment_map"]>;
  /** text_to_image: `POST /api/v1/grok_imagine/text_to_image` — grok-imagine-image-2-0, grok-imagine-text-to-image. */
  readonly textToImage: ActionClient<GrokImagineActions["text_to_image"]>;
  /** text_to_video: `POST /api/v1/grok_imagine/text_to_video` — grok-imagine-text-to-video, grok-imagine-video-1.5-fast, grok-imagine-video-1.5-preview. */
  readonly textToVideo: ActionClient<GrokImagineActions["text_to_video"]>;
  /** upscale_image: `POST /api/v1/grok_imagine/upscale_image` (no model). */
  readonly upscaleImage: ActionClient<GrokImagineActions["upscale_image"]>;
}

/**
 * The Grok Imagine client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"grok-imagine-edit-image","source_image_url":"https://example.com/source.png","prompt":"A lighthouse on a cliff at dawn, oil painting"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<GrokImagineModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Grok Imagine task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<GrokImagineModels, Pick<GrokImagineActions, "edit_image" | "extend_video" | "image_to_video" | "segment_map" | "text_to_image" | "text_to_video" | "upscale_image">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { GrokImagineActions, GrokImagineModel, GrokImagineModels, GrokImagineParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
