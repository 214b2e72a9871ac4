// Generated from specs/suno.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type SunoActions, type SunoModel, type SunoModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<SunoModel>().toEqualTypeOf<never>();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<SunoModels, Pick<SunoActions, "add_instrumental" | "add_samples" | "add_vocals" | "blend_lyrics" | "boost_style" | "check_voice" | "convert_audio" | "cover_audio" | "create_mashup" | "extend_music" | "generate_artwork" | "generate_lyrics" | "generate_midi" | "generate_persona" | "generate_voice" | "get_timestamped_lyrics" | "inspire_music" | "regenerate_validation_phrase" | "remaster_audio" | "replace_section" | "separate_audio_stems" | "stitch_audio" | "text_to_music" | "text_to_sound" | "visualize_music" | "voice_to_validation_phrase">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// add_instrumental: suno-v4.5-plus
void client.addInstrumental.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
// @ts-expect-error upload_url is required
void client.addInstrumental.create({"model":"suno-v4.5-plus","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
// @ts-expect-error title is required
void client.addInstrumental.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
// @ts-expect-error negative_tags is required
void client.addInstrumental.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","tags":"acoustic, pop, warm"});
// @ts-expect-error tags is required
void client.addInstrumental.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal"});
// @ts-expect-error vocal_gender accepts only male, female
void client.addInstrumental.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm","vocal_gender":"not-a-listed-value"});
void client.addInstrumental.create({ ...{"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.addInstrumental.create({ ...{"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"}, "vocal_gender": new Blob(["local file"]) });

// add_instrumental: suno-v5
void client.addInstrumental.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
// @ts-expect-error upload_url is required
void client.addInstrumental.create({"model":"suno-v5","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
// @ts-expect-error title is required
void client.addInstrumental.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
// @ts-expect-error negative_tags is required
void client.addInstrumental.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","tags":"acoustic, pop, warm"});
// @ts-expect-error tags is required
void client.addInstrumental.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal"});
// @ts-expect-error vocal_gender accepts only male, female
void client.addInstrumental.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm","vocal_gender":"not-a-listed-value"});
void client.addInstrumental.create({ ...{"model":"suno-v5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.addInstrumental.create({ ...{"model":"suno-v5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"}, "vocal_gender": new Blob(["local file"]) });

// add_instrumental: suno-v5.5
void client.addInstrumental.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
// @ts-expect-error upload_url is required
void client.addInstrumental.create({"model":"suno-v5.5","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
// @ts-expect-error title is required
void client.addInstrumental.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","negative_tags":"heavy metal","tags":"acoustic, pop, warm"});
// @ts-expect-error negative_tags is required
void client.addInstrumental.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","tags":"acoustic, pop, warm"});
// @ts-expect-error tags is required
void client.addInstrumental.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal"});
// @ts-expect-error vocal_gender accepts only male, female
void client.addInstrumental.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm","vocal_gender":"not-a-listed-value"});
void client.addInstrumental.create({ ...{"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.addInstrumental.create({ ...{"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","tags":"acoustic, pop, warm"}, "vocal_gender": new Blob(["local file"]) });

// add_samples: suno-v4
void client.addSamples.create({"model":"suno-v4","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10});
// @ts-expect-error audio_url is required
void client.addSamples.create({"model":"suno-v4","start_seconds":0,"end_seconds":10});
// @ts-expect-error start_seconds is required
void client.addSamples.create({"model":"suno-v4","audio_url":"https://example.com/audio.mp3","end_seconds":10});
// @ts-expect-error end_seconds is required
void client.addSamples.create({"model":"suno-v4","audio_url":"https://example.com/audio.mp3","start_seconds":0});
void client.addSamples.create({ ...{"model":"suno-v4","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.addSamples.create({ ...{"model":"suno-v4","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "callback_url": new Blob(["local file"]) });

// add_samples: suno-v4.5
void client.addSamples.create({"model":"suno-v4.5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10});
// @ts-expect-error audio_url is required
void client.addSamples.create({"model":"suno-v4.5","start_seconds":0,"end_seconds":10});
// @ts-expect-error start_seconds is required
void client.addSamples.create({"model":"suno-v4.5","audio_url":"https://example.com/audio.mp3","end_seconds":10});
// @ts-expect-error end_seconds is required
void client.addSamples.create({"model":"suno-v4.5","audio_url":"https://example.com/audio.mp3","start_seconds":0});
void client.addSamples.create({ ...{"model":"suno-v4.5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.addSamples.create({ ...{"model":"suno-v4.5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "callback_url": new Blob(["local file"]) });

// add_samples: suno-v4.5-plus
void client.addSamples.create({"model":"suno-v4.5-plus","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10});
// @ts-expect-error audio_url is required
void client.addSamples.create({"model":"suno-v4.5-plus","start_seconds":0,"end_seconds":10});
// @ts-expect-error start_seconds is required
void client.addSamples.create({"model":"suno-v4.5-plus","audio_url":"https://example.com/audio.mp3","end_seconds":10});
// @ts-expect-error end_seconds is required
void client.addSamples.create({"model":"suno-v4.5-plus","audio_url":"https://example.com/audio.mp3","start_seconds":0});
void client.addSamples.create({ ...{"model":"suno-v4.5-plus","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.addSamples.create({ ...{"model":"suno-v4.5-plus","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "callback_url": new Blob(["local file"]) });

// add_samples: suno-v5
void client.addSamples.create({"model":"suno-v5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10});
// @ts-expect-error audio_url is required
void client.addSamples.create({"model":"suno-v5","start_seconds":0,"end_seconds":10});
// @ts-expect-error start_seconds is required
void client.addSamples.create({"model":"suno-v5","audio_url":"https://example.com/audio.mp3","end_seconds":10});
// @ts-expect-error end_seconds is required
void client.addSamples.create({"model":"suno-v5","audio_url":"https://example.com/audio.mp3","start_seconds":0});
void client.addSamples.create({ ...{"model":"suno-v5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.addSamples.create({ ...{"model":"suno-v5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "callback_url": new Blob(["local file"]) });

// add_samples: suno-v5.5
void client.addSamples.create({"model":"suno-v5.5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10});
// @ts-expect-error audio_url is required
void client.addSamples.create({"model":"suno-v5.5","start_seconds":0,"end_seconds":10});
// @ts-expect-error start_seconds is required
void client.addSamples.create({"model":"suno-v5.5","audio_url":"https://example.com/audio.mp3","end_seconds":10});
// @ts-expect-error end_seconds is required
void client.addSamples.create({"model":"suno-v5.5","audio_url":"https://example.com/audio.mp3","start_seconds":0});
void client.addSamples.create({ ...{"model":"suno-v5.5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.addSamples.create({ ...{"model":"suno-v5.5","audio_url":"https://example.com/audio.mp3","start_seconds":0,"end_seconds":10}, "callback_url": new Blob(["local file"]) });

// add_vocals: suno-v4.5-plus
void client.addVocals.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"});
// @ts-expect-error upload_url is required
void client.addVocals.create({"model":"suno-v4.5-plus","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"});
// @ts-expect-error lyrics is required
void client.addVocals.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"});
// @ts-expect-error title is required
void client.addVocals.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","negative_tags":"heavy metal","style":"Warm acoustic pop"});
// @ts-expect-error negative_tags is required
void client.addVocals.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","style":"Warm acoustic pop"});
// @ts-expect-error style is required
void client.addVocals.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal"});
// @ts-expect-error vocal_gender accepts only male, female
void client.addVocals.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop","vocal_gender":"not-a-listed-value"});
void client.addVocals.create({ ...{"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.addVocals.create({ ...{"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"}, "vocal_gender": new Blob(["local file"]) });

// add_vocals: suno-v5
void client.addVocals.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"});
// @ts-expect-error upload_url is required
void client.addVocals.create({"model":"suno-v5","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"});
// @ts-expect-error lyrics is required
void client.addVocals.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"});
// @ts-expect-error title is required
void client.addVocals.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","negative_tags":"heavy metal","style":"Warm acoustic pop"});
// @ts-expect-error negative_tags is required
void client.addVocals.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","style":"Warm acoustic pop"});
// @ts-expect-error style is required
void client.addVocals.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal"});
// @ts-expect-error vocal_gender accepts only male, female
void client.addVocals.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop","vocal_gender":"not-a-listed-value"});
void client.addVocals.create({ ...{"model":"suno-v5","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.addVocals.create({ ...{"model":"suno-v5","upload_url":"https://example.com/upload.mp3","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","negative_tags":"heavy metal","style":"Warm acoustic pop"}, "vocal_gender": new Blob(["local file"]) });

// blend_lyrics: blend_lyrics
void client.blendLyrics.create({"lyrics_a":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","lyrics_b":"[Verse]\nEvening rain against the glass\n[Chorus]\nWe hum along"});
// @ts-expect-error lyrics_a is required
void client.blendLyrics.create({"lyrics_b":"[Verse]\nEvening rain against the glass\n[Chorus]\nWe hum along"});
// @ts-expect-error lyrics_b is required
void client.blendLyrics.create({"lyrics_a":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});

// boost_style: boost_style
void client.boostStyle.create({"description":"A bright, breathy pop vocal."});
// @ts-expect-error description is required
void client.boostStyle.create({});

// check_voice: check_voice
void client.checkVoice.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error task_id is required
void client.checkVoice.create({});

// convert_audio: convert_audio
void client.convertAudio.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error task_id is required
void client.convertAudio.create({"audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.convertAudio.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// cover_audio: suno-v4
void client.coverAudio.create({"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url is required
void client.coverAudio.create({"model":"suno-v4","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.coverAudio.create({"model":"suno-v4","upload_url":"https://example.com/upload.mp3","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.coverAudio.create({"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.coverAudio.create({"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.coverAudio.create({"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.coverAudio.create({ ...{"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.coverAudio.create({ ...{"model":"suno-v4","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// cover_audio: suno-v4.5
void client.coverAudio.create({"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url is required
void client.coverAudio.create({"model":"suno-v4.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.coverAudio.create({"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.coverAudio.create({"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.coverAudio.create({"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.coverAudio.create({"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.coverAudio.create({ ...{"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.coverAudio.create({ ...{"model":"suno-v4.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// cover_audio: suno-v4.5-all
void client.coverAudio.create({"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url is required
void client.coverAudio.create({"model":"suno-v4.5-all","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.coverAudio.create({"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.coverAudio.create({"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.coverAudio.create({"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.coverAudio.create({"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.coverAudio.create({ ...{"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.coverAudio.create({ ...{"model":"suno-v4.5-all","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// cover_audio: suno-v4.5-plus
void client.coverAudio.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url is required
void client.coverAudio.create({"model":"suno-v4.5-plus","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.coverAudio.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.coverAudio.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.coverAudio.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.coverAudio.create({"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.coverAudio.create({ ...{"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.coverAudio.create({ ...{"model":"suno-v4.5-plus","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// cover_audio: suno-v5
void client.coverAudio.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url is required
void client.coverAudio.create({"model":"suno-v5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.coverAudio.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.coverAudio.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.coverAudio.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.coverAudio.create({"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.coverAudio.create({ ...{"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.coverAudio.create({ ...{"model":"suno-v5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// cover_audio: suno-v5.5
void client.coverAudio.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url is required
void client.coverAudio.create({"model":"suno-v5.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.coverAudio.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.coverAudio.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.coverAudio.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.coverAudio.create({"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.coverAudio.create({ ...{"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.coverAudio.create({ ...{"model":"suno-v5.5","upload_url":"https://example.com/upload.mp3","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// create_mashup: suno-v4
void client.createMashup.create({"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url_list is required
void client.createMashup.create({"model":"suno-v4","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.createMashup.create({"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.createMashup.create({"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.createMashup.create({"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.createMashup.create({"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.createMashup.create({ ...{"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url_list": [new Blob(["local file"])] });
// @ts-expect-error vocal_gender does not take a local file
void client.createMashup.create({ ...{"model":"suno-v4","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// create_mashup: suno-v4.5
void client.createMashup.create({"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url_list is required
void client.createMashup.create({"model":"suno-v4.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.createMashup.create({"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.createMashup.create({"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.createMashup.create({"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.createMashup.create({"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.createMashup.create({ ...{"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url_list": [new Blob(["local file"])] });
// @ts-expect-error vocal_gender does not take a local file
void client.createMashup.create({ ...{"model":"suno-v4.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// create_mashup: suno-v4.5-all
void client.createMashup.create({"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url_list is required
void client.createMashup.create({"model":"suno-v4.5-all","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.createMashup.create({"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.createMashup.create({"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.createMashup.create({"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.createMashup.create({"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.createMashup.create({ ...{"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url_list": [new Blob(["local file"])] });
// @ts-expect-error vocal_gender does not take a local file
void client.createMashup.create({ ...{"model":"suno-v4.5-all","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// create_mashup: suno-v4.5-plus
void client.createMashup.create({"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url_list is required
void client.createMashup.create({"model":"suno-v4.5-plus","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.createMashup.create({"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.createMashup.create({"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.createMashup.create({"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.createMashup.create({"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.createMashup.create({ ...{"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url_list": [new Blob(["local file"])] });
// @ts-expect-error vocal_gender does not take a local file
void client.createMashup.create({ ...{"model":"suno-v4.5-plus","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// create_mashup: suno-v5
void client.createMashup.create({"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url_list is required
void client.createMashup.create({"model":"suno-v5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.createMashup.create({"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.createMashup.create({"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.createMashup.create({"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.createMashup.create({"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.createMashup.create({ ...{"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url_list": [new Blob(["local file"])] });
// @ts-expect-error vocal_gender does not take a local file
void client.createMashup.create({ ...{"model":"suno-v5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// create_mashup: suno-v5.5
void client.createMashup.create({"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error upload_url_list is required
void client.createMashup.create({"model":"suno-v5.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.createMashup.create({"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.createMashup.create({"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.createMashup.create({"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.createMashup.create({"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.createMashup.create({ ...{"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "upload_url_list": [new Blob(["local file"])] });
// @ts-expect-error vocal_gender does not take a local file
void client.createMashup.create({ ...{"model":"suno-v5.5","upload_url_list":["https://example.com/upload.mp3","https://example.com/upload-2.mp3"],"vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// extend_music: suno-v4
void client.extendMusic.create({"model":"suno-v4","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error parameter_mode is required
void client.extendMusic.create({"model":"suno-v4","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.extendMusic.create({"model":"suno-v4","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error parameter_mode accepts only source, custom
void client.extendMusic.create({"model":"suno-v4","parameter_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.extendMusic.create({"model":"suno-v4","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.extendMusic.create({ ...{"model":"suno-v4","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.extendMusic.create({ ...{"model":"suno-v4","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// extend_music: suno-v4.5
void client.extendMusic.create({"model":"suno-v4.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error parameter_mode is required
void client.extendMusic.create({"model":"suno-v4.5","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.extendMusic.create({"model":"suno-v4.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error parameter_mode accepts only source, custom
void client.extendMusic.create({"model":"suno-v4.5","parameter_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.extendMusic.create({"model":"suno-v4.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.extendMusic.create({ ...{"model":"suno-v4.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.extendMusic.create({ ...{"model":"suno-v4.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// extend_music: suno-v4.5-all
void client.extendMusic.create({"model":"suno-v4.5-all","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error parameter_mode is required
void client.extendMusic.create({"model":"suno-v4.5-all","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.extendMusic.create({"model":"suno-v4.5-all","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error parameter_mode accepts only source, custom
void client.extendMusic.create({"model":"suno-v4.5-all","parameter_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.extendMusic.create({"model":"suno-v4.5-all","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.extendMusic.create({ ...{"model":"suno-v4.5-all","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.extendMusic.create({ ...{"model":"suno-v4.5-all","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// extend_music: suno-v4.5-plus
void client.extendMusic.create({"model":"suno-v4.5-plus","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error parameter_mode is required
void client.extendMusic.create({"model":"suno-v4.5-plus","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.extendMusic.create({"model":"suno-v4.5-plus","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error parameter_mode accepts only source, custom
void client.extendMusic.create({"model":"suno-v4.5-plus","parameter_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.extendMusic.create({"model":"suno-v4.5-plus","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.extendMusic.create({ ...{"model":"suno-v4.5-plus","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.extendMusic.create({ ...{"model":"suno-v4.5-plus","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// extend_music: suno-v5
void client.extendMusic.create({"model":"suno-v5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error parameter_mode is required
void client.extendMusic.create({"model":"suno-v5","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.extendMusic.create({"model":"suno-v5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error parameter_mode accepts only source, custom
void client.extendMusic.create({"model":"suno-v5","parameter_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.extendMusic.create({"model":"suno-v5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.extendMusic.create({ ...{"model":"suno-v5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.extendMusic.create({ ...{"model":"suno-v5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// extend_music: suno-v5.5
void client.extendMusic.create({"model":"suno-v5.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error parameter_mode is required
void client.extendMusic.create({"model":"suno-v5.5","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.extendMusic.create({"model":"suno-v5.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error parameter_mode accepts only source, custom
void client.extendMusic.create({"model":"suno-v5.5","parameter_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.extendMusic.create({"model":"suno-v5.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});
void client.extendMusic.create({ ...{"model":"suno-v5.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "audio_url": new Blob(["local file"]) });
// @ts-expect-error vocal_gender does not take a local file
void client.extendMusic.create({ ...{"model":"suno-v5.5","parameter_mode":"source","prompt":"An upbeat acoustic pop song about a summer road trip"}, "vocal_gender": new Blob(["local file"]) });

// generate_artwork: generate_artwork
void client.generateArtwork.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error task_id is required
void client.generateArtwork.create({});

// generate_lyrics: generate_lyrics
void client.generateLyrics.create({"prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.generateLyrics.create({});

// generate_midi: generate_midi
void client.generateMidi.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error task_id is required
void client.generateMidi.create({});

// generate_persona: generate_persona
void client.generatePersona.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","description":"A bright, breathy pop vocal."});
// @ts-expect-error task_id is required
void client.generatePersona.create({"audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","description":"A bright, breathy pop vocal."});
// @ts-expect-error audio_id is required
void client.generatePersona.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice","description":"A bright, breathy pop vocal."});
// @ts-expect-error name is required
void client.generatePersona.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","description":"A bright, breathy pop vocal."});
// @ts-expect-error description is required
void client.generatePersona.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Studio Voice"});

// generate_voice: generate_voice
void client.generateVoice.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","verify_url":"https://example.com/verify.mp3"});
// @ts-expect-error task_id is required
void client.generateVoice.create({"verify_url":"https://example.com/verify.mp3"});
// @ts-expect-error verify_url is required
void client.generateVoice.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error singer_skill_level accepts only beginner, intermediate, advanced, professional
void client.generateVoice.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","verify_url":"https://example.com/verify.mp3","singer_skill_level":"not-a-listed-value"});
void client.generateVoice.create({ ...{"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","verify_url":"https://example.com/verify.mp3"}, "verify_url": new Blob(["local file"]) });
// @ts-expect-error task_id does not take a local file
void client.generateVoice.create({ ...{"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","verify_url":"https://example.com/verify.mp3"}, "task_id": new Blob(["local file"]) });

// get_timestamped_lyrics: get_timestamped_lyrics
void client.getTimestampedLyrics.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error task_id is required
void client.getTimestampedLyrics.create({"audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.getTimestampedLyrics.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// inspire_music: suno-v4
void client.inspireMusic.create({"model":"suno-v4","audio_urls":["https://example.com/audio.mp3"]});
// @ts-expect-error audio_urls is required
void client.inspireMusic.create({"model":"suno-v4"});
void client.inspireMusic.create({ ...{"model":"suno-v4","audio_urls":["https://example.com/audio.mp3"]}, "audio_urls": [new Blob(["local file"])] });
// @ts-expect-error callback_url does not take a local file
void client.inspireMusic.create({ ...{"model":"suno-v4","audio_urls":["https://example.com/audio.mp3"]}, "callback_url": new Blob(["local file"]) });

// inspire_music: suno-v4.5
void client.inspireMusic.create({"model":"suno-v4.5","audio_urls":["https://example.com/audio.mp3"]});
// @ts-expect-error audio_urls is required
void client.inspireMusic.create({"model":"suno-v4.5"});
void client.inspireMusic.create({ ...{"model":"suno-v4.5","audio_urls":["https://example.com/audio.mp3"]}, "audio_urls": [new Blob(["local file"])] });
// @ts-expect-error callback_url does not take a local file
void client.inspireMusic.create({ ...{"model":"suno-v4.5","audio_urls":["https://example.com/audio.mp3"]}, "callback_url": new Blob(["local file"]) });

// inspire_music: suno-v4.5-plus
void client.inspireMusic.create({"model":"suno-v4.5-plus","audio_urls":["https://example.com/audio.mp3"]});
// @ts-expect-error audio_urls is required
void client.inspireMusic.create({"model":"suno-v4.5-plus"});
void client.inspireMusic.create({ ...{"model":"suno-v4.5-plus","audio_urls":["https://example.com/audio.mp3"]}, "audio_urls": [new Blob(["local file"])] });
// @ts-expect-error callback_url does not take a local file
void client.inspireMusic.create({ ...{"model":"suno-v4.5-plus","audio_urls":["https://example.com/audio.mp3"]}, "callback_url": new Blob(["local file"]) });

// inspire_music: suno-v5
void client.inspireMusic.create({"model":"suno-v5","audio_urls":["https://example.com/audio.mp3"]});
// @ts-expect-error audio_urls is required
void client.inspireMusic.create({"model":"suno-v5"});
void client.inspireMusic.create({ ...{"model":"suno-v5","audio_urls":["https://example.com/audio.mp3"]}, "audio_urls": [new Blob(["local file"])] });
// @ts-expect-error callback_url does not take a local file
void client.inspireMusic.create({ ...{"model":"suno-v5","audio_urls":["https://example.com/audio.mp3"]}, "callback_url": new Blob(["local file"]) });

// inspire_music: suno-v5.5
void client.inspireMusic.create({"model":"suno-v5.5","audio_urls":["https://example.com/audio.mp3"]});
// @ts-expect-error audio_urls is required
void client.inspireMusic.create({"model":"suno-v5.5"});
void client.inspireMusic.create({ ...{"model":"suno-v5.5","audio_urls":["https://example.com/audio.mp3"]}, "audio_urls": [new Blob(["local file"])] });
// @ts-expect-error callback_url does not take a local file
void client.inspireMusic.create({ ...{"model":"suno-v5.5","audio_urls":["https://example.com/audio.mp3"]}, "callback_url": new Blob(["local file"]) });

// regenerate_validation_phrase: regenerate_validation_phrase
void client.regenerateValidationPhrase.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error task_id is required
void client.regenerateValidationPhrase.create({});

// remaster_audio: suno-v4
void client.remasterAudio.create({"model":"suno-v4","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.remasterAudio.create({"model":"suno-v4","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.remasterAudio.create({"model":"suno-v4","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// remaster_audio: suno-v4.5
void client.remasterAudio.create({"model":"suno-v4.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.remasterAudio.create({"model":"suno-v4.5","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.remasterAudio.create({"model":"suno-v4.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// remaster_audio: suno-v4.5-plus
void client.remasterAudio.create({"model":"suno-v4.5-plus","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.remasterAudio.create({"model":"suno-v4.5-plus","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.remasterAudio.create({"model":"suno-v4.5-plus","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// remaster_audio: suno-v5
void client.remasterAudio.create({"model":"suno-v5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.remasterAudio.create({"model":"suno-v5","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.remasterAudio.create({"model":"suno-v5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// remaster_audio: suno-v5.5
void client.remasterAudio.create({"model":"suno-v5.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.remasterAudio.create({"model":"suno-v5.5","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.remasterAudio.create({"model":"suno-v5.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// replace_section: replace_section
void client.replaceSection.create({"lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","tags":"acoustic, pop, warm","title":"Morning Light","infill_start_time":0,"infill_end_time":10,"full_lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error lyrics is required
void client.replaceSection.create({"tags":"acoustic, pop, warm","title":"Morning Light","infill_start_time":0,"infill_end_time":10,"full_lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error tags is required
void client.replaceSection.create({"lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","title":"Morning Light","infill_start_time":0,"infill_end_time":10,"full_lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error title is required
void client.replaceSection.create({"lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","tags":"acoustic, pop, warm","infill_start_time":0,"infill_end_time":10,"full_lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error infill_start_time is required
void client.replaceSection.create({"lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","tags":"acoustic, pop, warm","title":"Morning Light","infill_end_time":10,"full_lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error infill_end_time is required
void client.replaceSection.create({"lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","tags":"acoustic, pop, warm","title":"Morning Light","infill_start_time":0,"full_lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error full_lyrics is required
void client.replaceSection.create({"lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","tags":"acoustic, pop, warm","title":"Morning Light","infill_start_time":0,"infill_end_time":10});
void client.replaceSection.create({ ...{"lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","tags":"acoustic, pop, warm","title":"Morning Light","infill_start_time":0,"infill_end_time":10,"full_lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"}, "upload_url": new Blob(["local file"]) });
// @ts-expect-error task_id does not take a local file
void client.replaceSection.create({ ...{"lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along","tags":"acoustic, pop, warm","title":"Morning Light","infill_start_time":0,"infill_end_time":10,"full_lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"}, "task_id": new Blob(["local file"]) });

// separate_audio_stems: separate_audio_stems
void client.separateAudioStems.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","type":"separate_vocal"});
// @ts-expect-error task_id is required
void client.separateAudioStems.create({"audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","type":"separate_vocal"});
// @ts-expect-error audio_id is required
void client.separateAudioStems.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","type":"separate_vocal"});
// @ts-expect-error type is required
void client.separateAudioStems.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error type accepts only separate_vocal, split_stem, split_stem_advanced
void client.separateAudioStems.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","type":"not-a-listed-value"});
// @ts-expect-error stem_name accepts only Lead Vocal, Drum Kit, Kick, Snare, Risers, Bass, Backing Vocals, Piano, Electric Guitar, Percussion, String Section, Synth, Acoustic Guitar, Sound Effects, Synth Pad, Synth Bass, Guitar, Brass Section, Organ, Electronic Drum Kit, Lead Electric Guitar, Synth Keys, Rhythm Electric Guitar, Electric Piano, Upright Bass, Keyboards, Distorted Electric Guitar, Synth Strings, Synth Lead, Woodwinds, Rhythm Acoustic Guitar, Flute, Harp, Tambourine, Trumpet, Arpeggiator, Accordion, Fiddle, Pedal Steel Guitar, Synth Voice, Violin, Digital Piano, Synth Brass, Mandolin, Choir, Banjo, Bells, Clarinet, Tenor Saxophone, Trombone, Shaker, French Horn, Glockenspiel, Electric Bass, Cello, Timpani, Harmonica, Marimba, Vibraphone, Lap Steel Guitar, Saxophone, Orchestra, Horns, Cymbals, Hand Clap, Oboe, Celesta, Congas, Drone, Alto Saxophone, Double Bass, Ukulele, Harpsichord, Baritone Saxophone, Xylophone, Tuba, Bass Guitar, Whistle, Lead Guitar, Rhodes, 808, Bongos, Bassoon, Cowbell, Viola, Sitar, Steel Drums, Piccolo, Theremin, Bagpipes, Hi-Hat, Music Box, Melodica, Tabla, Koto, Djembe, Taiko, Didgeridoo
void client.separateAudioStems.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","type":"separate_vocal","stem_name":"not-a-listed-value"});

// stitch_audio: suno-v4
void client.stitchAudio.create({"model":"suno-v4","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.stitchAudio.create({"model":"suno-v4","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.stitchAudio.create({"model":"suno-v4","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// stitch_audio: suno-v4.5
void client.stitchAudio.create({"model":"suno-v4.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.stitchAudio.create({"model":"suno-v4.5","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.stitchAudio.create({"model":"suno-v4.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// stitch_audio: suno-v4.5-plus
void client.stitchAudio.create({"model":"suno-v4.5-plus","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.stitchAudio.create({"model":"suno-v4.5-plus","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.stitchAudio.create({"model":"suno-v4.5-plus","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// stitch_audio: suno-v5
void client.stitchAudio.create({"model":"suno-v5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.stitchAudio.create({"model":"suno-v5","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.stitchAudio.create({"model":"suno-v5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// stitch_audio: suno-v5.5
void client.stitchAudio.create({"model":"suno-v5.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.stitchAudio.create({"model":"suno-v5.5","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.stitchAudio.create({"model":"suno-v5.5","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// text_to_music: suno-v4
void client.textToMusic.create({"model":"suno-v4","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.textToMusic.create({"model":"suno-v4","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error duration_seconds is not a parameter of suno-v4
void client.textToMusic.create({"model":"suno-v4","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","duration_seconds":10});
// @ts-expect-error vocal_gender accepts only male, female
void client.textToMusic.create({"model":"suno-v4","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.textToMusic.create({"model":"suno-v4","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.textToMusic.create({"model":"suno-v4","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});

// text_to_music: suno-v4.5
void client.textToMusic.create({"model":"suno-v4.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.textToMusic.create({"model":"suno-v4.5","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error duration_seconds is not a parameter of suno-v4.5
void client.textToMusic.create({"model":"suno-v4.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","duration_seconds":10});
// @ts-expect-error vocal_gender accepts only male, female
void client.textToMusic.create({"model":"suno-v4.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.textToMusic.create({"model":"suno-v4.5","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.textToMusic.create({"model":"suno-v4.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});

// text_to_music: suno-v4.5-all
void client.textToMusic.create({"model":"suno-v4.5-all","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.textToMusic.create({"model":"suno-v4.5-all","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error duration_seconds is not a parameter of suno-v4.5-all
void client.textToMusic.create({"model":"suno-v4.5-all","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","duration_seconds":10});
// @ts-expect-error vocal_gender accepts only male, female
void client.textToMusic.create({"model":"suno-v4.5-all","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.textToMusic.create({"model":"suno-v4.5-all","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.textToMusic.create({"model":"suno-v4.5-all","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});

// text_to_music: suno-v4.5-plus
void client.textToMusic.create({"model":"suno-v4.5-plus","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.textToMusic.create({"model":"suno-v4.5-plus","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error duration_seconds is not a parameter of suno-v4.5-plus
void client.textToMusic.create({"model":"suno-v4.5-plus","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","duration_seconds":10});
// @ts-expect-error vocal_gender accepts only male, female
void client.textToMusic.create({"model":"suno-v4.5-plus","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.textToMusic.create({"model":"suno-v4.5-plus","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.textToMusic.create({"model":"suno-v4.5-plus","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});

// text_to_music: suno-v5
void client.textToMusic.create({"model":"suno-v5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.textToMusic.create({"model":"suno-v5","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error duration_seconds is not a parameter of suno-v5
void client.textToMusic.create({"model":"suno-v5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","duration_seconds":10});
// @ts-expect-error vocal_gender accepts only male, female
void client.textToMusic.create({"model":"suno-v5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.textToMusic.create({"model":"suno-v5","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.textToMusic.create({"model":"suno-v5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});

// text_to_music: suno-v5.5
void client.textToMusic.create({"model":"suno-v5.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_mode is required
void client.textToMusic.create({"model":"suno-v5.5","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error vocal_gender accepts only male, female
void client.textToMusic.create({"model":"suno-v5.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","vocal_gender":"not-a-listed-value"});
// @ts-expect-error vocal_mode accepts only auto_lyrics, exact_lyrics, instrumental
void client.textToMusic.create({"model":"suno-v5.5","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error persona_type accepts only style, voice
void client.textToMusic.create({"model":"suno-v5.5","vocal_mode":"auto_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","persona_type":"not-a-listed-value"});

// text_to_sound: suno-v5
void client.textToSound.create({"model":"suno-v5","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error prompt is required
void client.textToSound.create({"model":"suno-v5"});
// @ts-expect-error sound_key accepts only Cm, C#m, Dm, D#m, Em, Fm, F#m, Gm, G#m, Am, A#m, Bm, C, C#, D, D#, E, F, F#, G, G#, A, A#, B
void client.textToSound.create({"model":"suno-v5","prompt":"An upbeat acoustic pop song about a summer road trip","sound_key":"not-a-listed-value"});

// text_to_sound: suno-v5.5
void client.textToSound.create({"model":"suno-v5.5","prompt":"An upbeat acoustic pop song about a summer road trip"});
// @ts-expect-error prompt is required
void client.textToSound.create({"model":"suno-v5.5"});
// @ts-expect-error sound_key accepts only Cm, C#m, Dm, D#m, Em, Fm, F#m, Gm, G#m, Am, A#m, Bm, C, C#, D, D#, E, F, F#, G, G#, A, A#, B
void client.textToSound.create({"model":"suno-v5.5","prompt":"An upbeat acoustic pop song about a summer road trip","sound_key":"not-a-listed-value"});

// visualize_music: visualize_music
void client.visualizeMusic.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error task_id is required
void client.visualizeMusic.create({"audio_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error audio_id is required
void client.visualizeMusic.create({"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});

// voice_to_validation_phrase: voice_to_validation_phrase
void client.voiceToValidationPhrase.create({"voice_url":"https://example.com/voice.mp3","vocal_start_seconds":0,"vocal_end_seconds":10});
// @ts-expect-error voice_url is required
void client.voiceToValidationPhrase.create({"vocal_start_seconds":0,"vocal_end_seconds":10});
// @ts-expect-error vocal_start_seconds is required
void client.voiceToValidationPhrase.create({"voice_url":"https://example.com/voice.mp3","vocal_end_seconds":10});
// @ts-expect-error vocal_end_seconds is required
void client.voiceToValidationPhrase.create({"voice_url":"https://example.com/voice.mp3","vocal_start_seconds":0});
// @ts-expect-error language accepts only en, zh, es, fr, pt, de, ja, ko, hi, ru
void client.voiceToValidationPhrase.create({"voice_url":"https://example.com/voice.mp3","vocal_start_seconds":0,"vocal_end_seconds":10,"language":"not-a-listed-value"});
void client.voiceToValidationPhrase.create({ ...{"voice_url":"https://example.com/voice.mp3","vocal_start_seconds":0,"vocal_end_seconds":10}, "voice_url": new Blob(["local file"]) });
// @ts-expect-error language does not take a local file
void client.voiceToValidationPhrase.create({ ...{"voice_url":"https://example.com/voice.mp3","vocal_start_seconds":0,"vocal_end_seconds":10}, "language": new Blob(["local file"]) });

// add_instrumental: reading its tasks
void client.addInstrumental.get("task-id");
void client.addInstrumental.wait("task-id");
void client.addInstrumental.watch("task-id");

// add_samples: reading its tasks
void client.addSamples.get("task-id");
void client.addSamples.wait("task-id");
void client.addSamples.watch("task-id");

// add_vocals: reading its tasks
void client.addVocals.get("task-id");
void client.addVocals.wait("task-id");
void client.addVocals.watch("task-id");

// blend_lyrics: reading its tasks
void client.blendLyrics.get("task-id");
void client.blendLyrics.wait("task-id");
void client.blendLyrics.watch("task-id");

// boost_style: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.boostStyle.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.boostStyle.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.boostStyle.watch("task-id");
void client.boostStyle.wait({ id: "task-id", status: "completed" });

// check_voice: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.checkVoice.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.checkVoice.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.checkVoice.watch("task-id");
void client.checkVoice.wait({ id: "task-id", status: "completed" });

// convert_audio: reading its tasks
void client.convertAudio.get("task-id");
void client.convertAudio.wait("task-id");
void client.convertAudio.watch("task-id");

// cover_audio: reading its tasks
void client.coverAudio.get("task-id");
void client.coverAudio.wait("task-id");
void client.coverAudio.watch("task-id");

// create_mashup: reading its tasks
void client.createMashup.get("task-id");
void client.createMashup.wait("task-id");
void client.createMashup.watch("task-id");

// extend_music: reading its tasks
void client.extendMusic.get("task-id");
void client.extendMusic.wait("task-id");
void client.extendMusic.watch("task-id");

// generate_artwork: reading its tasks
void client.generateArtwork.get("task-id");
void client.generateArtwork.wait("task-id");
void client.generateArtwork.watch("task-id");

// generate_lyrics: reading its tasks
void client.generateLyrics.get("task-id");
void client.generateLyrics.wait("task-id");
void client.generateLyrics.watch("task-id");

// generate_midi: reading its tasks
void client.generateMidi.get("task-id");
void client.generateMidi.wait("task-id");
void client.generateMidi.watch("task-id");

// generate_persona: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.generatePersona.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.generatePersona.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.generatePersona.watch("task-id");
void client.generatePersona.wait({ id: "task-id", status: "completed" });

// generate_voice: reading its tasks
void client.generateVoice.get("task-id");
void client.generateVoice.wait("task-id");
void client.generateVoice.watch("task-id");

// get_timestamped_lyrics: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.getTimestampedLyrics.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.getTimestampedLyrics.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.getTimestampedLyrics.watch("task-id");
void client.getTimestampedLyrics.wait({ id: "task-id", status: "completed" });

// inspire_music: reading its tasks
void client.inspireMusic.get("task-id");
void client.inspireMusic.wait("task-id");
void client.inspireMusic.watch("task-id");

// regenerate_validation_phrase: reading its tasks
void client.regenerateValidationPhrase.get("task-id");
void client.regenerateValidationPhrase.wait("task-id");
void client.regenerateValidationPhrase.watch("task-id");

// remaster_audio: reading its tasks
void client.remasterAudio.get("task-id");
void client.remasterAudio.wait("task-id");
void client.remasterAudio.watch("task-id");

// replace_section: reading its tasks
void client.replaceSection.get("task-id");
void client.replaceSection.wait("task-id");
void client.replaceSection.watch("task-id");

// separate_audio_stems: reading its tasks
void client.separateAudioStems.get("task-id");
void client.separateAudioStems.wait("task-id");
void client.separateAudioStems.watch("task-id");

// stitch_audio: reading its tasks
void client.stitchAudio.get("task-id");
void client.stitchAudio.wait("task-id");
void client.stitchAudio.watch("task-id");

// text_to_music: reading its tasks
void client.textToMusic.get("task-id");
void client.textToMusic.wait("task-id");
void client.textToMusic.watch("task-id");

// text_to_sound: reading its tasks
void client.textToSound.get("task-id");
void client.textToSound.wait("task-id");
void client.textToSound.watch("task-id");

// visualize_music: reading its tasks
void client.visualizeMusic.get("task-id");
void client.visualizeMusic.wait("task-id");
void client.visualizeMusic.watch("task-id");

// voice_to_validation_phrase: reading its tasks
void client.voiceToValidationPhrase.get("task-id");
void client.voiceToValidationPhrase.wait("task-id");
void client.voiceToValidationPhrase.watch("task-id");
