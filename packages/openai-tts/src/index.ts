// Generated from specs/openai-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type OpenaiTtsActions, type OpenaiTtsModels } from "./generated/variants.js";

/** The actions of OpenAI TTS, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** text_to_speech: `POST /api/v1/openai_tts/text_to_speech` — tts-1, tts-1-hd. */
  readonly textToSpeech: ActionClient<OpenaiTtsActions["text_to_speech"]>;
}

/**
 * The OpenAI TTS client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"tts-1","text":"Hello from RunAPI. This is a short test of the voice."});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<OpenaiTtsModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a OpenAI TTS task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<OpenaiTtsModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { OpenaiTtsActions, OpenaiTtsModel, OpenaiTtsModels, OpenaiTtsParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
