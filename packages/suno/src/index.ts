// Generated from specs/suno.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import {
  type ActionClient,
  type CallbackOf,
  type ClientOptions,
  parseCallback as parseTask,
  RunAPIClient,
} from "@runapi.ai/core";
import { catalog, type SunoActions, type SunoModels } from "./generated/variants.js";

/** The actions of Suno, each a property of the client with the client's calls for its variants. */
export interface RunAPI {
  /** add_instrumental: `POST /api/v1/suno/add_instrumental` — suno-v4.5-plus, suno-v5, suno-v5.5. */
  readonly addInstrumental: ActionClient<SunoActions["add_instrumental"]>;
  /** add_samples: `POST /api/v1/suno/add_samples` — suno-v4, suno-v4.5, suno-v4.5-plus, suno-v5, suno-v5.5. */
  readonly addSamples: ActionClient<SunoActions["add_samples"]>;
  /** add_vocals: `POST /api/v1/suno/add_vocals` — suno-v4.5-plus, suno-v5. */
  readonly addVocals: ActionClient<SunoActions["add_vocals"]>;
  /** blend_lyrics: `POST /api/v1/suno/blend_lyrics` (no model). */
  readonly blendLyrics: ActionClient<SunoActions["blend_lyrics"]>;
  /** boost_style: `POST /api/v1/suno/boost_style` (no model). */
  readonly boostStyle: ActionClient<SunoActions["boost_style"]>;
  /** check_voice: `POST /api/v1/suno/check_voice` (no model). */
  readonly checkVoice: ActionClient<SunoActions["check_voice"]>;
  /** convert_audio: `POST /api/v1/suno/convert_audio` (no model). */
  readonly convertAudio: ActionClient<SunoActions["convert_audio"]>;
  /** cover_audio: `POST /api/v1/suno/cover_audio` — suno-v4, suno-v4.5, suno-v4.5-all, suno-v4.5-plus, suno-v5, suno-v5.5. */
  readonly coverAudio: ActionClient<SunoActions["cover_audio"]>;
  /** create_mashup: `POST /api/v1/suno/create_mashup` — suno-v4, suno-v4.5, suno-v4.5-all, suno-v4.5-plus, suno-v5, suno-v5.5. */
  readonly createMashup: ActionClient<SunoActions["create_mashup"]>;
  /** extend_music: `POST /api/v1/suno/extend_music` — suno-v4, suno-v4.5, suno-v4.5-all, suno-v4.5-plus, suno-v5, suno-v5.5. */
  readonly extendMusic: ActionClient<SunoActions["extend_music"]>;
  /** generate_artwork: `POST /api/v1/suno/generate_artwork` (no model). */
  readonly generateArtwork: ActionClient<SunoActions["generate_artwork"]>;
  /** generate_lyrics: `POST /api/v1/suno/generate_lyrics` (no model). */
  readonly generateLyrics: ActionClient<SunoActions["generate_lyrics"]>;
  /** generate_midi: `POST /api/v1/suno/generate_midi` (no model). */
  readonly generateMidi: ActionClient<SunoActions["generate_midi"]>;
  /** generate_persona: `POST /api/v1/suno/generate_persona` (no model). */
  readonly generatePersona: ActionClient<SunoActions["generate_persona"]>;
  /** generate_voice: `POST /api/v1/suno/generate_voice` (no model). */
  readonly generateVoice: ActionClient<SunoActions["generate_voice"]>;
  /** get_timestamped_lyrics: `POST /api/v1/suno/get_timestamped_lyrics` (no model). */
  readonly getTimestampedLyrics: ActionClient<SunoActions["get_timestamped_lyrics"]>;
  /** inspire_music: `POST /api/v1/suno/inspire_music` — suno-v4, suno-v4.5, suno-v4.5-plus, suno-v5, suno-v5.5. */
  readonly inspireMusic: ActionClient<SunoActions["inspire_music"]>;
  /** regenerate_validation_phrase: `POST /api/v1/suno/regenerate_validation_phrase` (no model). */
  readonly regenerateValidationPhrase: ActionClient<SunoActions["regenerate_validation_phrase"]>;
  /** remaster_audio: `POST /api/v1/suno/remaster_audio` — suno-v4, suno-v4.5, suno-v4.5-plus, suno-v5, suno-v5.5. */
  readonly remasterAudio: ActionClient<SunoActions["remaster_audio"]>;
  /** replace_section: `POST /api/v1/suno/replace_section` (no model). */
  readonly replaceSection: ActionClient<SunoActions["replace_section"]>;
  /** separate_audio_stems: `POST /api/v1/suno/separate_audio_stems` (no model). */
  readonly separateAudioStems: ActionClient<SunoActions["separate_audio_stems"]>;
  /** stitch_audio: `POST /api/v1/suno/stitch_audio` — suno-v4, suno-v4.5, suno-v4.5-plus, suno-v5, suno-v5.5. */
  readonly stitchAudio: ActionClient<SunoActions["stitch_audio"]>;
  /** text_to_music: `POST /api/v1/suno/text_to_music` — suno-v4, suno-v4.5, suno-v4.5-all, suno-v4.5-plus, suno-v5, suno-v5.5. */
  readonly textToMusic: ActionClient<SunoActions["text_to_music"]>;
  /** text_to_sound: `POST /api/v1/suno/text_to_sound` — suno-v5, suno-v5.5. */
  readonly textToSound: ActionClient<SunoActions["text_to_sound"]>;
  /** visualize_music: `POST /api/v1/suno/visualize_music` (no model). */
  readonly visualizeMusic: ActionClient<SunoActions["visualize_music"]>;
  /** voice_to_validation_phrase: `POST /api/v1/suno/voice_to_validation_phrase` (no model). */
  readonly voiceToValidationPhrase: ActionClient<SunoActions["voice_to_validation_phrase"]>;
}

/**
 * The Suno client: typed per variant, validated before sending, waited on with progress.
 * @example
 * const client = new RunAPI(process.env.RUNAPI_KEY);
 * const task = await client.addInstrumental.run({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the action properties core defines.
export class RunAPI extends RunAPIClient<SunoModels> {
  /** @param options your API key, or `{ apiKey, baseURL, timeout, fetch }`; the key defaults to RUNAPI_API_KEY / RUNAPI_KEY. */
  constructor(options?: string | ClientOptions) {
    super(options, catalog);
  }
}

/**
 * Checks a task RunAPI delivered to your `callback_url` (the raw body as text or bytes, or parsed JSON) and
 * answers it as a Suno task; throws `ValidationError` naming every field that is wrong.
 * A function of its own, not a method, so an app that never receives callbacks does not load it.
 * @example const task = parseCallback(await request.text());
 */
export const parseCallback: (body: string | Uint8Array | object) => CallbackOf<SunoModels, Pick<SunoActions, "add_instrumental" | "add_samples" | "add_vocals" | "blend_lyrics" | "boost_style" | "check_voice" | "convert_audio" | "cover_audio" | "create_mashup" | "extend_music" | "generate_artwork" | "generate_lyrics" | "generate_midi" | "generate_persona" | "generate_voice" | "get_timestamped_lyrics" | "inspire_music" | "regenerate_validation_phrase" | "remaster_audio" | "replace_section" | "separate_audio_stems" | "stitch_audio" | "text_to_music" | "text_to_sound" | "visualize_music" | "voice_to_validation_phrase">> = parseTask;

export default RunAPI;
export { catalog } from "./generated/variants.js";
export type { SunoActions, SunoModel, SunoModels, SunoParams } from "./generated/variants.js";
export type { components, operations, paths } from "./generated/schema.js";
export * from "@runapi.ai/core";
