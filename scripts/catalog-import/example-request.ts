import type { InputRule } from "./catalog-data.ts";
import type { OutputKind } from "./family-facts.ts";
import { fileMediaOf, type Media, type Schema } from "./field-schema.ts";
import { conditionHolds } from "./rule-schema.ts";

/** What an example is built from: the variant's properties, required fields and `allOf` rules. */
export interface ExampleInput {
  model?: string;
  output: OutputKind;
  properties: Record<string, Schema>;
  required: readonly string[];
  rules: readonly InputRule[];
}

const EXTENSIONS: Record<Media, string> = { image: "png", video: "mp4", audio: "mp3" };
const TASK_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const PROMPTS: Record<OutputKind, string> = {
  image: "A lighthouse on a cliff at dawn, oil painting",
  video: "A paper boat drifting down a rainy street, slow dolly shot",
  audio: "An upbeat acoustic pop song about a summer road trip",
  text: "A lighthouse on a cliff at dawn, oil painting",
};
const LYRICS = "[Verse]\nMorning light across the room\n[Chorus]\nWe sing along";
const SPEECH = "Hello from RunAPI. This is a short test of the voice.";

/** Plausible values by field name; anything else gets a value from its type and limits. */
const STRINGS: Record<string, string> = {
  lyrics: LYRICS,
  lyrics_a: LYRICS,
  lyrics_b: "[Verse]\nEvening rain against the glass\n[Chorus]\nWe hum along",
  full_lyrics: LYRICS,
  title: "Morning Light",
  style: "Warm acoustic pop",
  tags: "acoustic, pop, warm",
  negative_tags: "heavy metal",
  text: SPEECH,
  description: "A bright, breathy pop vocal.",
  descriptions: "A cheerful robot with a round face and a blue scarf.",
  name: "Studio Voice",
  voice_name: "Studio Voice",
  character_name: "Robo",
  voice: "Rachel",
  voice_description: "A warm, friendly voice.",
  example_dialogue: "Hi there! How can I help today?",
  language: "en",
  language_code: "en",
  author: "RunAPI",
  domain_name: "example.com",
  scene: "A calm radio studio in the morning.",
  sample_context: "Two hosts open a morning show.",
  speaker_id: "Speaker 1",
  url: "https://example.com/clip.mp4",
  audio: "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=",
};
const ID_FIELD = /(^|_)id$/;

/** An array field the data gives no item schema for, with the item shape RunAPI's SDKs send. */
const ITEMS: Record<string, unknown> = {
  dialogue: { text: SPEECH, voice: "Rachel" },
};

/**
 * A valid value for one field: its default or first allowed value, a plausible string for its name within its
 * length and pattern, a number within its bounds, a file URL with the right extension, items up to minItems.
 */
export function sampleValue(
  name: string,
  schema: Schema,
  output: OutputKind,
  allowed?: readonly unknown[],
): unknown {
  const choices = allowed ?? (schema.enum as unknown[] | undefined);
  if (choices) {
    const inSchema = choices.filter((value) => !schema.enum || (schema.enum as unknown[]).includes(value));
    if (inSchema.includes(schema.default)) return schema.default;
    if (inSchema.length > 0) return inSchema[0];
    throw new Error(`${name}: none of ${JSON.stringify(choices)} is a value of the field`);
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case "boolean":
      return false;
    case "integer":
    case "number":
      return sampleNumber(name, schema);
    case "array":
      return sampleArray(name, schema, output);
    case "object":
      return sampleObject(schema, output);
    default:
      return sampleString(name, schema, output);
  }
}

function sampleNumber(name: string, schema: Schema): number {
  let value = /(^|_)ends?($|_)/.test(name) ? 10 : /(^|_)(start|index)($|_)/.test(name) ? 0 : 1;
  if (name === "seed" || name === "seeds") value = 42;
  if (/duration/.test(name)) value = 5;
  if (schema.type === "number" && value === 1) value = 0.5;
  if (typeof schema.minimum === "number" && value < schema.minimum) value = schema.minimum;
  if (typeof schema.maximum === "number" && value > schema.maximum) value = schema.maximum;
  return schema.type === "integer" ? Math.ceil(value) : value;
}

