import { randomBytes } from "node:crypto";
import type { UploadedFile } from "@runapi.ai/core";

/** `POST /api/v1/files` and `/files/confirm` answer this: the file as the SDK reads it. */
export type FileView = UploadedFile;

/** A stored file as `emulator.files()` lists it. */
export interface FileInfo extends FileView {
  id: string;
  apiKey: string;
  /** How it arrived. */
  source: "url" | "base64" | "upload";
  /** For `source: "url"`: the URL given. */
  sourceUrl?: string;
  /** For `source: "url"`: whether the bytes were fetched (loopback) or are a placeholder (anything else). */
  fetched?: boolean;
}

interface StoredFile {
  id: string;
  apiKey: string;
  fileName: string;
  bytes: Buffer;
  mimeType: string;
  createdAt: number;
  expiresAt: number;
  source: FileInfo["source"];
  sourceUrl?: string;
  fetched?: boolean;
}

/** What `prepare` signed; the PUT must match it and `confirm` turns it into a file. */
export interface PreparedUpload {
  signedId: string;
  apiKey: string;
  fileName: string;
  byteSize: number;
  /** Base64 MD5, exactly as the client sent it (and must send again as Content-MD5). */
  checksum: string;
  contentType: string;
  bytes?: Buffer;
  /** Set by `confirm`, which is idempotent. */
  fileId?: string;
}

export type NewFile = Pick<StoredFile, "apiKey" | "fileName" | "bytes" | "mimeType" | "source"> &
  Partial<Pick<StoredFile, "sourceUrl" | "fetched">>;

export const DEFAULT_FILE_TTL_MS = 60 * 60 * 1000;
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Where a stored file is served, without a key: the name is part of the path so downloads keep it. */
export const filePath = (id: string, fileName: string): string =>
  `/files/uploads/${id}/${encodeURIComponent(fileName)}`;

/** Files uploaded by accounts and the direct uploads in progress. Bytes live in memory for the emulator's life. */
export class FileStore {
  private readonly files = new Map<string, StoredFile>();
  private readonly uploads = new Map<string, PreparedUpload>();

  constructor(readonly ttlMs: number) {}

  add(input: NewFile, now = Date.now()): StoredFile {
    const file: StoredFile = {
      ...input,
      id: `file_${randomBytes(12).toString("hex")}`,
      createdAt: now,
      expiresAt: now + this.ttlMs,
    };
    this.files.set(file.id, file);
    return file;
  }

  get(id: string): StoredFile | undefined {
    return this.files.get(id);
  }

  view(file: StoredFile, baseUrl: string): FileView {
    return {
      file_name: file.fileName,
      url: baseUrl + filePath(file.id, file.fileName),
      size_bytes: file.bytes.length,
      mime_type: file.mimeType,
      created_at: new Date(file.createdAt).toISOString(),
      expires_at: new Date(file.expiresAt).toISOString(),
    };
  }

  list(baseUrl: string): FileInfo[] {
    return [...this.files.values()].map((file) => {
      const info: FileInfo = {
        id: file.id,
        apiKey: file.apiKey,
        source: file.source,
        ...this.view(file, baseUrl),
      };
      if (file.sourceUrl !== undefined) info.sourceUrl = file.sourceUrl;
      if (file.fetched !== undefined) info.fetched = file.fetched;
      return info;
    });
  }

  prepare(upload: Omit<PreparedUpload, "signedId" | "bytes" | "fileId">): PreparedUpload {
    // Random and unguessable: the upload URL is the only authority a PUT has.
    const prepared: PreparedUpload = { ...upload, signedId: `su_${randomBytes(18).toString("base64url")}` };
    this.uploads.set(prepared.signedId, prepared);
    return prepared;
  }

  upload(signedId: string): PreparedUpload | undefined {
    return this.uploads.get(signedId);
  }
}
