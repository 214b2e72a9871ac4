// Generated from specs/runway.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type RunwayActions, type RunwayModels } from "./generated/variants.js";

/** The actions of Runway, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** extend_video: `POST /api/v1/runway/extend_video` — runway. */
  readonly extendVideo: ActionClient<RunwayActions["extend_video"]>;
  /** text_to_video: `POST /api/v1/runway/text_to_video` — runway. */
  readonly textToVideo: ActionClient<RunwayActions["text_to_video"]>;
}

/**
 * The Runway client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.extendVideo.run({"model":"runway","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<RunwayModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Runway task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<RunwayModels, Pick<RunwayActions, "extend_video" | "text_to_video">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { RunwayActions, RunwayModel, RunwayModels, RunwayParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
