// Generated from specs/gemini-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type GeminiTtsActions, type GeminiTtsModels } from "./generated/variants.js";

/** The actions of Gemini TTS, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** text_to_speech: `POST /api/v1/gemini_tts/text_to_speech` — gemini-2.5-pro-tts, gemini-3.1-flash-tts. */
  readonly textToSpeech: ActionClient<GeminiTtsActions["text_to_speech"]>;
}

/**
 * The Gemini TTS client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"gemini-2.5-pro-tts","speakers":[{"speaker_id":"Speaker 1","voice_name":"Achernar"}],"dialogue_turns":[{"text":"Hello from RunAPI. This is a short test of the voice.","speaker_id":"Speaker 1"}]});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<GeminiTtsModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Gemini TTS task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<GeminiTtsModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { GeminiTtsActions, GeminiTtsModel, GeminiTtsModels, GeminiTtsParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
