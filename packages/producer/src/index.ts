// Generated from specs/producer.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type ProducerActions, type ProducerModels } from "./generated/variants.js";

/** The actions of Producer, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** text_to_music: `POST /api/v1/producer/text_to_music` — fuzz-0.8, fuzz-1.0, fuzz-1.0-pro, fuzz-1.1, fuzz-1.1-pro, fuzz-2.0, fuzz-2.0-pro, fuzz-2.0-raw. */
  readonly textToMusic: ActionClient<ProducerActions["text_to_music"]>;
}

/**
 * The Producer client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"fuzz-0.8","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<ProducerModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Producer task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<ProducerModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { ProducerActions, ProducerModel, ProducerModels, ProducerParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
