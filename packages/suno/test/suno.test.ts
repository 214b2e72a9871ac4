// Generated from specs/suno.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionClient,
  type ActionShape,
  RunAPI,
  TaskFailedError,
  ValidationError,
} from "../src/index.js";

let emulator: Emulator;
let client: RunAPI;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskDurationMs: 60 });
  client = new RunAPI({ apiKey: emulator.apiKey, baseURL: emulator.url });
});
afterAll(() => emulator.close());

type Case = {
  name: string;
  action: keyof RunAPI;
  sync: boolean;
  output: "image" | "video" | "audio" | "text";
  params: Record<string, unknown>;
  invalid: Record<string, unknown>;
  invalidPaths: string[];
};
type Finished = {
  status: string;
  images?: { url: string }[];
  videos?: { url: string }[];
  audios?: { audio_url: string }[];
  texts?: { text: string }[];
  billing?: { settlement?: { charged_amount_cents?: number } | null } | null;
};

/** An action's client, typed loosely: the table holds every action's examples side by side. */
const actionOf = (action: keyof RunAPI | string) =>
  (client as unknown as Record<string, ActionClient<ActionShape & { params: Record<string, unknown> }>>)[action as string]!;

/** A finished task holds its output; a file output answers with real bytes of its kind. */
async function expectOutput(done: Finished, output: Case["output"]) {
  if (output === "text") {
    expect(done.texts?.[0]?.text).toEqual(expect.any(String));
    return;
  }
  const url = output === "image" ? done.images?.[0]?.url : output === "video" ? done.videos?.[0]?.url : done.audios?.[0]?.audio_url;
  expect(url).toMatch(/^http/);
  const response = await fetch(url as string);
  expect(response.ok).toBe(true);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  expect(magic).toBe(output === "image" ? "\x89PNG" : "RIFF");
}

