import { randomBytes } from "node:crypto";
import type { FilePurpose, ListPage, PersistentFile } from "@runapi.ai/core";

/** A file of `/v1/files`, kept until deleted. */
export interface StoredPersistentFile {
  id: string;
  apiKey: string;
  filename: string;
  purpose: FilePurpose;
  bytes: Buffer;
  mimeType: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

export type NewPersistentFile = Omit<StoredPersistentFile, "id" | "createdAt">;

/** What `GET /v1/files` pages and filters on, already checked. */
export interface FileQuery {
  after?: string;
  limit: number;
  order: "asc" | "desc";
  purpose?: string;
}

/** Unix time in whole seconds, as `/v1` answers times. */
export const epochSeconds = (ms: number): number => Math.floor(ms / 1000);

/**
 * Persistent files, each seen only by the account that made it. Ids begin with a counter, so sorting by id
 * sorts by creation and an `after` cursor still works once the file it names is deleted.
 */
export class PersistentFileStore {
  private readonly files = new Map<string, StoredPersistentFile>();
  private count = 0;

  add(input: NewPersistentFile, now = Date.now()): StoredPersistentFile {
    this.count += 1;
    const id = `file-${this.count.toString(16).padStart(8, "0")}${randomBytes(8).toString("hex")}`;
    const file: StoredPersistentFile = { ...input, id, createdAt: now };
    this.files.set(id, file);
    return file;
  }

  /** The account's file; another account's is as unknown as a made-up id. */
  get(apiKey: string, id: string): StoredPersistentFile | undefined {
    const file = this.files.get(id);
    return file?.apiKey === apiKey ? file : undefined;
  }

  delete(apiKey: string, id: string): boolean {
    return this.get(apiKey, id) !== undefined && this.files.delete(id);
  }

  /** One page of the account's files, in `order`, after the cursor. */
  list(apiKey: string, { after, limit, order, purpose }: FileQuery): ListPage<PersistentFile> {
    const matching = [...this.files.values()]
      .filter((file) => file.apiKey === apiKey && (purpose === undefined || file.purpose === purpose))
      .filter((file) => after === undefined || (order === "asc" ? file.id > after : file.id < after))
      .sort((a, b) => (a.id < b.id ? -1 : 1) * (order === "asc" ? 1 : -1));
    const data = matching.slice(0, limit).map(view);
    return {
      object: "list",
      data,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
      has_more: matching.length > limit,
    };
  }
}

/** A file as `/v1/files` answers it: the SDK's own PersistentFile type. It does not expire. */
export function view(file: StoredPersistentFile): PersistentFile {
  return {
    id: file.id,
    object: "file",
    bytes: file.bytes.length,
    created_at: epochSeconds(file.createdAt),
    filename: file.filename,
    purpose: file.purpose,
  };
}
