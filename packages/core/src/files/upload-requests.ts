import { pathSegment } from "../http/path-segment.js";
import { type RequestOptions, sendRequest } from "../http/send-request.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";
import type { FilePurpose, PersistentFile } from "./persistent-files.js";

/** Where an upload is: taking parts, made into a file, cancelled, or expired before it was completed. */
export type UploadStatus = "pending" | "completed" | "cancelled" | "expired";

/** A multipart upload, as `/v1/uploads` answers it. */
export interface Upload {
  /** e.g. `upload_abc123`. */
  id: string;
  object: "upload";
  /** The size the upload declared: its parts must add up to it. */
  bytes: number;
  /** In seconds since the Unix epoch. */
  created_at: number;
  filename: string;
  purpose: FilePurpose;
  status: UploadStatus;
  /** When a pending upload expires, in seconds since the Unix epoch. */
  expires_at: number;
  /** The file it became, once completed. */
  file?: PersistentFile | null;
  [field: string]: unknown;
}

/** One part of an upload, as `POST /v1/uploads/{id}/parts` answers it. */
export interface UploadPart {
  /** e.g. `part_abc123`: list it in `complete`. */
  id: string;
  object: "upload.part";
  /** In seconds since the Unix epoch. */
  created_at: number;
  upload_id: string;
  [field: string]: unknown;
}

/** What `POST /v1/uploads` declares before any part is sent. */
export interface UploadParams {
  /** The file's whole size in bytes: the parts must add up to exactly this. */
  bytes: number;
  filename: string;
  /** The file's MIME type, e.g. `video/mp4`. */
  mime_type: string;
  /** Default `user_data`. */
  purpose?: FilePurpose;
}

/** What `POST /v1/uploads/{id}/complete` takes: the parts, in the order their bytes make the file. */
export interface UploadCompletion {
  part_ids: readonly string[];
  [field: string]: unknown;
}

/** One part's bytes. */
export type PartData = Blob | ArrayBuffer | ArrayBufferView;

const UPLOADS_PATH = "/v1/uploads";

const uploadPath = (id: string) =>
  `${UPLOADS_PATH}/${pathSegment(id, "uploadId", "of an upload, such as upload_abc123 (from uploads.create)")}`;

export const create = (
  transport: Transport,
  params: UploadParams,
  options: RequestOptions = {},
): Promise<WithResponse<Upload>> =>
  sendRequest(transport, {
    ...options,
    method: "POST",
    path: UPLOADS_PATH,
    body: { ...params, purpose: params.purpose ?? "user_data" },
  });

export function addPart(
  transport: Transport,
  uploadId: string,
  data: PartData,
  options: RequestOptions = {},
): Promise<WithResponse<UploadPart>> {
  const path = `${uploadPath(uploadId)}/parts`;
  const form = new FormData();
  form.append("data", data instanceof Blob ? data : new Blob([data as ArrayBuffer]));
  return sendRequest(transport, { ...options, method: "POST", path, body: form });
}

export const complete = (
  transport: Transport,
  uploadId: string,
  completion: UploadCompletion,
  options: RequestOptions = {},
): Promise<WithResponse<Upload>> =>
  sendRequest(transport, {
    ...options,
    method: "POST",
    path: `${uploadPath(uploadId)}/complete`,
    body: completion,
  });

export const cancel = (
  transport: Transport,
  uploadId: string,
  options: RequestOptions = {},
): Promise<WithResponse<Upload>> =>
  sendRequest(transport, { ...options, method: "POST", path: `${uploadPath(uploadId)}/cancel` });