/** Each variant's example, and a broken copy of it with the fields the SDK must name. */
const cases: Case[] = [
  {
    name: "add_instrumental suno-v4.5-plus",
    action: "addInstrumental",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"},
    invalid: {"model":"suno-v4.5-plus","not_a_parameter":true},
    invalidPaths: ["upload_url","title","negative_tags","tags","not_a_parameter"],
  },
  {
    name: "add_instrumental suno-v5",
    action: "addInstrumental",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"},
    invalid: {"model":"suno-v5","not_a_parameter":true},
    invalidPaths: ["upload_url","title","negative_tags","tags","not_a_parameter"],
  },
  {
    name: "add_instrumental suno-v5.5",
    action: "addInstrumental",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"},
    invalid: {"model":"suno-v5.5","not_a_parameter":true},
    invalidPaths: ["upload_url","title","negative_tags","tags","not_a_parameter"],
  },
  {
    name: "add_samples suno-v4",
    action: "addSamples",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10},
    invalid: {"model":"suno-v4","not_a_parameter":true},
    invalidPaths: ["audio_url","start_seconds","end_seconds","not_a_parameter"],
  },
  {
    name: "add_samples suno-v4.5",
    action: "addSamples",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10},
    invalid: {"model":"suno-v4.5","not_a_parameter":true},
    invalidPaths: ["audio_url","start_seconds","end_seconds","not_a_parameter"],
  },
  {
    name: "add_samples suno-v4.5-plus",
    action: "addSamples",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10},
    invalid: {"model":"suno-v4.5-plus","not_a_parameter":true},
    invalidPaths: ["audio_url","start_seconds","end_seconds","not_a_parameter"],
  },
  {
    name: "add_samples suno-v5",
    action: "addSamples",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10},
    invalid: {"model":"suno-v5","not_a_parameter":true},
    invalidPaths: ["audio_url","start_seconds","end_seconds","not_a_parameter"],
  },
  {
    name: "add_samples suno-v5.5",
    action: "addSamples",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10},
    invalid: {"model":"suno-v5.5","not_a_parameter":true},
    invalidPaths: ["audio_url","start_seconds","end_seconds","not_a_parameter"],
  },
  {
    name: "add_vocals suno-v4.5-plus",
    action: "addVocals",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"},
    invalid: {"model":"suno-v4.5-plus","not_a_parameter":true},
    invalidPaths: ["upload_url","lyrics","title","negative_tags","style","not_a_parameter"],
  },
  {
    name: "add_vocals suno-v5",
    action: "addVocals",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"},
    invalid: {"model":"suno-v5","not_a_parameter":true},
    invalidPaths: ["upload_url","lyrics","title","negative_tags","style","not_a_parameter"],
  },
  {
    name: "blend_lyrics (no model)",
    action: "blendLyrics",
    sync: false,
    output: "text",
    params: {"lyrics_a":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","lyrics_b":"[Verse]\nEvening rain against the glass\n[Chorus]\nWe hum along"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["lyrics_a","lyrics_b","not_a_parameter"],
  },
  {
    name: "boost_style (no model)",
    action: "boostStyle",
    sync: true,
    output: "text",
    params: {"description":"A bright, breathy pop vocal."},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["description","not_a_parameter"],
  },
  {
    name: "check_voice (no model)",
    action: "checkVoice",
    sync: true,
    output: "text",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","not_a_parameter"],
  },
  {
    name: "convert_audio (no model)",
    action: "convertAudio",
    sync: false,
    output: "audio",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","audio_id","not_a_parameter"],
  },
  {
    name: "cover_audio suno-v4",
    action: "coverAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url","vocal_mode","not_a_parameter"],
  },
  {
    name: "cover_audio suno-v4.5",
    action: "coverAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url","vocal_mode","not_a_parameter"],
  },
  {
    name: "cover_audio suno-v4.5-all",
    action: "coverAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5-all","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url","vocal_mode","not_a_parameter"],
  },
  {
    name: "cover_audio suno-v4.5-plus",
    action: "coverAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5-plus","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url","vocal_mode","not_a_parameter"],
  },
  {
    name: "cover_audio suno-v5",
    action: "coverAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url","vocal_mode","not_a_parameter"],
  },
  {
    name: "cover_audio suno-v5.5",
    action: "coverAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5.5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url","vocal_mode","not_a_parameter"],
  },
  {
    name: "create_mashup suno-v4",
    action: "createMashup",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url_list","vocal_mode","not_a_parameter"],
  },
  {
    name: "create_mashup suno-v4.5",
    action: "createMashup",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url_list","vocal_mode","not_a_parameter"],
  },
  {
    name: "create_mashup suno-v4.5-all",
    action: "createMashup",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5-all","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url_list","vocal_mode","not_a_parameter"],
  },
  {
    name: "create_mashup suno-v4.5-plus",
    action: "createMashup",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5-plus","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url_list","vocal_mode","not_a_parameter"],
  },
  {
    name: "create_mashup suno-v5",
    action: "createMashup",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url_list","vocal_mode","not_a_parameter"],
  },
  {
    name: "create_mashup suno-v5.5",
    action: "createMashup",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5.5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["upload_url_list","vocal_mode","not_a_parameter"],
  },
  {
    name: "extend_music suno-v4",
    action: "extendMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["parameter_mode","not_a_parameter"],
  },
  {
    name: "extend_music suno-v4.5",
    action: "extendMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["parameter_mode","not_a_parameter"],
  },
  {
    name: "extend_music suno-v4.5-all",
    action: "extendMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-all","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5-all","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["parameter_mode","not_a_parameter"],
  },
  {
    name: "extend_music suno-v4.5-plus",
    action: "extendMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5-plus","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["parameter_mode","not_a_parameter"],
  },
  {
    name: "extend_music suno-v5",
    action: "extendMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["parameter_mode","not_a_parameter"],
  },
  {
    name: "extend_music suno-v5.5",
    action: "extendMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5.5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["parameter_mode","not_a_parameter"],
  },
  {
    name: "generate_artwork (no model)",
    action: "generateArtwork",
    sync: false,
    output: "image",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","not_a_parameter"],
  },
  {
    name: "generate_lyrics (no model)",
    action: "generateLyrics",
    sync: false,
    output: "text",
    params: {"prompt":"A lighthouse on a cliff at dawn, oil painting"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    name: "generate_midi (no model)",
    action: "generateMidi",
    sync: false,
    output: "text",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","not_a_parameter"],
  },
  {
    name: "generate_persona (no model)",
    action: "generatePersona",
    sync: true,
    output: "text",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","description":"A bright, breathy pop vocal."},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","audio_id","name","description","not_a_parameter"],
  },
  {
    name: "generate_voice (no model)",
    action: "generateVoice",
    sync: false,
    output: "text",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","verify_url":"https://example.com/verify.mp3"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","verify_url","not_a_parameter"],
  },
  {
    name: "get_timestamped_lyrics (no model)",
    action: "getTimestampedLyrics",
    sync: true,
    output: "text",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","audio_id","not_a_parameter"],
  },
  {
    name: "inspire_music suno-v4",
    action: "inspireMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4","audio_urls":["https://example.com/audio.mp3"]},
    invalid: {"model":"suno-v4","not_a_parameter":true},
    invalidPaths: ["audio_urls","not_a_parameter"],
  },
  {
    name: "inspire_music suno-v4.5",
    action: "inspireMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5","audio_urls":["https://example.com/audio.mp3"]},
    invalid: {"model":"suno-v4.5","not_a_parameter":true},
    invalidPaths: ["audio_urls","not_a_parameter"],
  },
  {
    name: "inspire_music suno-v4.5-plus",
    action: "inspireMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","audio_urls":["https://example.com/audio.mp3"]},
    invalid: {"model":"suno-v4.5-plus","not_a_parameter":true},
    invalidPaths: ["audio_urls","not_a_parameter"],
  },
  {
    name: "inspire_music suno-v5",
    action: "inspireMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","audio_urls":["https://example.com/audio.mp3"]},
    invalid: {"model":"suno-v5","not_a_parameter":true},
    invalidPaths: ["audio_urls","not_a_parameter"],
  },
  {
    name: "inspire_music suno-v5.5",
    action: "inspireMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","audio_urls":["https://example.com/audio.mp3"]},
    invalid: {"model":"suno-v5.5","not_a_parameter":true},
    invalidPaths: ["audio_urls","not_a_parameter"],
  },
  {
    name: "regenerate_validation_phrase (no model)",
    action: "regenerateValidationPhrase",
    sync: false,
    output: "text",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","not_a_parameter"],
  },
  {
    name: "remaster_audio suno-v4",
    action: "remasterAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v4","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "remaster_audio suno-v4.5",
    action: "remasterAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v4.5","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "remaster_audio suno-v4.5-plus",
    action: "remasterAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v4.5-plus","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "remaster_audio suno-v5",
    action: "remasterAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v5","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "remaster_audio suno-v5.5",
    action: "remasterAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v5.5","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "replace_section (no model)",
    action: "replaceSection",
    sync: false,
    output: "audio",
    params: {"lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","tags":"acoustic, pop, warm","title":"Morning Light","infill_start_time":0,"infill_end_time":10,"full_lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["lyrics","tags","title","infill_start_time","infill_end_time","full_lyrics","not_a_parameter"],
  },
  {
    name: "separate_audio_stems (no model)",
    action: "separateAudioStems",
    sync: false,
    output: "audio",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","type":"separate_vocal"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","audio_id","type","not_a_parameter"],
  },
  {
    name: "stitch_audio suno-v4",
    action: "stitchAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v4","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "stitch_audio suno-v4.5",
    action: "stitchAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v4.5","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "stitch_audio suno-v4.5-plus",
    action: "stitchAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v4.5-plus","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "stitch_audio suno-v5",
    action: "stitchAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v5","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "stitch_audio suno-v5.5",
    action: "stitchAudio",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"model":"suno-v5.5","not_a_parameter":true},
    invalidPaths: ["source_task_id","audio_id","not_a_parameter"],
  },
  {
    name: "text_to_music suno-v4",
    action: "textToMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["vocal_mode","not_a_parameter"],
  },
  {
    name: "text_to_music suno-v4.5",
    action: "textToMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["vocal_mode","not_a_parameter"],
  },
  {
    name: "text_to_music suno-v4.5-all",
    action: "textToMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-all","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5-all","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["vocal_mode","not_a_parameter"],
  },
  {
    name: "text_to_music suno-v4.5-plus",
    action: "textToMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v4.5-plus","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v4.5-plus","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["vocal_mode","not_a_parameter"],
  },
  {
    name: "text_to_music suno-v5",
    action: "textToMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["vocal_mode","not_a_parameter"],
  },
  {
    name: "text_to_music suno-v5.5",
    action: "textToMusic",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5.5","prompt":"An upbeat acoustic pop song about a summer road trip","not_a_parameter":true},
    invalidPaths: ["vocal_mode","not_a_parameter"],
  },
  {
    name: "text_to_sound suno-v5",
    action: "textToSound",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    name: "text_to_sound suno-v5.5",
    action: "textToSound",
    sync: false,
    output: "audio",
    params: {"model":"suno-v5.5","prompt":"An upbeat acoustic pop song about a summer road trip"},
    invalid: {"model":"suno-v5.5","not_a_parameter":true},
    invalidPaths: ["prompt","not_a_parameter"],
  },
  {
    name: "visualize_music (no model)",
    action: "visualizeMusic",
    sync: false,
    output: "video",
    params: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["task_id","audio_id","not_a_parameter"],
  },
  {
    name: "voice_to_validation_phrase (no model)",
    action: "voiceToValidationPhrase",
    sync: false,
    output: "text",
    params: {"voice_url":"https://example.com/voice.mp3","vocal_start_seconds":0,"vocal_end_seconds":10},
    invalid: {"not_a_parameter":true},
    invalidPaths: ["voice_url","vocal_start_seconds","vocal_end_seconds","not_a_parameter"],
  },
];

