// The first bytes of each kind, as Latin-1 text.
const SIGNATURES: [RegExp, string][] = [
  [/^\x89PNG/, "image/png"],
  [/^\xff\xd8\xff/, "image/jpeg"],
  [/^GIF8/, "image/gif"],
  [/^RIFF.{4}WEBP/s, "image/webp"],
  [/^RIFF.{4}WAVE/s, "audio/wav"],
  [/^RIFF.{4}AVI /s, "video/x-msvideo"],
  [/^.{4}ftyp/s, "video/mp4"],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: WebM's magic number starts with a control character.
  [/^\x1aE\xdf\xa3/, "video/webm"],
  [/^ID3/, "audio/mpeg"],
  [/^OggS/, "audio/ogg"],
  [/^fLaC/, "audio/flac"],
];

/**
 * The content type from the file's first bytes; unknown bytes are application/octet-stream. Exported from
 * `@runapi.ai/core/node`.
 * @example sniffType(await output.download()); // "image/png"
 */
export function sniffType(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 12));
  return SIGNATURES.find(([signature]) => signature.test(head))?.[1] ?? "application/octet-stream";
}
