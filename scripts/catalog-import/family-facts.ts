import type { ContractAction } from "./catalog-data.ts";

export type OutputKind = "image" | "video" | "audio" | "text";

/** Who makes each family's models. The data names no provider; a new family needs a line here. */
export const PROVIDERS: Readonly<Record<string, string>> = {
  elevenlabs: "ElevenLabs",
  "fish-audio": "Fish Audio",
  flux: "Black Forest Labs",
  "flux-2": "Black Forest Labs",
  "flux-kontext": "Black Forest Labs",
  "gemini-omni": "Google",
  "gemini-tts": "Google",
  "gpt-4o-image": "OpenAI",
  "gpt-image": "OpenAI",
  "gpt-image-2": "OpenAI",
  "grok-imagine": "xAI",
  hailuo: "MiniMax",
  happyhorse: "Alibaba",
  "ideogram-v3": "Ideogram",
  "imagen-4": "Google",
  infinitetalk: "MeiGen-AI",
  kling: "Kuaishou",
  luma: "Luma AI",
  midjourney: "Midjourney",
  "minimax-h3": "MiniMax",
  "nano-banana": "Google",
  omnihuman: "ByteDance",
  "openai-transcription": "OpenAI",
  "openai-tts": "OpenAI",
  pixverse: "PixVerse",
  producer: "Producer",
  "qwen-2": "Alibaba",
  "qwen-3": "Alibaba",
  "qwen-image": "Alibaba",
  recraft: "Recraft",
  runway: "Runway",
  "runway-aleph": "Runway",
  seedance: "ByteDance",
  seedream: "ByteDance",
  suno: "Suno",
  topaz: "Topaz Labs",
  "veo-3-1": "Google",
  "volcengine-lip-sync": "ByteDance",
  wan: "Alibaba",
  "z-image": "Alibaba",
};

/**
 * Endpoints whose output is not what their name ends with: answers that are text or data (transcripts,
 * lyrics, prompts, ids, voice records), images made from audio, and videos made from audio.
 */
const OUTPUT_BY_ENDPOINT: Readonly<Record<string, OutputKind>> = {
  blend_lyrics: "text",
  boost_style: "text",
  check_voice: "text",
  create_audio: "text",
  create_character: "text",
  create_voice: "text",
  generate_artwork: "image",
  generate_lyrics: "text",
  generate_midi: "text",
  generate_persona: "text",
  generate_voice: "text",
  get_seed: "text",
  get_timestamped_lyrics: "text",
  get_voice: "text",
  human_identification: "text",
  image_to_prompt: "text",
  list_voices: "text",
  regenerate_validation_phrase: "text",
  segment_map: "image",
  shorten_prompt: "text",
  speech_to_text: "text",
  subject_detection: "text",
  visualize_music: "video",
  voice_to_validation_phrase: "text",
};

const OUTPUT_BY_SUFFIX: readonly [RegExp, OutputKind][] = [
  [/(_image|^remove_background|^decompose_layers)$/, "image"],
  [/(_video|^animate|^motion_control|^ai_avatar)$/, "video"],
  [
    /(_audio|_speech|_music|_sound|_dialogue|_instrumental|_samples|_vocals|_mashup|_section|_stems)$/,
    "audio",
  ],
];

/** What an action produces, from its endpoint. */
export function outputOf(action: ContractAction): OutputKind {
  const named = OUTPUT_BY_ENDPOINT[action.endpoint];
  if (named) return named;
  for (const [pattern, kind] of OUTPUT_BY_SUFFIX) if (pattern.test(action.endpoint)) return kind;
  throw new Error(
    `${action.key}: cannot tell what ${action.endpoint} produces; add it to OUTPUT_BY_ENDPOINT in scripts/catalog-import/family-facts.ts`,
  );
}

/** The family's modality: its most frequent media output (text only when it makes nothing else). */
export function modalityOf(actions: readonly ContractAction[]): OutputKind {
  const counts = new Map<OutputKind, number>();
  for (const action of actions) {
    const kind = outputOf(action);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const media = (["image", "video", "audio"] as const).filter((kind) => counts.has(kind));
  if (media.length === 0) return "text";
  return media.reduce((best, kind) => ((counts.get(kind) ?? 0) > (counts.get(best) ?? 0) ? kind : best));
}

export function providerOf(family: string): string {
  const provider = PROVIDERS[family];
  if (!provider)
    throw new Error(
      `family ${family} has no provider; add it to PROVIDERS in scripts/catalog-import/family-facts.ts`,
    );
  return provider;
}

/** `flux-2` → `Flux2`, `suno-v4.5-plus` → `SunoV45Plus`. */
export function pascal(text: string): string {
  return text
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/** `text_to_image` → `text to image`. */
export function words(endpoint: string): string {
  return endpoint.replace(/_/g, " ").replace(/\b(ai|midi)\b/g, (acronym) => acronym.toUpperCase());
}

/**
 * The variant schema's name: family + model + action, without repeating what the model id already says —
 * `Flux2ProTextToImage` for flux-2-pro-text-to-image, `SunoV5TextToMusic`, `GeminiTts25ProTtsTextToSpeech` for
 * gemini-2.5-pro-tts, `SunoBlendLyrics` without a model.
 */
export function variantSchemaName(family: string, endpoint: string, model: string | undefined): string {
  const action = endpoint.replace(/_/g, "-");
  if (model === undefined) return pascal(family) + pascal(action);
  const normalized = model.replace(/\./g, "-");
  const [first] = family.split("-");
  let rest = model;
  if (normalized === family) rest = "";
  else if (normalized.startsWith(`${family}-`)) rest = model.slice(family.length + 1);
  else if (normalized.startsWith(`${first}-`)) rest = model.slice((first as string).length + 1);
  const says = `-${normalized}-`.includes(`-${action}-`);
  return pascal(family) + pascal(rest) + (says ? "" : pascal(action));
}
