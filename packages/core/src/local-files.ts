import { ValidationError } from "./errors.js";
import { type FileInput, fileProblem, isFileInput, readFileInput, toDataUri } from "./file-input.js";
import type { RequestOptions, Transport } from "./request.js";
import { uploadFile } from "./upload-file.js";
import type { InputSchema } from "./variant.js";

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
type Found = [field: string, index: number, input: FileInput];

// What a file field holds while its request is validated; the real URL comes from the upload.
const STAND_IN = "https://upload.invalid/file";

/**
 * The request with the local files of its file fields (`file: true` in the schema) replaced by URLs: read
 * and checked first (every problem before any request), then uploaded in parallel, or inlined as data: URIs.
 * `check` validates a request; it runs before anything is read or sent, with stand-in URLs for the files.
 */
export async function replaceLocalFiles(
  transport: Transport,
  schema: InputSchema,
  params: Record<string, unknown>,
  check: (params: unknown) => void,
  mode: LocalFileMode | undefined,
  request: RequestOptions,
): Promise<Record<string, unknown>> {
  const found: Found[] = [];
  for (const field in schema.properties) {
    const value = params[field];
    if (!schema.properties[field]?.file) continue;
    if (isFileInput(value)) found.push([field, -1, value]);
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) if (isFileInput(item)) found.push([field, index, item]);
    }
  }
  check(found.length > 0 ? replace(params, found, () => STAND_IN) : params);
  if (found.length === 0) return params;
  const files = await Promise.all(found.map(([, , input]) => readFileInput(input)));
  const issues = files.flatMap((file, n) => fileProblem(file, pathOf(found[n] as Found)) ?? []);
  if (issues.length > 0) throw new ValidationError(issues);
  const urls =
    mode === "data-uri"
      ? files.map(toDataUri)
      : await Promise.all(files.map(async (file) => (await uploadFile(transport, file, request)).data.url));
  const replaced = replace(params, found, (n) => urls[n]);
  // A field whose schema takes URLs only refuses a data: URI, as the API would.
  if (mode === "data-uri") check(replaced);
  return replaced;
}

function replace(params: Record<string, unknown>, found: Found[], value: (n: number) => unknown) {
  const copy = { ...params };
  found.forEach(([field, index], n) => {
    if (index < 0) copy[field] = value(n);
    else {
      if (copy[field] === params[field]) copy[field] = [...(params[field] as unknown[])];
      (copy[field] as unknown[])[index] = value(n);
    }
  });
  return copy;
}

const pathOf = ([field, index]: Found) => (index < 0 ? field : `${field}[${index}]`);
