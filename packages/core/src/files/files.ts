import type { ApiPromise } from "../client/api-promise.js";
import { ValidationError } from "../errors/error-ladder.js";
import { type RequestOptions, sendRequest } from "../http/send-request.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";
import type { ConsumeOption, DownloadOptions, FileOutput } from "./download.js";
import { type FileInput, readFileInput } from "./file-input.js";
import { checkFile } from "./file-problem.js";
import { sniffType } from "./sniff-type.js";
import { type UploadedFile, uploadFile } from "./upload-file.js";

export interface UploadOptions extends RequestOptions {
  /** The file's name; default: a File's own name, else `upload.<extension of its type>`. */
  fileName?: string;
  /** The file's MIME type; default: a Blob's own type, else sniffed from its first bytes. */
  contentType?: string;
}

export interface FileSourceOptions extends RequestOptions {
  /** The file's name; default: the URL's last segment, or one from the type. */
  fileName?: string;
}

/**
 * `client.files`: temporary files on RunAPI, for parameters that take a file URL, and downloads of outputs.
 * Local files put straight into `create`/`run` parameters are uploaded for you; these are for doing it
 * yourself. Their code is loaded on first use.
 */
export interface Files {
  /**
   * Uploads a Blob, File, ArrayBuffer, Uint8Array, Buffer or ReadableStream (a path: `fileFromPath` from
   * `/node`) with an MD5 check, and answers the temporary file. Size and type are checked before any request.
   * @example const { url } = await client.files.upload(new Blob([bytes], { type: "image/png" }));
   */
  upload(input: FileInput, options?: UploadOptions): ApiPromise<UploadedFile>;
  /**
   * Copies a file from a public HTTP(S) URL to RunAPI.
   * @example const file = await client.files.fromUrl("https://example.com/cat.png");
   */
  fromUrl(url: string, options?: FileSourceOptions): ApiPromise<UploadedFile>;
  /**
   * Uploads base64 bytes, bare or as a `data:<type>;base64,` URI. Size and type are checked before sending.
   * @example const file = await client.files.fromBase64(`data:image/png;base64,${encoded}`);
   */
  fromBase64(data: string, options?: FileSourceOptions): ApiPromise<UploadedFile>;
  /**
   * Downloads a file URL or an output (`{ url }`, `{ audio_url }`) as bytes, with `{ as: "stream" }` as a
   * stream, or with `{ consume }` into a function of yours, without sending the API key or the client's
   * headers, within `maxDownloadBytes`. Throws `FileExpiredError` when a temporary URL has expired.
   * @example const bytes = await client.files.download(task.images[0]);
   */
  download(source: string | FileOutput, options: DownloadOptions & ConsumeOption): Promise<undefined>;
  download(source: string | FileOutput, options?: DownloadOptions & { as?: "bytes" }): Promise<Uint8Array>;
  download(
    source: string | FileOutput,
    options: DownloadOptions & { as: "stream" },
  ): Promise<ReadableStream<Uint8Array>>;
  download(
    source: string | FileOutput,
    options?: DownloadOptions,
  ): Promise<Uint8Array | ReadableStream<Uint8Array>>;
}

// The implementations behind `client.files`, loaded on first use.
export { download } from "./download.js";

export async function upload(
  transport: Transport,
  input: FileInput,
  options: UploadOptions = {},
): Promise<WithResponse<UploadedFile>> {
  const file = await readFileInput(input, options);
  checkFile(file);
  return uploadFile(transport, file, options);
}

export const fromUrl = (
  transport: Transport,
  url: string,
  options: FileSourceOptions = {},
): Promise<WithResponse<UploadedFile>> => {
  if (!/^https?:\/\/./i.test(url)) refuse("url", "url must be an HTTP(S) URL");
  return create(transport, { type: "url", url }, options);
};

export const fromBase64 = (
  transport: Transport,
  data: string,
  options: FileSourceOptions = {},
): Promise<WithResponse<UploadedFile>> => {
  const [prefix = "", type] = /^data:([^;,]*)[^,]*,/.exec(data) ?? [];
  let bytes: Uint8Array;
  try {
    const binary = atob(data.slice(prefix.length).replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/"));
    bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    refuse("data", "data must be base64, bare or as a data:<type>;base64, URI");
  }
  checkFile({ bytes, type: type || sniffType(bytes), name: "" }, "data");
  return create(transport, { type: "base64", data }, options);
};

/** `POST /api/v1/files` with a source. */
const create = (transport: Transport, source: object, { fileName, ...request }: FileSourceOptions) =>
  sendRequest<UploadedFile>(transport, {
    ...request,
    method: "POST",
    path: "/api/v1/files",
    body: { source, file_name: fileName },
  });

function refuse(path: string, message: string): never {
  throw new ValidationError([{ path, message }]);
}
