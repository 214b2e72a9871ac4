/**
 * What the modules loaded on first use (files, uploads, downloads, account, prices, error answers) and the
 * `/node` entry take from the main entry's code: they import it from here, not from the modules themselves.
 * The build puts code in chunks by the set of entries that reach it; reached through this one module, all the
 * code they share with the main entry is one chunk, so an app bundled with code splitting loads the main
 * entry as two files rather than one per combination of features.
 */
export { linkAbort, throwIfAborted } from "./abort.js";
export {
  AuthenticationError,
  ConnectionError,
  RunAPIError,
  TimeoutError,
  ValidationError,
} from "./errors.js";
export * from "./http-errors.js";
export { MAX_UPLOAD_BYTES } from "./local-files.js";
export { redact } from "./logger.js";
export { parseRetryAfter } from "./parse-retry-after.js";
export { randomId } from "./random-id.js";
export { describe, sendRequest } from "./request.js";
