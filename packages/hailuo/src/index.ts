// Generated from specs/hailuo.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type HailuoActions, type HailuoModels } from "./generated/variants.js";

/** The actions of Hailuo, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** image_to_video: `POST /api/v1/hailuo/image_to_video` — hailuo-02-image-to-video-pro, hailuo-02-image-to-video-standard, hailuo-2.3-image-to-video-pro, hailuo-2.3-image-to-video-standard. */
  readonly imageToVideo: ActionClient<HailuoActions["image_to_video"]>;
  /** text_to_video: `POST /api/v1/hailuo/text_to_video` — hailuo-02-text-to-video-pro, hailuo-02-text-to-video-standard. */
  readonly textToVideo: ActionClient<HailuoActions["text_to_video"]>;
}

/**
 * The Hailuo client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"hailuo-02-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<HailuoModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Hailuo task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<HailuoModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { HailuoActions, HailuoModel, HailuoModels, HailuoParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
