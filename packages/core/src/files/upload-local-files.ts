import { ValidationError, type ValidationIssue } from "../errors/error-ladder.js";
import type { RequestOptions } from "../http/send-request.js";
import type { Transport } from "../http/transport.js";
import { toDataUri } from "./data-uri.js";
import { readFileInput } from "./file-input.js";
import { fileProblem } from "./file-problem.js";
import type { Found, LocalFileMode } from "./local-files.js";
import { uploadFile } from "./upload-file.js";

// What a file field holds while its request is validated; the real URL comes from the upload.
const STAND_IN = "https://upload.invalid/file";

/**
 * The request with the local files `findLocalFiles` found replaced by URLs. Every problem comes first, in one
 * error before any request: the request's own (`issuesOf`, create's validation), checked with the files
 * standing in as URLs, then the files' (size, type) once they are read. Then they are uploaded in parallel, or
 * inlined as data: URIs, which are validated again. Loaded by `create` when a request holds local files.
 */
export async function uploadLocalFiles(
  transport: Transport,
  params: unknown,
  found: Found[],
  mode: LocalFileMode | undefined,
  request: RequestOptions,
  issuesOf: (params: unknown) => ValidationIssue[],
): Promise<unknown> {
  const issues = issuesOf(replaceFound(params, found, () => STAND_IN));
  const files = await Promise.all(found.map(([, , input]) => readFileInput(input)));
  issues.push(...files.flatMap((file, n) => fileProblem(file, pathOf(found[n] as Found)) ?? []));
  if (issues.length > 0) throw new ValidationError(issues);
  const urls =
    mode === "data-uri"
      ? files.map(toDataUri)
      : await Promise.all(files.map(async (file) => (await uploadFile(transport, file, request)).data.url));
  const body = replaceFound(params, found, (n) => urls[n]);
  // A field whose schema takes URLs only refuses a data: URI, as the API would.
  const refused = mode === "data-uri" ? issuesOf(body) : [];
  if (refused.length > 0) throw new ValidationError(refused);
  return body;
}

const pathOf = ([field, index]: Found) => (index < 0 ? field : `${field}[${index}]`);

/** A copy of the request with each found file replaced by `value(n)` (n: its place in `found`). */
function replaceFound(params: unknown, found: Found[], value: (n: number) => unknown): unknown {
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
