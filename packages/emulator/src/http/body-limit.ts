import { isUploadPath } from "../files/upload-path.js";
import { MAX_RECORDED_BODY_BYTES } from "./request-log.js";
import { PRICE_QUOTES_PATH } from "./routes.js";

/** Room in a multipart body for the boundaries, the part headers and the other fields. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * The body limit of a request to this path: file routes take files, everything else small JSON. A base64 body
 * is 4/3 the size of its file, plus room for a data: prefix and the other fields; a multipart body is its file
 * plus room for the form around it. A request that is not
 * `authorized` (no valid key, or an upload URL nobody prepared) is refused on its headers, so no more of its body
 * is read than the request log keeps: whoever has no key cannot make the emulator hold a megabyte per request.
 */
export function bodyLimitFor(
  method: string,
  pathname: string,
  maxUploadBytes: number,
  jsonLimit: number,
  authorized: boolean,
): number {
  // Price quotes need no key, as RunAPI's do not.
  if (!authorized && !(method === "POST" && pathname === PRICE_QUOTES_PATH)) return MAX_RECORDED_BODY_BYTES;
  if (method === "PUT" && isUploadPath(pathname)) return maxUploadBytes;
  if (method === "POST" && pathname === "/api/v1/files") {
    return Math.max(jsonLimit, Math.ceil(maxUploadBytes / 3) * 4 + 64 * 1024);
  }
  if (method === "POST" && (pathname === "/v1/files" || /^\/v1\/uploads\/[^/]+\/parts$/.test(pathname))) {
    return Math.max(jsonLimit, maxUploadBytes + FORM_OVERHEAD_BYTES);
  }
  return jsonLimit;
}
