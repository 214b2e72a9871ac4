import { randomBytes } from "node:crypto";
import type { FilePurpose, Upload, UploadPart, UploadStatus } from "@runapi.ai/core";
import {
  epochSeconds,
  type PersistentFileStore,
  type StoredPersistentFile,
  view,
} from "./persistent-file-store.js";

/** A multipart upload of `/v1/uploads`. */
export interface StoredUpload {
  id: string;
  apiKey: string;
  /** The declared size: the completed file's parts must add up to it. */
  bytes: number;
  filename: string;
  mimeType: string;
  purpose: FilePurpose;
  /** Milliseconds since the epoch. */
  createdAt: number;
  expiresAt: number;
  /** Set when cancelled or completed; a pending upload past `expiresAt` reads as expired. */
  ended?: "cancelled" | "completed";
  /** The parts received, by id, while the upload is pending. */
  parts: Map<string, StoredPart>;
  /** Bytes held in `parts`. */
  partBytes: number;
  /** The file it became. */
  file?: StoredPersistentFile;
}

export interface StoredPart {
  id: string;
  uploadId: string;
  bytes: Buffer;
  createdAt: number;
}

export type NewUpload = Pick<StoredUpload, "apiKey" | "bytes" | "filename" | "mimeType" | "purpose">;

export const DEFAULT_UPLOAD_TTL_MS = 60 * 60 * 1000;

const randomId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;

/**
 * Uploads in progress and the parts they hold, each seen only by its account. A part's bytes are kept until the
 * upload ends: completing moves them into the file, cancelling or expiring drops them.
 */
export class UploadStore {
  private readonly uploads = new Map<string, StoredUpload>();
  /** Part id → the id of its upload, so a part of another upload can be told from an unknown one. */
  private readonly partUploads = new Map<string, string>();

  constructor(
    readonly ttlMs: number,
    private readonly files: PersistentFileStore,
  ) {}

  create(input: NewUpload, now = Date.now()): StoredUpload {
    const upload: StoredUpload = {
      ...input,
      id: randomId("upload"),
      createdAt: now,
      expiresAt: now + this.ttlMs,
      parts: new Map(),
      partBytes: 0,
    };
    this.uploads.set(upload.id, upload);
    return upload;
  }

  /** The account's upload (another account's is as unknown as a made-up id); an expired one loses its parts. */
  get(apiKey: string, id: string, now = Date.now()): StoredUpload | undefined {
    const upload = this.uploads.get(id);
    if (upload?.apiKey !== apiKey) return undefined;
    if (statusOf(upload, now) === "expired") this.dropParts(upload);
    return upload;
  }

  addPart(upload: StoredUpload, bytes: Buffer, now = Date.now()): StoredPart {
    const part: StoredPart = { id: randomId("part"), uploadId: upload.id, bytes, createdAt: now };
    upload.parts.set(part.id, part);
    upload.partBytes += bytes.length;
    this.partUploads.set(part.id, upload.id);
    return part;
  }

  /** The upload a part id was added to, if any. */
  uploadOfPart(partId: string): string | undefined {
    return this.partUploads.get(partId);
  }

  /** Joins the parts, in the order given, into the file the upload becomes. */
  complete(upload: StoredUpload, parts: StoredPart[], now = Date.now()): StoredPersistentFile {
    const file = this.files.add(
      {
        apiKey: upload.apiKey,
        filename: upload.filename,
        purpose: upload.purpose,
        mimeType: upload.mimeType,
        bytes: Buffer.concat(parts.map((part) => part.bytes)),
      },
      now,
    );
    upload.ended = "completed";
    upload.file = file;
    this.dropParts(upload);
    return file;
  }

  cancel(upload: StoredUpload): void {
    upload.ended = "cancelled";
    this.dropParts(upload);
  }

  private dropParts(upload: StoredUpload): void {
    upload.parts.clear();
    upload.partBytes = 0;
  }
}

export function statusOf(upload: StoredUpload, now = Date.now()): UploadStatus {
  return upload.ended ?? (now >= upload.expiresAt ? "expired" : "pending");
}

/** An upload as `/v1/uploads` answers it: the SDK's own Upload type, with `file` once completed. */
export function uploadView(upload: StoredUpload, now = Date.now()): Upload {
  return {
    id: upload.id,
    object: "upload",
    bytes: upload.bytes,
    created_at: epochSeconds(upload.createdAt),
    filename: upload.filename,
    purpose: upload.purpose,
    status: statusOf(upload, now),
    expires_at: epochSeconds(upload.expiresAt),
    ...(upload.file && { file: view(upload.file) }),
  };
}

export const partView = (part: StoredPart): UploadPart => ({
  id: part.id,
  object: "upload.part",
  created_at: epochSeconds(part.createdAt),
  upload_id: part.uploadId,
});
