// Generated from specs/omnihuman.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type OmnihumanActions, type OmnihumanModels } from "./generated/variants.js";

/** The actions of OmniHuman, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** audio_to_video: `POST /api/v1/omnihuman/audio_to_video` — omnihuman-1.5. */
  readonly audioToVideo: ActionClient<OmnihumanActions["audio_to_video"]>;
  /** human_identification: `POST /api/v1/omnihuman/human_identification` — omnihuman-1.5-human-identification. */
  readonly humanIdentification: ActionClient<OmnihumanActions["human_identification"]>;
  /** subject_detection: `POST /api/v1/omnihuman/subject_detection` — omnihuman-1.5-subject-detection. */
  readonly subjectDetection: ActionClient<OmnihumanActions["subject_detection"]>;
}

/**
 * The OmniHuman client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"omnihuman-1.5","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<OmnihumanModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a OmniHuman task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<OmnihumanModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { OmnihumanActions, OmnihumanModel, OmnihumanModels, OmnihumanParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
