import type { ApiPromise } from "../client/api-promise.js";
import type { ListPage, PagePromise } from "../client/page-promise.js";
import { ValidationError } from "../errors/error-ladder.js";
import { pathSegment } from "../http/path-segment.js";
import { type RequestOptions, sendRequest } from "../http/send-request.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";
import { type FileInput, readFileInput } from "./file-input.js";
import { tooLarge } from "./file-problem.js";
import { MAX_UPLOAD_BYTES } from "./max-upload-bytes.js";

/** What a persistent file is for; the API takes `user_data`. */
export type FilePurpose = "user_data";

/** A file kept on RunAPI until it is deleted, as `/v1/files` answers it. */
export interface PersistentFile {
  /** e.g. `file-abc123`. */
  id: string;
  object: "file";
  /** Its size in bytes. */
  bytes: number;
  /** When it was created, in seconds since the Unix epoch. */
  created_at: number;
  /** When it will be deleted, in seconds since the Unix epoch; absent or null when it does not expire. */
  expires_at?: number | null;
  filename: string;
  purpose: FilePurpose;
  [field: string]: unknown;
}

/** `DELETE /v1/files/{id}`'s answer. */
export interface DeletedFile {
  id: string;
  object: "file";
  deleted: true;
  [field: string]: unknown;
}

/** What `persistentFiles.list` filters and pages on; each is optional. */
export interface FileListQuery {
  /** A file id: the list starts after it (the cursor of the next page is the last page's `last_id`). */
  after?: string;
  /** Files per page, 1 to 100; the API's default is 20. */
  limit?: number;
  /** By creation time: `desc` (newest first, the API's default) or `asc`. */
  order?: "asc" | "desc";
  purpose?: FilePurpose;
}

export interface PersistentFileOptions extends RequestOptions {
  /** The file's name; default: a File's own name, else `upload.<extension of its type>`. */
  fileName?: string;
  /** The file's MIME type; default: a Blob's own type, else sniffed from its first bytes. */
  contentType?: string;
  /** Default `user_data`. */
  purpose?: FilePurpose;
}

/**
 * `client.persistentFiles`: files kept on RunAPI until you delete them (`/v1/files`, OpenAI-compatible), unlike
 * the temporary files of `client.files`. Files over 20 MiB go up in parts with `client.uploads.upload`. Their
 * code is loaded on first use.
 */
export interface PersistentFiles {
  /**
   * Uploads a Blob, File, ArrayBuffer, Uint8Array, Buffer or ReadableStream (a path: `fileFromPath` from
   * `/node`) of at most 20 MiB as one multipart request.
   * @example const file = await client.persistentFiles.create(new File([bytes], "notes.pdf"));
   */
  create(input: FileInput, options?: PersistentFileOptions): ApiPromise<PersistentFile>;
  /**
   * Lists the key's files. Await it for the first page (`{ data, has_more, last_id }`), or iterate it for every
   * file of every page.
   * @example for await (const file of client.persistentFiles.list({ order: "asc" })) console.log(file.id);
   */
  list(query?: FileListQuery, options?: RequestOptions): PagePromise<PersistentFile>;
  /**
   * A file's details.
   * @example const { filename, bytes } = await client.persistentFiles.retrieve("file-abc123");
   */
  retrieve(id: string, options?: RequestOptions): ApiPromise<PersistentFile>;
  /**
   * Deletes a file; later reads of it throw `NotFoundError`.
   * @example await client.persistentFiles.delete("file-abc123");
   */
  delete(id: string, options?: RequestOptions): ApiPromise<DeletedFile>;
  /**
   * A file's bytes.
   * @example const bytes = await client.persistentFiles.content("file-abc123");
   */
  content(id: string, options?: RequestOptions): ApiPromise<Uint8Array>;
}

// The implementations behind `client.persistentFiles`, loaded on first use.
const FILES_PATH = "/v1/files";

const filePath = (id: string) =>
  `${FILES_PATH}/${pathSegment(id, "id", "of a persistent file, such as file-abc123 (from create or list)")}`;

export async function create(
  transport: Transport,
  input: FileInput,
  { fileName, contentType, purpose = "user_data", ...request }: PersistentFileOptions = {},
): Promise<WithResponse<PersistentFile>> {
  const file = await readFileInput(input, { fileName, contentType });
  const size = file.bytes.byteLength;
  if (size === 0 || size > MAX_UPLOAD_BYTES) {
    const message =
      size === 0
        ? "file is empty: pass the file's bytes"
        : `${tooLarge("file", size)}, or send it in parts with client.uploads.upload`;
    throw new ValidationError([{ path: "file", message }]);
  }
  const form = new FormData();
  form.append("purpose", purpose);
  form.append("file", new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name);
  return sendRequest(transport, { ...request, method: "POST", path: FILES_PATH, body: form });
}

export function list(
  transport: Transport,
  query: FileListQuery = {},
  options: RequestOptions = {},
): Promise<WithResponse<ListPage<PersistentFile>>> {
  const given = Object.entries(query).filter(([, value]) => value !== undefined && value !== "");
  const search = given.length === 0 ? "" : `?${new URLSearchParams(given.map(([k, v]) => [k, String(v)]))}`;
  return sendRequest(transport, { ...options, method: "GET", path: FILES_PATH + search });
}

export const retrieve = (
  transport: Transport,
  id: string,
  options: RequestOptions = {},
): Promise<WithResponse<PersistentFile>> =>
  sendRequest(transport, { ...options, method: "GET", path: filePath(id) });

const deleteFile = (
  transport: Transport,
  id: string,
  options: RequestOptions = {},
): Promise<WithResponse<DeletedFile>> =>
  sendRequest(transport, { ...options, method: "DELETE", path: filePath(id) });

export { deleteFile as delete };

export const content = (
  transport: Transport,
  id: string,
  options: RequestOptions = {},
): Promise<WithResponse<Uint8Array>> =>
  sendRequest(transport, { ...options, method: "GET", path: `${filePath(id)}/content`, as: "bytes" });
