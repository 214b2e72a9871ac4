/// <reference types="node" />
/**
 * `@runapi.ai/core/node` (and `@runapi.ai/<family>/node`): local paths for Node. Files read from a path upload
 * like any other local file; outputs download straight to a path; `sniffType` tells a file's type by its bytes.
 * @example
 * import { downloadToPath, fileFromPath } from "@runapi.ai/flux-2/node";
 * const done = await client.run({ model, prompt, source_image_urls: [await fileFromPath("./cat.png")] });
 * await downloadToPath(done.images[0], "./out/cat.png");
 */
import * as buffer from "node:buffer";
import * as fs from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { ValidationError } from "./errors/error-ladder.js";
import type { ConsumeOption, DownloadOptions } from "./files/download.js";
import { tooLarge } from "./files/file-problem.js";
import { MAX_UPLOAD_BYTES } from "./files/max-upload-bytes.js";
import { sniffType } from "./files/sniff-type.js";
import { randomId } from "./http/random-id.js";

// Not on the main entry, which loads files/ only on first use; this entry loads it anyway.
export { sniffType };

/** Types by extension, for files whose first bytes do not say (an MP3 without a tag, a MOV). */
const TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  mp4: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  m4a: "audio/mp4",
  ogg: "audio/ogg",
  flac: "audio/flac",
};

export interface FileFromPathOptions {
  /** The name the file is uploaded with; default: the path's last segment. */
  fileName?: string;
  /** The file's MIME type; default: from the extension, else from its first bytes (empty if unrecognised). */
  contentType?: string;
  /**
   * The largest size taken; default `MAX_UPLOAD_BYTES` (20 MiB), what a file sent in one request may be. For
   * `client.uploads.upload`, which sends a file in parts, pass `Infinity`.
   */
  maxBytes?: number;
}

/**
 * A file on disk as a `File`, to pass wherever a local file is taken: `client.files.upload(file)`, a file
 * field of `create`/`run`, `client.persistentFiles.create(file)` or `client.uploads.upload(file)`. Its size is
 * checked now; its bytes are read when they are sent.
 * @example const done = await client.run({ model, prompt, source_image_urls: [await fileFromPath("./cat.png")] });
 */
export async function fileFromPath(path: string, options: FileFromPathOptions = {}): Promise<File> {
  let size: number;
  try {
    ({ size } = await stat(path));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ValidationError([
      {
        path,
        message:
          code === "ENOENT"
            ? `${path} does not exist (looked at ${resolve(path)}): check the path`
            : `${path} cannot be read (${code ?? String(error)}): check the path and its permissions`,
      },
    ]);
  }
  const { maxBytes = MAX_UPLOAD_BYTES } = options;
  if (size > maxBytes) throw new ValidationError([{ path, message: tooLarge(path, size, maxBytes) }]);
  const type = options.contentType ?? TYPES[extname(path).slice(1).toLowerCase()] ?? (await sniffFile(path));
  // openAsBlob (Node 19.8+) reads the file only when the bytes are needed.
  const contents = fs.openAsBlob ? await fs.openAsBlob(path) : new Blob([await readFile(path)]);
  // Node 18 has File in node:buffer only; later versions have it globally too.
  const FileClass = (globalThis.File ?? buffer.File) as typeof File;
  return new FileClass([contents as Blob], options.fileName ?? basename(path), { type });
}

/** The type of a file without a known extension, from its first bytes (empty when they are not recognised). */
async function sniffFile(path: string): Promise<string> {
  const handle = await open(path);
  try {
    const { buffer: head, bytesRead } = await handle.read(new Uint8Array(16), 0, 16, 0);
    const type = sniffType(head.subarray(0, bytesRead));
    return type === "application/octet-stream" ? "" : type;
  } finally {
    await handle.close();
  }
}

/** Anything with a `download()`: every output of a task read by `get`, `wait` or `run`. */
export interface DownloadableOutput {
  download(options: DownloadOptions & ConsumeOption): Promise<unknown>;
}

/**
 * Streams an output to a file, creating its folder; the file appears whole or not at all. A download cut
 * short or timed out is retried like any (`maxRetries`), the file written anew; past `maxDownloadBytes` it
 * stops with `ResponseTooLargeError`. Answers the absolute path written.
 * @example await downloadToPath(done.images[0], `./out/${done.id}.png`);
 */
export async function downloadToPath(
  output: DownloadableOutput,
  path: string,
  options: Omit<DownloadOptions, "as"> = {},
): Promise<string> {
  if (typeof output?.download !== "function") {
    throw new ValidationError([
      {
        path: "output",
        message:
          "output has no download(): pass an output of a task read by get, wait or run (e.g. task.images[0])",
      },
    ]);
  }
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.${randomId()}.part`;
  try {
    // Each attempt writes the file from its start.
    await output.download({
      ...options,
      consume: (body) => writeFile(partial, Readable.fromWeb(body as NodeReadableStream<Uint8Array>)),
    });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return target;
}
