// Generated from specs/infinitetalk.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type InfinitetalkActions, type InfinitetalkModels } from "./generated/variants.js";

/** The actions of InfiniteTalk, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** audio_to_video: `POST /api/v1/infinitetalk/audio_to_video` — infinitetalk-from-audio. */
  readonly audioToVideo: ActionClient<InfinitetalkActions["audio_to_video"]>;
}

/**
 * The InfiniteTalk client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"infinitetalk-from-audio","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<InfinitetalkModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a InfiniteTalk task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<InfinitetalkModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { InfinitetalkActions, InfinitetalkModel, InfinitetalkModels, InfinitetalkParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
