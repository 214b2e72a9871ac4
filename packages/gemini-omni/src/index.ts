// Generated from specs/gemini-omni.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type GeminiOmniActions, type GeminiOmniModels } from "./generated/variants.js";

/** The actions of Gemini Omni, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** create_audio: `POST /api/v1/gemini_omni/create_audio` — gemini-omni-audio. */
  readonly createAudio: ActionClient<GeminiOmniActions["create_audio"]>;
  /** create_character: `POST /api/v1/gemini_omni/create_character` — gemini-omni-character. */
  readonly createCharacter: ActionClient<GeminiOmniActions["create_character"]>;
  /** text_to_video: `POST /api/v1/gemini_omni/text_to_video` — gemini-omni-flash-preview, gemini-omni-text-to-video. */
  readonly textToVideo: ActionClient<GeminiOmniActions["text_to_video"]>;
}

/**
 * The Gemini Omni client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"gemini-omni-audio","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<GeminiOmniModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Gemini Omni task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<GeminiOmniModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { GeminiOmniActions, GeminiOmniModel, GeminiOmniModels, GeminiOmniParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
