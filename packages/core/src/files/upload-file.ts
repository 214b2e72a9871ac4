import { fetchUrl } from "../http/fetch-url.js";
import { type RequestOptions, sendRequest } from "../http/send-request.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";
import { withoutIdempotencyKey } from "../http/without-idempotency-key.js";
import type { ReadFile } from "./file-input.js";
import { md5Base64 } from "./md5.js";

/** A temporary file on RunAPI, as `files.upload`, `files.fromUrl` and `files.fromBase64` answer it. */
export interface UploadedFile {
  file_name: string;
  /** Pass it wherever a parameter takes a file URL. */
  url: string;
  size_bytes: number;
  mime_type: string;
  created_at: string;
  /** When `url` stops working (temporary URLs live about an hour). */
  expires_at: string;
}

/** What `POST /api/v1/files/prepare` signs: where to PUT the bytes, and the headers to PUT them with. */
interface PreparedUpload {
  signed_id: string;
  upload_url: string;
  headers: Record<string, string>;
}

/**
 * The direct upload: `prepare` signs the name, size, MD5 and type; the bytes are PUT to the signed URL with
 * exactly the signed headers (no key: it may be another origin); `confirm` turns them into a file.
 */
export async function uploadFile(
  transport: Transport,
  file: ReadFile,
  request: RequestOptions,
): Promise<WithResponse<UploadedFile>> {
  const { bytes } = file;
  // Each step is a request of its own with its own Idempotency-Key: a key the caller set names one request.
  const step = withoutIdempotencyKey(request);
  const { data: prepared } = await sendRequest<PreparedUpload>(transport, {
    ...step,
    method: "POST",
    path: "/api/v1/files/prepare",
    body: {
      filename: file.name,
      byte_size: bytes.byteLength,
      checksum: md5Base64(bytes),
      content_type: file.type,
    },
  });
  const url = new URL(prepared.upload_url, transport.options.baseURL).href;
  await fetchUrl(
    transport.options,
    url,
    { method: "PUT", headers: prepared.headers, body: bytes as Uint8Array<ArrayBuffer> },
    request,
  );
  return sendRequest<UploadedFile>(transport, {
    ...step,
    method: "POST",
    path: "/api/v1/files/confirm",
    body: { signed_id: prepared.signed_id },
  });
}
