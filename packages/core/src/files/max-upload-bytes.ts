/** The largest file the API accepts. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
