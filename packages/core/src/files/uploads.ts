import type { ApiPromise } from "../client/api-promise.js";
import type { RequestOptions } from "../http/send-request.js";
import type { FileInput } from "./file-input.js";
import type { UploadInPartsOptions } from "./upload-in-parts.js";
import type { PartData, Upload, UploadCompletion, UploadParams, UploadPart } from "./upload-requests.js";

/**
 * `client.uploads`: large files sent in parts (`/v1/uploads`, OpenAI-compatible), each part its own request,
 * completed into a persistent file. `upload` does it all; the other calls are its steps. Loaded on first use.
 */
export interface Uploads {
  /**
   * Sends a Blob, File, ArrayBuffer, Uint8Array, Buffer or ReadableStream (with `{ bytes }`) in parts of
   * `partSize` (default 8 MiB), one at a time, each retried like any request, and answers the completed upload
   * with its `file`. When it fails, the upload is cancelled.
   * @example
   * const { file } = await client.uploads.upload(await fileFromPath("./film.mp4", { maxBytes: Infinity }), {
   *   onProgress: ({ sentBytes, totalBytes }) => console.log(`${sentBytes} / ${totalBytes}`),
   * });
   */
  upload(input: FileInput, options?: UploadInPartsOptions): ApiPromise<Upload>;
  /**
   * Starts an upload, declaring the file's size, name and type; it expires if not completed in time.
   * @example const upload = await client.uploads.create({ bytes: 3_000_000, filename: "a.mp4", mime_type: "video/mp4" });
   */
  create(params: UploadParams, options?: RequestOptions): ApiPromise<Upload>;
  /**
   * Adds one part's bytes to a pending upload.
   * @example const part = await client.uploads.addPart(upload.id, blob.slice(0, 8 * 1024 * 1024));
   */
  addPart(uploadId: string, data: PartData, options?: RequestOptions): ApiPromise<UploadPart>;
  /**
   * Makes the parts, in the order given, into a file; their sizes must add up to the declared `bytes`.
   * @example const { file } = await client.uploads.complete(upload.id, { part_ids: [first.id, second.id] });
   */
  complete(uploadId: string, completion: UploadCompletion, options?: RequestOptions): ApiPromise<Upload>;
  /**
   * Cancels a pending upload; its parts are dropped.
   * @example await client.uploads.cancel(upload.id);
   */
  cancel(uploadId: string, options?: RequestOptions): ApiPromise<Upload>;
}

// The implementations behind `client.uploads`, loaded on first use.
export { upload } from "./upload-in-parts.js";
export { addPart, cancel, complete, create } from "./upload-requests.js";
