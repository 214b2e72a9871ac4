import { ValidationError } from "./errors.js";

/** Local bytes the SDK can upload: a Blob or File, an ArrayBuffer, a Uint8Array or Node Buffer, a ReadableStream. */
export type FileInput = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;

/** The largest file the API accepts, and the kinds of file it takes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const ACCEPTED_TYPES = /^(image|video|audio)\//;

export interface ReadFile {
  bytes: Uint8Array;
  name: string;
  type: string;
}

export function isFileInput(value: unknown): value is FileInput {
  return (
    (typeof Blob !== "undefined" && value instanceof Blob) ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof ReadableStream !== "undefined" && value instanceof ReadableStream)
  );
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
  if (file.bytes.byteLength === 0)
    throw new ValidationError([{ path, message: `${path} is empty: pass the file's bytes` }]);
  if (file.bytes.byteLength > MAX_UPLOAD_BYTES) {
    const megabytes = (file.bytes.byteLength / 1024 / 1024).toFixed(1);
    throw new ValidationError([
      {
        path,
        message: `${path} is ${megabytes} MiB; files may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB: resize or compress it`,
      },
    ]);
  }
  if (!ACCEPTED_TYPES.test(file.type)) {
    throw new ValidationError([
      {
        path,
        message: `${path} has the type ${file.type}; upload an image, video or audio file (or pass contentType)`,
      },
    ]);
  }
}

async function readStream(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    // Stop early rather than buffer an unbounded stream.
    if (size > MAX_UPLOAD_BYTES) {
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const SIGNATURES: [string, number[]][] = [
  ["image/png", [0x89, 0x50, 0x4e, 0x47]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/gif", [0x47, 0x49, 0x46, 0x38]],
  ["audio/mpeg", [0x49, 0x44, 0x33]],
  ["audio/flac", [0x66, 0x4c, 0x61, 0x43]],
];

/** The content type from the file's first bytes; unknown bytes are application/octet-stream. */
export function sniffType(bytes: Uint8Array): string {
  for (const [type, signature] of SIGNATURES)
    if (signature.every((byte, index) => bytes[index] === byte)) return type;
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WAVE") return "audio/wav";
  if (ascii(4, 8) === "ftyp") return "video/mp4";
  if (ascii(0, 4) === "\x1aE\xdf\xa3") return "video/webm";
  if (ascii(0, 4) === "OggS") return "audio/ogg";
  return "application/octet-stream";
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
