import { MAX_UPLOAD_BYTES } from "./max-upload-bytes.js";
import { sniffType } from "./sniff-type.js";

/** Local bytes the SDK can upload: a Blob or File, an ArrayBuffer, a Uint8Array or Node Buffer, a ReadableStream. */
export type FileInput = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;

/** A local file read into memory, ready to check and send. */
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
  return { bytes, type, name: name ?? defaultFileName(type) };
}

/** The name of a file given none: `upload.<extension of its type>`, `upload.bin` for unknown bytes. */
export function defaultFileName(type: string): string {
  const subtype = type.split("/")[1]?.split(/[+;]/)[0];
  return `upload.${!subtype || subtype === "octet-stream" ? "bin" : subtype}`;
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
