import { ValidationError, type ValidationIssue } from "../errors/error-ladder.js";
import type { ReadFile } from "./file-input.js";
import { MAX_UPLOAD_BYTES } from "./max-upload-bytes.js";

/** The kinds of file the API takes. */
const ACCEPTED_TYPES = /^(image|video|audio)\//;

/** What the API would refuse in a file (empty, too large, not a media type), worded with the fix. */
export function fileProblem(file: ReadFile, path: string): ValidationIssue | undefined {
  const size = file.bytes.byteLength;
  const message =
    size === 0
      ? `${path} is empty: pass the file's bytes`
      : size > MAX_UPLOAD_BYTES
        ? tooLarge(path, size)
        : ACCEPTED_TYPES.test(file.type)
          ? undefined
          : `${path} has the type ${file.type}; upload an image, video or audio file (or pass contentType)`;
  return message === undefined ? undefined : { path, message };
}

/** Refuses, before anything is sent, a file the API would refuse. */
export function checkFile(file: ReadFile, path = "file"): void {
  const issue = fileProblem(file, path);
  if (issue) throw new ValidationError([issue]);
}

/** "photo is 21.3 MiB; files may be at most 20 MiB: resize or compress it" */
export function tooLarge(path: string, size: number, limit = MAX_UPLOAD_BYTES): string {
  const mebibytes = (size: number) => Math.ceil((size / 1024 / 1024) * 10) / 10;
  return `${path} is ${mebibytes(size).toFixed(1)} MiB; files may be at most ${mebibytes(limit)} MiB: resize or compress it`;
}
