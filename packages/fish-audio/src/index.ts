// Generated from specs/fish-audio.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type FishAudioActions, type FishAudioModels } from "./generated/variants.js";

/** The actions of Fish Audio, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** create_voice: `POST /api/v1/fish_audio/create_voice` (no model). */
  readonly createVoice: ActionClient<FishAudioActions["create_voice"]>;
  /** get_voice: `POST /api/v1/fish_audio/get_voice` (no model). */
  readonly getVoice: ActionClient<FishAudioActions["get_voice"]>;
  /** list_voices: `POST /api/v1/fish_audio/list_voices` (no model). */
  readonly listVoices: ActionClient<FishAudioActions["list_voices"]>;
  /** text_to_speech: `POST /api/v1/fish_audio/text_to_speech` — s1, s2-pro, s2.1-pro. */
  readonly textToSpeech: ActionClient<FishAudioActions["text_to_speech"]>;
}

/**
 * The Fish Audio client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.createVoice.run({"name":"Studio Voice","source_audio_url":"https://example.com/source.mp3"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<FishAudioModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Fish Audio task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<FishAudioModels, Pick<FishAudioActions, "create_voice" | "get_voice" | "list_voices">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { FishAudioActions, FishAudioModel, FishAudioModels, FishAudioParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
