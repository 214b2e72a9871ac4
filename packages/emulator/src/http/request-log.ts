import type { IncomingHttpHeaders } from "node:http";
import { isUploadPath } from "../files/upload-path.js";
import { parseJson } from "./parse-json.js";
import type { RecordedRequest } from "./request.js";

/** How many requests the log keeps by default; past it the oldest are dropped first. */
export const DEFAULT_MAX_RECORDED_REQUESTS = 10_000;
/** The most bytes of one body the log keeps; a longer body keeps its start and is marked `bodyTruncated`. */
export const MAX_RECORDED_BODY_BYTES = 64 * 1024;
/** The most bytes (paths, headers and bodies) the whole log keeps, whatever its count; the oldest go first. */
export const MAX_RECORDED_BYTES = 16 * 1024 * 1024;
/**
 * What a record and each of its headers take in memory beyond their characters (objects, string headers), so
 * the byte count is what the log holds: a request may carry 2,000 one-letter headers.
 */
const RECORD_OVERHEAD_BYTES = 256;
const HEADER_OVERHEAD_BYTES = 48;

/** One request as it arrived: `bytes` is what was read of its body, `complete` whether that is all of it. */
export interface ArrivedRequest {
  method: string;
  /** The request target as sent. */
  path: string;
  pathname: string;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
  complete: boolean;
}

/**
 * The last requests received, oldest first, in a bounded log: at most `maxRequests` of them and
 * `MAX_RECORDED_BYTES` in all, each body cut to `MAX_RECORDED_BODY_BYTES`, so no sender can make it grow
 * without bound. `requests` is one array kept in place, so a reference to it stays current.
 */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  private readonly sizes: number[] = [];
  private bytes = 0;
  private count = 0;

  constructor(private readonly maxRequests: number) {}

  /** Every request received since the start, including those the log no longer holds. */
  get received(): number {
    return this.count;
  }

  /** Records a request and returns its record (whose `fault` is set later, when one is picked). */
  record(arrived: ArrivedRequest): RecordedRequest {
    this.count += 1;
    const record = recordOf(arrived);
    if (this.maxRequests === 0) return record;
    let size = RECORD_OVERHEAD_BYTES + arrived.path.length;
    for (const [name, value] of Object.entries(record.headers)) {
      size += HEADER_OVERHEAD_BYTES + name.length + value.length;
    }
    size += Math.min(arrived.bytes.length, MAX_RECORDED_BODY_BYTES);
    this.requests.push(record);
    this.sizes.push(size);
    this.bytes += size;
    while (
      this.requests.length > this.maxRequests ||
      (this.bytes > MAX_RECORDED_BYTES && this.sizes.length > 1)
    ) {
      this.requests.shift();
      this.bytes -= this.sizes.shift()!;
    }
    return record;
  }
}

function recordOf(arrived: ArrivedRequest): RecordedRequest {
  const truncated = !arrived.complete || arrived.bytes.length > MAX_RECORDED_BODY_BYTES;
  const length = Math.min(arrived.bytes.length, MAX_RECORDED_BODY_BYTES);
  // A copy of its own, so the record never holds on to a larger buffer it was cut from. Text is kept as a string,
  // in the garbage-collected heap, which is compacted; only upload and multipart bytes stay a Buffer.
  let kept: Buffer | string | undefined;
  const multipart = /^multipart\//i.test(String(arrived.headers["content-type"] ?? ""));
  if (length > 0 && ((arrived.method === "PUT" && isUploadPath(arrived.pathname)) || multipart)) {
    kept = Buffer.allocUnsafeSlow(length);
    arrived.bytes.copy(kept, 0, 0, length);
  } else if (length > 0) kept = arrived.bytes.toString("utf8", 0, length);
  const record = {
    method: arrived.method,
    path: arrived.path,
    headers: flattenHeaders(arrived.headers),
  } as RecordedRequest;
  // Decoded when read, not when recorded: parsed JSON can take many times the memory of its text.
  Object.defineProperty(record, "body", {
    enumerable: true,
    get: () => bodyOf(kept, truncated),
  });
  if (truncated) record.bodyTruncated = true;
  return record;
}

function bodyOf(kept: Buffer | string | undefined, truncated: boolean): unknown {
  if (typeof kept !== "string" || truncated) return kept;
  const json = parseJson(kept);
  return json.ok ? json.value : kept;
}

/** Node gives repeated headers as arrays; recorded requests keep one string per header, like fetch's Headers. */
function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
