// Generated from specs/volcengine-lip-sync.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type VolcengineLipSyncActions, type VolcengineLipSyncModels } from "./generated/variants.js";

/** The actions of Volcengine Lip Sync, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** lip_sync_video: `POST /api/v1/volcengine_lip_sync/lip_sync_video` — volcengine-lip-sync. */
  readonly lipSyncVideo: ActionClient<VolcengineLipSyncActions["lip_sync_video"]>;
}

/**
 * The Volcengine Lip Sync client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.run({"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<VolcengineLipSyncModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Volcengine Lip Sync task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<VolcengineLipSyncModels> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { VolcengineLipSyncActions, VolcengineLipSyncModel, VolcengineLipSyncModels, VolcengineLipSyncParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
