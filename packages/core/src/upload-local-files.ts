import { fileProblem, readFileInput, toDataUri } from "./file-input.js";
import type { Found, LocalFileMode } from "./local-files.js";
import type { RequestOptions, Transport } from "./request.js";
import { ValidationError } from "./runtime.js";
import { uploadFile } from "./upload-file.js";

/**
 * The URLs of the local files `findLocalFiles` found (in its order): read and checked first (every problem
 * before any request), then uploaded in parallel, or inlined as data: URIs. Loaded by `create` when a request
 * holds local files.
 */
export async function uploadLocalFiles(
  transport: Transport,
  found: Found[],
  mode: LocalFileMode | undefined,
  request: RequestOptions,
): Promise<string[]> {
  const files = await Promise.all(found.map(([, , input]) => readFileInput(input)));
  const issues = files.flatMap((file, n) => fileProblem(file, pathOf(found[n] as Found)) ?? []);
  if (issues.length > 0) throw new ValidationError(issues);
  return mode === "data-uri"
    ? files.map(toDataUri)
    : Promise.all(files.map(async (file) => (await uploadFile(transport, file, request)).data.url));
}

const pathOf = ([field, index]: Found) => (index < 0 ? field : `${field}[${index}]`);
