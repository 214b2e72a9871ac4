// Generated from specs/minimax-h3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type MinimaxH3Actions, type MinimaxH3Models } from "./generated/variants.js";

/** The actions of MiniMax H3, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** image_to_video: `POST /api/v1/minimax_h3/image_to_video` — minimax-h3. */
  readonly imageToVideo: ActionClient<MinimaxH3Actions["image_to_video"]>;
  /** text_to_video: `POST /api/v1/minimax_h3/text_to_video` — minimax-h3. */
  readonly textToVideo: ActionClient<MinimaxH3Actions["text_to_video"]>;
}

/**
 * The MiniMax H3 client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.imageToVideo.run({"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<MinimaxH3Models> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a MiniMax H3 task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<MinimaxH3Models, Pick<MinimaxH3Actions, "image_to_video" | "text_to_video">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { MinimaxH3Actions, MinimaxH3Model, MinimaxH3Models, MinimaxH3Params } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
