/** Room in a multipart body for the boundaries, the part headers and the other fields. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * The body limit of a request to this path: file routes take files, everything else small JSON. A base64 body
 * is 4/3 the size of its file, plus room for a data: prefix and the other fields; a multipart body is its file
 * plus room for the form around it.
 */
export function bodyLimitFor(
  method: string,
  pathname: string,
  maxUploadBytes: number,
  jsonLimit: number,
): number {
  if (method === "PUT" && pathname.startsWith("/uploads/")) return maxUploadBytes;
  if (method === "POST" && pathname === "/api/v1/files") {
    return Math.max(jsonLimit, Math.ceil(maxUploadBytes / 3) * 4 + 64 * 1024);
  }
  if (method === "POST" && (pathname === "/v1/files" || /^\/v1\/uploads\/[^/]+\/parts$/.test(pathname))) {
    return Math.max(jsonLimit, maxUploadBytes + FORM_OVERHEAD_BYTES);
  }
  return jsonLimit;
}