function sampleArray(name: string, schema: Schema, output: OutputKind): unknown[] {
  const min = typeof schema.minItems === "number" ? schema.minItems : 1;
  const max = typeof schema.maxItems === "number" ? schema.maxItems : Number.POSITIVE_INFINITY;
  const count = Math.min(Math.max(min, 1), max);
  const media = fileMediaOf(name);
  return Array.from({ length: count }, (_, index) => {
    if (media) return fileUrl(name, media, count > 1 ? index + 1 : undefined);
    if (schema.items) return sampleValue(name.replace(/s$/, ""), schema.items as Schema, output);
    if (ITEMS[name] !== undefined) return ITEMS[name];
    throw new Error(
      `${name}: a list without an item schema; add an item shape to ITEMS in example-request.ts`,
    );
  });
}

function sampleObject(schema: Schema, output: OutputKind): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  return Object.fromEntries(
    ((schema.required ?? []) as string[]).map((name) => [
      name,
      sampleValue(name, properties[name] ?? {}, output),
    ]),
  );
}

function sampleString(name: string, schema: Schema, output: OutputKind): string {
  const media = fileMediaOf(name);
  let text = media
    ? fileUrl(name, media)
    : (STRINGS[name] ?? (ID_FIELD.test(name) ? TASK_ID : /prompt/.test(name) ? PROMPTS[output] : "example"));
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  while ([...text].length < min) text += " example";
  if ([...text].length > max) text = [...text].slice(0, max).join("");
  if (typeof schema.pattern === "string") {
    const pattern = new RegExp(schema.pattern, "u");
    if (!pattern.test(text)) {
      const fallback = [fileUrl(name, media ?? "image"), STRINGS.speaker_id as string].find((candidate) =>
        pattern.test(candidate),
      );
      if (!fallback) throw new Error(`${name}: no sample value matches the pattern ${schema.pattern}`);
      text = fallback;
    }
  }
  return text;
}

/** `source_image_urls` → https://example.com/source.png (source-2.png for the second item). */
function fileUrl(name: string, media: Media, index?: number): string {
  const stem =
    name
      .replace(/_(url|urls|url_list)$/, "")
      .replace(/_?(image|video|audio)$/, "")
      .replace(/_/g, "-") || media;
  return `https://example.com/${stem}${index && index > 1 ? `-${index}` : ""}.${EXTENSIONS[media]}`;
}

/**
 * Changes a request until every rule whose condition holds is satisfied: required fields filled, forbidden
 * ones removed, one of `required_any` set, narrowed enums respected. A variant's rules that cannot all be met
 * are an error.
 */
export function satisfyRules(request: Record<string, unknown>, input: ExampleInput): Record<string, unknown> {
  for (let round = 0; round < 20; round++) {
    let changed = false;
    const fill = (name: string, allowed?: readonly unknown[]) => {
      const schema = input.properties[name];
      if (!schema) throw new Error(`a rule needs ${name}, which the variant does not have`);
      request[name] = sampleValue(name, schema, input.output, allowed);
      changed = true;
    };
    for (const rule of input.rules) {
      if (!conditionHolds(rule, request, true)) continue;
      for (const name of rule.required ?? []) if (request[name] === undefined) fill(name, rule.enum?.[name]);
      for (const name of rule.forbidden ?? []) {
        if (request[name] === undefined) continue;
        if (input.required.includes(name))
          throw new Error(`a rule forbids ${name}, which the variant requires`);
        delete request[name];
        changed = true;
      }
      const any = rule.required_any ?? [];
      if (any.length > 0 && any.every((name) => request[name] === undefined)) fill(any[0] as string);
      for (const [name, allowed] of Object.entries(rule.enum ?? {}))
        if (request[name] !== undefined && !allowed.includes(request[name])) fill(name, allowed);
    }
    if (!changed) return request;
  }
  throw new Error("the rules keep undoing each other; no request satisfies all of them");
}

/**
 * One valid request: the model, every required field and the prompt (the data leaves many prompts optional,
 * and a generation example without one reads wrong), then whatever the rules ask for, in property order.
 */
export function exampleRequest(input: ExampleInput): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const name of [...input.required, ...(input.properties.prompt ? ["prompt"] : [])]) {
    const schema = input.properties[name];
    if (!schema) throw new Error(`${name} is required but is not a property`);
    request[name] ??= sampleValue(name, schema, input.output);
  }
  satisfyRules(request, input);
  const order = Object.keys(input.properties);
  return Object.fromEntries(Object.entries(request).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}
