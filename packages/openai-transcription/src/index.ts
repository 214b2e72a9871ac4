// Generated from specs/openai-transcription.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type OpenaiTranscriptionActions, type OpenaiTranscriptionModels } from "./generated/variants.js";

/** The actions of OpenAI Transcription, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** speech_to_text: `POST /api/v1/openai_transcription/speech_to_text` — gpt-transcribe, whisper-1. */
  readonly speechToText: ActionClient<OpenaiTranscriptionActions["speech_to_text"]>;
}

/**
 * The OpenAI Transcription client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"gpt-transcribe","file":"https://example.com/file.mp3","prompt":"A lighthouse on a cliff at dawn, oil painting"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<OpenaiTranscriptionModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a OpenAI Transcription task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<OpenaiTranscriptionModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { OpenaiTranscriptionActions, OpenaiTranscriptionModel, OpenaiTranscriptionModels, OpenaiTranscriptionParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
