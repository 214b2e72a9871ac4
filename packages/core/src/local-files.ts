import type { FileInput } from "./file-input.js";
import type { InputSchema } from "./variant.js";

/** The largest file the API accepts. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

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
 * create; reading and uploading what it finds (upload-local-files.ts) is loaded when there is something.
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

/** A copy of the request with each found file replaced by `value(n)` (n: its place in `found`). */
export function replaceFound(params: unknown, found: Found[], value: (n: number) => unknown): unknown {
  const copy = { ...(params as Record<string, unknown>) };
  found.forEach(([field, index], n) => {
    if (index < 0) copy[field] = value(n);
    else {
      if (copy[field] === (params as Record<string, unknown>)[field])
        copy[field] = [...(copy[field] as unknown[])];
      (copy[field] as unknown[])[index] = value(n);
    }
  });
  return copy;
}
