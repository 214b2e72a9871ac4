import type { InputSchema } from "../validation/input-schema.js";
import type { FileInput } from "./file-input.js";

/** How `create`/`run` send local files: uploaded first for a URL (default), or inlined as `data:` URIs. */
export type LocalFileMode = "upload" | "data-uri";

/** A parameter type whose file fields (`K`) also take local files: `string | FileInput`, `(string | FileInput)[]`. */
export type WithFileInputs<P, K extends PropertyKey> = {
  [F in keyof P]: F extends K ? LocalFileField<P[F]> : P[F];
};
type LocalFileField<T> = T extends readonly (infer U)[]
  ? (U | FileInput)[]
  : T extends string
    ? T | FileInput
    : T;

/** A local file found in a file field: the field, its index in an array field (-1 for a string field), the file. */
export type Found = [field: string, index: number, input: FileInput];

/** Bytes `create` takes in a file field: a Blob or File, an ArrayBuffer or a view of one, a ReadableStream. */
const isFileInput = (value: unknown): value is FileInput =>
  (typeof Blob !== "undefined" && value instanceof Blob) ||
  value instanceof ArrayBuffer ||
  ArrayBuffer.isView(value) ||
  (typeof ReadableStream !== "undefined" && value instanceof ReadableStream);

/**
 * The local files in the file fields (`file: true` in the schema) of a request. Only this check runs on every
 * create; reading and uploading what it finds (upload-local-files.ts) loads when there is something.
 */
export function findLocalFiles(schema: InputSchema, params: Record<string, unknown>): Found[] {
  const found: Found[] = [];
  for (const field in schema.properties) {
    const value = params[field];
    if (!schema.properties[field]?.file) continue;
    if (isFileInput(value)) found.push([field, -1, value]);
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) if (isFileInput(item)) found.push([field, index, item]);
    }
  }
  return found;
}