describe.each(cases)("$name", ({ action, sync, output, params, invalid, invalidPaths }) => {
  const api = () => actionOf(action);

  it("creates, reads and waits for a task, whose output downloads", async () => {
    const task = await api().create(params);
    expect(task.status).toBe(sync ? "completed" : "processing");
    if (typeof params.model === "string") expect(task.model).toBe(params.model);
    const sent = emulator.requests.at(-1);
    expect(sent?.body).toEqual(params);
    expect(sent?.headers["idempotency-key"]).toBeTruthy();
    if (!sync) {
      expect((await api().get(task)).id).toBe(task.id);
      expect((await api().get(task.id)).id).toBe(task.id);
    }
    const seen: string[] = [];
    const done = await api().wait(task, { minDelay: 20, onProgress: (t) => seen.push(t.status) });
    expect(done.status).toBe("completed");
    expect(seen.at(-1) ?? done.status).toBe("completed");
    await expectOutput(done as Finished, output);
  });

  it("runs a task and is charged what the price rule says", async () => {
    const done = (await api().run(params, { minDelay: 20 })) as Finished;
    expect(done.status).toBe("completed");
    const charged = done.billing?.settlement?.charged_amount_cents;
    const estimate = api().estimateCost(params);
    if (estimate.kind === "exact") expect(charged).toBe(estimate.cents);
    if (estimate.kind === "unknown") expect(charged).toBe(0);
    expect(charged).toBe((await api().quote(params)).reservation_amount_cents);
  });

  it("refuses an invalid request before sending, with every problem, worded as the API words them", async () => {
    const before = emulator.requests.length;
    const error = await api().create(invalid as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const { issues, message } = error as ValidationError;
    expect(issues.map((issue) => issue.path)).toEqual(invalidPaths);
    expect(emulator.requests.length).toBe(before);

    const answer = await fetch(`${emulator.url}${api().variants[0]?.path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(invalid),
    });
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toBe(message);
  });

  it("raises TaskFailedError with the task id and its error when the task fails", async () => {
    emulator.failNextTask("the provider rejected the request");
    const failure = await api().run(params, { minDelay: 20 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TaskFailedError);
    expect((failure as TaskFailedError).taskId).toMatch(/\S/);
    expect((failure as TaskFailedError).taskError).toBe("the provider rejected the request");
  });
});

/** Each cross-field rule of each variant, broken; `issues` are what both validators must report, in order. */
const ruleCases: { rule: string; action: string; path: string; body: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
  {
    rule: "suno-v4 allOf/0",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4 allOf/1",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4 allOf/2",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4.5 allOf/0",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4.5 allOf/1",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4.5 allOf/2",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4.5-all allOf/0",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4.5-all allOf/1",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4.5-all allOf/2",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4.5-plus allOf/0",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4.5-plus allOf/1",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4.5-plus allOf/2",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v5 allOf/0",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v5 allOf/1",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v5 allOf/2",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v5.5 allOf/0",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v5.5 allOf/1",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v5.5 allOf/2",
    action: "coverAudio",
    path: "/api/v1/suno/cover_audio",
    body: {"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4 allOf/0",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4 allOf/1",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4 allOf/2",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4.5 allOf/0",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4.5 allOf/1",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4.5 allOf/2",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4.5-all allOf/0",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4.5-all allOf/1",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4.5-all allOf/2",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4.5-plus allOf/0",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4.5-plus allOf/1",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4.5-plus allOf/2",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v5 allOf/0",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v5 allOf/1",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v5 allOf/2",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v5.5 allOf/0",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v5.5 allOf/1",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v5.5 allOf/2",
    action: "createMashup",
    path: "/api/v1/suno/create_mashup",
    body: {"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "separate_audio_stems allOf/0",
    action: "separateAudioStems",
    path: "/api/v1/suno/separate_audio_stems",
    body: {"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","type":"split_stem_advanced"},
    issues: [{"path":"stem_name","message":"stem_name is required when type is split_stem_advanced"}],
  },
  {
    rule: "suno-v4 allOf/0",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x","negative_tags":"x","vocal_gender":"male"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"},{"path":"negative_tags","message":"negative_tags is not allowed when vocal_mode is auto_lyrics"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4 allOf/1",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4 allOf/2",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x","vocal_gender":"male"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4.5 allOf/0",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4.5","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x","negative_tags":"x","vocal_gender":"male"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"},{"path":"negative_tags","message":"negative_tags is not allowed when vocal_mode is auto_lyrics"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4.5 allOf/1",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4.5","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4.5 allOf/2",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4.5","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x","vocal_gender":"male"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4.5-all allOf/0",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4.5-all","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x","negative_tags":"x","vocal_gender":"male"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"},{"path":"negative_tags","message":"negative_tags is not allowed when vocal_mode is auto_lyrics"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4.5-all allOf/1",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4.5-all","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4.5-all allOf/2",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4.5-all","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x","vocal_gender":"male"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v4.5-plus allOf/0",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4.5-plus","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x","negative_tags":"x","vocal_gender":"male"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"},{"path":"negative_tags","message":"negative_tags is not allowed when vocal_mode is auto_lyrics"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v4.5-plus allOf/1",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4.5-plus","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v4.5-plus allOf/2",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v4.5-plus","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x","vocal_gender":"male"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v5 allOf/0",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v5","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x","negative_tags":"x","vocal_gender":"male"},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"},{"path":"negative_tags","message":"negative_tags is not allowed when vocal_mode is auto_lyrics"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v5 allOf/1",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v5","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v5 allOf/2",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v5","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x","vocal_gender":"male"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is instrumental"}],
  },
  {
    rule: "suno-v5.5 allOf/0",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v5.5","vocal_mode":"auto_lyrics","lyrics":"x","style":"x","title":"x","negative_tags":"x","vocal_gender":"male","duration_seconds":10},
    issues: [{"path":"prompt","message":"prompt is required when vocal_mode is auto_lyrics"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is auto_lyrics"},{"path":"style","message":"style is not allowed when vocal_mode is auto_lyrics"},{"path":"title","message":"title is not allowed when vocal_mode is auto_lyrics"},{"path":"negative_tags","message":"negative_tags is not allowed when vocal_mode is auto_lyrics"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is auto_lyrics"},{"path":"duration_seconds","message":"duration_seconds is not allowed when vocal_mode is auto_lyrics"}],
  },
  {
    rule: "suno-v5.5 allOf/1",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v5.5","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"},
    issues: [{"path":"lyrics","message":"lyrics is required when vocal_mode is exact_lyrics"},{"path":"style","message":"style is required when vocal_mode is exact_lyrics"},{"path":"title","message":"title is required when vocal_mode is exact_lyrics"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is exact_lyrics"}],
  },
  {
    rule: "suno-v5.5 allOf/2",
    action: "textToMusic",
    path: "/api/v1/suno/text_to_music",
    body: {"model":"suno-v5.5","vocal_mode":"instrumental","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"x","vocal_gender":"male"},
    issues: [{"path":"style","message":"style is required when vocal_mode is instrumental"},{"path":"title","message":"title is required when vocal_mode is instrumental"},{"path":"prompt","message":"prompt is not allowed when vocal_mode is instrumental"},{"path":"lyrics","message":"lyrics is not allowed when vocal_mode is instrumental"},{"path":"vocal_gender","message":"vocal_gender is not allowed when vocal_mode is instrumental"}],
  },
];

describe.each(ruleCases)("$rule", ({ action, path, body, issues }) => {
  it("is refused before sending, and by the emulator, with the rule's message", async () => {
    const before = emulator.requests.length;
    const error = await actionOf(action).create(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual(issues);
    expect((error as ValidationError).message).toBe(issues[0]?.message);
    expect(emulator.requests.length).toBe(before);

    const answer = await fetch(`${emulator.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect([400, 422]).toContain(answer.status);
    const refusal = ((await answer.json()) as { error: { message: string; details: unknown } }).error;
    expect(refusal.message).toBe(issues[0]?.message);
    expect(refusal.details).toEqual(issues);
  });
});

describe("retries", () => {
  const api = () => client.addInstrumental;
  const params: Parameters<RunAPI["addInstrumental"]["create"]>[0] = {"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"};

  it("retries a create whose answer was lost, with the same Idempotency-Key, and makes one task", async () => {
    const before = emulator.tasksCreated();
    emulator.faults.add({ route: "POST /api/v1/suno/add_instrumental", fault: { kind: "reset-after" } });
    const task = await api().create(params);
    expect(task.task_replayed).toBe(true);
    expect(emulator.tasksCreated()).toBe(before + 1);
    const [lost, retried] = emulator.requests.slice(-2);
    expect(lost?.fault).toBe("reset-after");
    expect(retried?.headers["idempotency-key"]).toBe(lost?.headers["idempotency-key"]);
  });

  it("keeps an Idempotency-Key the caller chose, and the API answers the same task for it", async () => {
    const first = await api().create(params, { idempotencyKey: "order-42" });
    const again = await api().create(params, { idempotencyKey: "order-42" });
    expect(emulator.requests.at(-1)?.headers["idempotency-key"]).toBe("order-42");
    expect(again.id).toBe(first.id);
    expect(again.task_replayed).toBe(true);
  });

  it("retries 503 and 429 answers, then succeeds", async () => {
    emulator.faults.add({ route: "POST /api/v1/suno/add_instrumental", fault: { kind: "status", status: 503, retryAfter: "0" } });
    emulator.faults.add({ route: "POST /api/v1/suno/add_instrumental", fault: { kind: "status", status: 429, retryAfterMs: 1 } });
    const task = await api().create(params);
    expect(task.id).toMatch(/\S/);
    expect(emulator.requests.slice(-3).map((request) => request.fault)).toEqual(["status", "status", undefined]);
  });
});
