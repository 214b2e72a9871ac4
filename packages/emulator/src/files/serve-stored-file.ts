import { type Answer, errorAnswer } from "../http/answer.js";
import { formatDuration } from "../http/format-units.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { decodedOrRaw } from "./file-name.js";

const STORED_FILE_PATH = /^\/files\/uploads\/([^/]+)\/([^/]+)$/;

export const isStoredFilePath = (pathname: string): boolean => STORED_FILE_PATH.test(pathname);

/** `GET /files/uploads/<id>/<name>`: the bytes while the URL lives, then 410 file_expired. */
export function serveStoredFile(state: EmulatorState, pathname: string, method: string): Answer {
  const [, id = "", name = ""] = STORED_FILE_PATH.exec(pathname) ?? [];
  const file = state.files.get(id);
  if (!file || decodedOrRaw(name) !== file.fileName) {
    return errorAnswer(404, "not_found", `File ${pathname} was not found.`);
  }
  if (Date.now() >= file.expiresAt) {
    return errorAnswer(
      410,
      "file_expired",
      `File ${file.fileName} expired at ${new Date(file.expiresAt).toISOString()}; temporary file URLs live ${formatDuration(state.files.ttlMs)}. Upload it again for a new URL.`,
    );
  }
  return {
    status: 200,
    headers: { "content-type": file.mimeType, "content-length": file.bytes.length },
    body: method === "HEAD" ? Buffer.alloc(0) : file.bytes,
  };
}
