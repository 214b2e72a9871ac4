/**
 * The main entry's runtime as the modules it loads on first use (files, uploads, downloads, account, prices,
 * error answers) and the `/node` entry import it: they import from here, never from the modules themselves.
 * The build groups code into chunks by the set of entries that reach it; through this one module they reach
 * all of the client (hence the `RunAPIClient` export, which none of them uses), so the main entry's code is
 * one chunk, and an app bundled with code splitting loads it as one file rather than one per combination of
 * features (about 0.4 KiB less gzip for an app that creates and waits, bench/).
 */
export { linkAbort, sleep, throwIfAborted } from "./abort.js";
export { RunAPIClient } from "./client.js";
export { LOG_LEVELS } from "./client-options.js";
export {
  ConnectionError,
  RunAPIError,
  TimeoutError,
  ValidationError,
} from "./errors.js";
export { MAX_UPLOAD_BYTES, replaceFound } from "./local-files.js";
export { parseRetryAfter } from "./parse-retry-after.js";
export { randomId } from "./random-id.js";
export { redact } from "./redact.js";
export { describe, KEY_HEADER_VALUE, sendRequest } from "./request.js";
export { isRetryable, retryDelay } from "./retry.js";
