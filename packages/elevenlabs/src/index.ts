// Generated from specs/elevenlabs.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type ElevenlabsActions, type ElevenlabsModels } from "./generated/variants.js";

/** The actions of ElevenLabs, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** isolate_audio: `POST /api/v1/elevenlabs/isolate_audio` — audio-isolation. */
  readonly isolateAudio: ActionClient<ElevenlabsActions["isolate_audio"]>;
  /** speech_to_text: `POST /api/v1/elevenlabs/speech_to_text` — speech-to-text. */
  readonly speechToText: ActionClient<ElevenlabsActions["speech_to_text"]>;
  /** text_to_dialogue: `POST /api/v1/elevenlabs/text_to_dialogue` — text-to-dialogue-v3. */
  readonly textToDialogue: ActionClient<ElevenlabsActions["text_to_dialogue"]>;
  /** text_to_sound: `POST /api/v1/elevenlabs/text_to_sound` — sound-effect-v2. */
  readonly textToSound: ActionClient<ElevenlabsActions["text_to_sound"]>;
  /** text_to_speech: `POST /api/v1/elevenlabs/text_to_speech` — text-to-speech-multilingual-v2, text-to-speech-turbo-v2.5. */
  readonly textToSpeech: ActionClient<ElevenlabsActions["text_to_speech"]>;
}

/**
 * The ElevenLabs client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"audio-isolation","source_audio_url":"https://example.com/source.mp3"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<ElevenlabsModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a ElevenLabs task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<ElevenlabsModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { ElevenlabsActions, ElevenlabsModel, ElevenlabsModels, ElevenlabsParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
