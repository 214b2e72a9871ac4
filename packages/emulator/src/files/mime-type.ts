const EXTENSION_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  mp4: "video/mp4",
  webm: "video/webm",
  mov: "video/quicktime",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  ogg: "audio/ogg",
  txt: "text/plain",
  json: "application/json",
  pdf: "application/pdf",
};

const TYPE_EXTENSIONS: Record<string, string> = Object.fromEntries(
  Object.entries(EXTENSION_TYPES).map(([extension, type]) => [type, extension]),
);

/** The file's type from its first bytes, else its name's extension, else the generic binary type. */
export function mimeTypeOf(bytes: Buffer, fileName: string | undefined): string {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "image/gif";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes.subarray(8, 12).toString("latin1") === "WEBP")
    return "image/webp";
  if (bytes.subarray(4, 8).toString("latin1") === "ftyp") return "video/mp4";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "application/pdf";
  const extension = fileName?.split(".").pop()?.toLowerCase();
  return (extension && EXTENSION_TYPES[extension]) || "application/octet-stream";
}

/** A name for a file that came without one. */
export const defaultFileName = (mimeType: string): string =>
  `upload.${TYPE_EXTENSIONS[mimeType.split(";")[0]!.trim()] ?? "bin"}`;
