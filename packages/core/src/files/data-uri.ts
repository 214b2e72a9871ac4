import type { ReadFile } from "./file-input.js";

/** `data:<type>;base64,<bytes>` */
export function toDataUri(file: ReadFile): string {
  let binary = "";
  for (let i = 0; i < file.bytes.length; i += 0x8000)
    binary += String.fromCharCode(...file.bytes.subarray(i, i + 0x8000));
  return `data:${file.type};base64,${btoa(binary)}`;
}
