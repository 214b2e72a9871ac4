import type { ContractField } from "./catalog-data.ts";

/** A JSON Schema node as the importer writes it. */
export type Schema = Record<string, unknown>;

export type Media = "image" | "video" | "audio";

/** The one callback field; it takes an HTTP(S) URL that receives the task, never a file. */
export const CALLBACK_URL = "callback_url";
export const CALLBACK_URL_SCHEMA: Schema = {
  type: "string",
  description: "An HTTP(S) URL that receives the task JSON when the task ends.",
  pattern: "^https?://",
};

/**
 * Fields that take media by URL: names ending `_url`, `_urls` or `_url_list` (except `callback_url`), plus the
 * transcription `file`. Their kind picks the example's file extension.
 */
export function fileMediaOf(name: string): Media | undefined {
  if (name === CALLBACK_URL) return undefined;
  if (name === "file") return "audio";
  if (!/_(url|urls|url_list)$/.test(name)) return undefined;
  if (/image|mask/.test(name)) return "image";
  if (/video/.test(name)) return "video";
  // Everything else that takes a URL here is a recording: audio_url, upload_url, voice_url, verify_url…
  return "audio";
}

/** ContractField → JSON Schema: type, description, enum, default, bounds, items, nested properties, pattern. */
export function fieldSchema(name: string, field: ContractField, topLevel: boolean): Schema {
  const schema: Schema = { type: field.type };
  if (field.description !== undefined) schema.description = field.description;
  if (field.enum !== undefined) schema.enum = field.enum;
  if (field.default !== undefined) schema.default = field.default;
  if (field.length) {
    if (field.min !== undefined) schema.minLength = field.min;
    if (field.max !== undefined) schema.maxLength = field.max;
  } else {
    if (field.min !== undefined) schema.minimum = field.min;
    if (field.max !== undefined) schema.maximum = field.max;
  }
  if (field.minimum !== undefined) schema.minimum = field.minimum;
  if (field.maximum !== undefined) schema.maximum = field.maximum;
  if (field.min_items !== undefined) schema.minItems = field.min_items;
  if (field.max_items !== undefined) schema.maxItems = field.max_items;
  if (field.pattern !== undefined) schema.pattern = field.pattern;
  const media = topLevel ? fileMediaOf(name) : undefined;
  if (field.items !== undefined) schema.items = fieldSchema(name, field.items, false);
  // A list of file URLs is a list of strings, whether or not the data says so.
  else if (media && field.type === "array") schema.items = { type: "string" };
  if (field.properties !== undefined) {
    const required = Object.entries(field.properties)
      .filter(([, nested]) => nested.required)
      .map(([nestedName]) => nestedName);
    if (required.length > 0) schema.required = required;
    schema.properties = Object.fromEntries(
      Object.entries(field.properties).map(([nestedName, nested]) => [
        nestedName,
        fieldSchema(nestedName, nested, false),
      ]),
    );
  }
  const takesFile =
    media &&
    (field.type === "string" || (field.type === "array" && (schema.items as Schema).type === "string"));
  if (takesFile) schema["x-runapi-file"] = true;
  return schema;
}
