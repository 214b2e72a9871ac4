// Generated from specs/veo-3-1.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type Veo31Actions, type Veo31Models } from "./generated/variants.js";

/** The actions of Veo 3.1, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** extend_video: `POST /api/v1/veo_3_1/extend_video` (no model). */
  readonly extendVideo: ActionClient<Veo31Actions["extend_video"]>;
  /** text_to_video: `POST /api/v1/veo_3_1/text_to_video` — veo-3.1, veo-3.1-fast, veo-3.1-lite. */
  readonly textToVideo: ActionClient<Veo31Actions["text_to_video"]>;
  /** upscale_video: `POST /api/v1/veo_3_1/upscale_video` (no model). */
  readonly upscaleVideo: ActionClient<Veo31Actions["upscale_video"]>;
}

/**
 * The Veo 3.1 client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.extendVideo.run({"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<Veo31Models> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Veo 3.1 task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<Veo31Models, Pick<Veo31Actions, "extend_video" | "upscale_video">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { Veo31Actions, Veo31Model, Veo31Models, Veo31Params } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
