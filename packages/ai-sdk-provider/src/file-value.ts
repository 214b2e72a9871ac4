import { convertBase64ToUint8Array } from "@ai-sdk/provider-utils";

/** A file as the AI SDK's image and video models take it: bytes (or base64) with a media type, or a URL. */
export type FilePart =
  | { type: "file"; data: string | Uint8Array; mediaType: string }
  | { type: "url"; url: string };

/** A URL as it is; bytes (or base64) as a Blob, which core uploads to RunAPI's temporary files before the create. */
export function fileValue(file: FilePart): string | Blob {
  if (file.type === "url") return file.url;
  const bytes = typeof file.data === "string" ? convertBase64ToUint8Array(file.data) : file.data;
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType });
}
