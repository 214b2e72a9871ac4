import { ValidationError } from "../errors/error-ladder.js";
import type { RequestOptions } from "../http/send-request.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";
import { withoutIdempotencyKey } from "../http/without-idempotency-key.js";
import { defaultFileName, type FileInput } from "./file-input.js";
import type { FilePurpose } from "./persistent-files.js";
import { sniffType } from "./sniff-type.js";
import { addPart, cancel, complete, create, type Upload, type UploadPart } from "./upload-requests.js";

/**
 * 8 MiB: one part is held in memory at a time, so memory stays bounded whatever the file's size; a 1 GiB file
 * takes 128 requests, and a part that fails costs at most 8 MiB to send again; and a part stays well under the
 * request-body limits of common proxies and CDNs (often 10 to 100 MB) and the emulator's 20 MiB.
 */
export const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

/** Sent to `onProgress` each time a part has been accepted. */
export interface UploadProgress {
  /** The upload, as created (status `pending`). */
  upload: Upload;
  /** The part just accepted. */
  part: UploadPart;
  /** Bytes accepted so far, this part included. */
  sentBytes: number;
  /** The file's size. */
  totalBytes: number;
}

export interface UploadInPartsOptions extends RequestOptions {
  /** The file's name; default: a File's own name, else `upload.<extension of its type>`. */
  fileName?: string;
  /** The file's MIME type; default: a Blob's own type, else sniffed from its first bytes. */
  contentType?: string;
  /** Default `user_data`. */
  purpose?: FilePurpose;
  /** Bytes per part (the last may be smaller); default `DEFAULT_PART_SIZE`, 8 MiB. */
  partSize?: number;
  /** A ReadableStream's exact size, which the upload declares before its first part (Blobs and bytes know theirs). */
  bytes?: number;
  /** Called after each part is accepted. */
  onProgress?: (progress: UploadProgress) => void;
}

/** A file to send in parts: its size, name and type, and its bytes one part at a time. */
interface PartSource {
  size: number;
  name?: string;
  type?: string;
  parts(partSize: number): AsyncIterable<Blob>;
}

/**
 * Creates an upload, adds the file's parts one after the other (each retried like any request), and completes
 * it with the parts in order. When anything fails (a part after its retries, the caller's abort, `onProgress`
 * throwing), the upload is cancelled and the error thrown.
 */
export async function upload(
  transport: Transport,
  input: FileInput,
  options: UploadInPartsOptions = {},
): Promise<WithResponse<Upload>> {
  const {
    fileName,
    contentType,
    purpose,
    partSize = DEFAULT_PART_SIZE,
    bytes,
    onProgress,
    ...request
  } = options;
  if (!Number.isInteger(partSize) || partSize < 1) {
    refuse("partSize", `partSize must be a whole number of bytes, at least 1, not ${partSize}`);
  }
  const source = await partSource(input, bytes);
  if (source.size === 0) refuse("file", "file is empty: pass the file's bytes");
  const type = contentType ?? (source.type || "application/octet-stream");
  // Each step is a request of its own with its own Idempotency-Key: a key the caller set names one request.
  const step = withoutIdempotencyKey(request);
  const { data: created } = await create(
    transport,
    {
      bytes: source.size,
      filename: fileName ?? source.name ?? defaultFileName(type),
      mime_type: type,
      purpose,
    },
    step,
  );
  try {
    const partIds: string[] = [];
    let sentBytes = 0;
    for await (const chunk of source.parts(partSize)) {
      if (sentBytes + chunk.size > source.size) {
        refuse("bytes", `the stream holds more than bytes (${source.size}): pass its exact size`);
      }
      const { data: part } = await addPart(transport, created.id, chunk, step);
      partIds.push(part.id);
      sentBytes += chunk.size;
      onProgress?.({ upload: created, part, sentBytes, totalBytes: source.size });
    }
    if (sentBytes < source.size) {
      refuse(
        "bytes",
        `the stream ended after ${sentBytes} bytes, not bytes (${source.size}): pass its exact size`,
      );
    }
    return await complete(transport, created.id, { part_ids: partIds }, step);
  } catch (error) {
    // One try, without the caller's signal (it may be what stopped the upload); should it fail too, the upload
    // expires on its own, and the error that matters is the first.
    await cancel(transport, created.id, { ...step, signal: undefined, maxRetries: 0 }).catch(() => undefined);
    throw error;
  }
}

async function partSource(input: FileInput, bytes: number | undefined): Promise<PartSource> {
  if (typeof Blob !== "undefined" && input instanceof Blob) {
    return {
      size: input.size,
      name: (input as { name?: string }).name || undefined,
      type: input.type || sniffType(new Uint8Array(await input.slice(0, 16).arrayBuffer())),
      parts: (partSize) => sliced(input.size, partSize, (start, end) => input.slice(start, end)),
    };
  }
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    const view = ArrayBuffer.isView(input)
      ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
    return {
      size: view.byteLength,
      type: sniffType(view),
      parts: (partSize) =>
        sliced(
          view.byteLength,
          partSize,
          (start, end) => new Blob([view.subarray(start, end) as Uint8Array<ArrayBuffer>]),
        ),
    };
  }
  if (!Number.isInteger(bytes) || (bytes as number) < 0) {
    refuse(
      "bytes",
      "bytes is required with a ReadableStream: pass its exact size, which the upload declares first",
    );
  }
  return {
    size: bytes as number,
    parts: (partSize) => regrouped(input as ReadableStream<Uint8Array>, partSize),
  };
}

async function* sliced(size: number, partSize: number, slice: (start: number, end: number) => Blob) {
  for (let start = 0; start < size; start += partSize) yield slice(start, Math.min(size, start + partSize));
}

/** A stream's chunks regrouped into parts of `partSize` bytes (the last may be smaller). */
async function* regrouped(stream: ReadableStream<Uint8Array>, partSize: number): AsyncGenerator<Blob> {
  const reader = stream.getReader();
  let held: Uint8Array<ArrayBuffer>[] = [];
  let heldBytes = 0;
  let done = false;
  try {
    while (!done) {
      const read = await reader.read();
      done = read.done;
      let rest = (read.value ?? new Uint8Array(0)) as Uint8Array<ArrayBuffer>;
      while (heldBytes + rest.byteLength >= partSize || (done && heldBytes + rest.byteLength > 0)) {
        const take = Math.min(rest.byteLength, partSize - heldBytes);
        held.push(rest.subarray(0, take));
        rest = rest.subarray(take);
        yield new Blob(held);
        held = [];
        heldBytes = 0;
      }
      held.push(rest);
      heldBytes += rest.byteLength;
    }
  } finally {
    // Stopped early (a failed part): the rest of the stream is not wanted.
    if (!done) await reader.cancel().catch(() => undefined);
  }
}

function refuse(path: string, message: string): never {
  throw new ValidationError([{ path, message }]);
}
