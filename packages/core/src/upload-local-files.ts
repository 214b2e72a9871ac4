import type { ValidationIssue } from "./errors.js";
import { fileProblem, readFileInput, toDataUri } from "./file-input.js";
import type { Found, LocalFileMode } from "./local-files.js";
import type { RequestOptions, Transport } from "./request.js";
import { replaceFound, ValidationError } from "./runtime.js";
import { uploadFile } from "./upload-file.js";

/**
 * The request with the local files `findLocalFiles` found replaced by URLs. The files are read and checked
 * first, and their problems join `issues` (the request's, checked with stand-ins) in one error before any
 * request; then they are uploaded in parallel, or inlined as data: URIs, which `check` validates again.
 * Loaded by `create` when a request holds local files.
 */
export async function uploadLocalFiles(
  transport: Transport,
  params: unknown,
  found: Found[],
  mode: LocalFileMode | undefined,
  request: RequestOptions,
  check: (params: unknown) => void,
  issues: ValidationIssue[],
): Promise<unknown> {
  const files = await Promise.all(found.map(([, , input]) => readFileInput(input)));
  // The request's problems (checked with the files standing in as URLs) and the files' own, in one error.
  issues.push(...files.flatMap((file, n) => fileProblem(file, pathOf(found[n] as Found)) ?? []));
  if (issues.length > 0) throw new ValidationError(issues);
  const urls =
    mode === "data-uri"
      ? files.map(toDataUri)
      : await Promise.all(files.map(async (file) => (await uploadFile(transport, file, request)).data.url));
  const body = replaceFound(params, found, (n) => urls[n]);
  // A field whose schema takes URLs only refuses a data: URI, as the API would.
  if (mode === "data-uri") check(body);
  return body;
}

const pathOf = ([field, index]: Found) => (index < 0 ? field : `${field}[${index}]`);
