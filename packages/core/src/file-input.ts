import type { ValidationIssue } from "./errors.js";
import { MAX_UPLOAD_BYTES, ValidationError } from "./runtime.js";

export { MAX_UPLOAD_BYTES };

/** Local bytes the SDK can upload: a Blob or File, an ArrayBuffer, a Uint8Array or Node Buffer, a ReadableStream. */
export type FileInput = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;

/** The kinds of file the API takes. */
const ACCEPTED_TYPES = /^(image|video|audio)\//;

export interface ReadFile {
  bytes: Uint8Array;
  name: string;
  type: string;
}

/** Reads any FileInput into bytes, with a name and a content type (sniffed from the bytes when not given). */
export async function readFileInput(
  input: FileInput,
  options: { fileName?: string; contentType?: string } = {},
): Promise<ReadFile> {
  let bytes: Uint8Array;
  let type = options.contentType;
  let name = options.fileName;
  if (typeof Blob !== "undefined" && input instanceof Blob) {
    bytes = new Uint8Array(await input.arrayBuffer());
    type ??= input.type || undefined;
    name ??= (input as { name?: string }).name || undefined;
  } else if (input instanceof ArrayBuffer) {
    bytes = new Uint8Array(input);
  } else if (ArrayBuffer.isView(input)) {
    bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  } else {
    bytes = await readStream(input as ReadableStream<Uint8Array>);
  }
  type ??= sniffType(bytes);
  return { bytes, type, name: name ?? `upload.${type.split("/")[1]?.split(/[+;]/)[0] ?? "bin"}` };
}

/** Refuses, before anything is sent, a file the API would refuse. */
export function checkFile(file: ReadFile, path = "file"): void {
  const issue = fileProblem(file, path);
  if (issue) throw new ValidationError([issue]);
}

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

/** "photo is 21.3 MiB; files may be at most 20 MiB: resize or compress it" */
export function tooLarge(path: string, size: number): string {
  const mebibytes = (size: number) => Math.ceil((size / 1024 / 1024) * 10) / 10;
  return `${path} is ${mebibytes(size).toFixed(1)} MiB; files may be at most ${mebibytes(MAX_UPLOAD_BYTES)} MiB: resize or compress it`;
}

async function readStream(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = stream.getReader();
  // Stop once past the limit rather than buffer an unbounded stream; checkFile then refuses it.
  for (let size = 0; size <= MAX_UPLOAD_BYTES; ) {
    const { done, value } = await reader.read();
    if (done) return new Uint8Array(await new Blob(chunks).arrayBuffer());
    chunks.push(value as Uint8Array<ArrayBuffer>);
    size += value.byteLength;
  }
  await reader.cancel();
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

// The first bytes of each kind, as Latin-1 text.
const SIGNATURES: [RegExp, string][] = [
  [/^\x89PNG/, "image/png"],
  [/^\xff\xd8\xff/, "image/jpeg"],
  [/^GIF8/, "image/gif"],
  [/^RIFF.{4}WEBP/s, "image/webp"],
  [/^RIFF.{4}WAVE/s, "audio/wav"],
  [/^.{4}ftyp/s, "video/mp4"],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: WebM's magic number starts with a control character.
  [/^\x1aE\xdf\xa3/, "video/webm"],
  [/^ID3/, "audio/mpeg"],
  [/^OggS/, "audio/ogg"],
  [/^fLaC/, "audio/flac"],
];

/** The content type from the file's first bytes; unknown bytes are application/octet-stream. */
export function sniffType(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 12));
  return SIGNATURES.find(([signature]) => signature.test(head))?.[1] ?? "application/octet-stream";
}

/** `data:<type>;base64,<bytes>` */
export function toDataUri(file: ReadFile): string {
  return `data:${file.type};base64,${toBase64(file.bytes)}`;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
