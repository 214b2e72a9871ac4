import type { IncomingHttpHeaders } from "node:http";
import { parseJson } from "./parse-json.js";
import type { RecordedRequest } from "./request.js";

/** How many requests the log keeps by default; past it the oldest are dropped first. */
export const DEFAULT_MAX_RECORDED_REQUESTS = 1000;
/** The most bytes of one body the log keeps; a longer body keeps its start and is marked `bodyTruncated`. */
export const MAX_RECORDED_BODY_BYTES = 64 * 1024;
/** The most bytes (paths, headers and bodies) the whole log keeps, whatever its count; the oldest go first. */
export const MAX_RECORDED_BYTES = 16 * 1024 * 1024;

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
    let size = arrived.path.length;
    for (const [name, value] of Object.entries(record.headers)) size += name.length + value.length;
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
  // A copy of its own, so the record never holds on to a larger buffer it was cut from.
  const kept = Buffer.allocUnsafeSlow(length);
  if (length > 0) arrived.bytes.copy(kept, 0, 0, length);
  const upload = arrived.method === "PUT" && arrived.pathname.startsWith("/uploads/");
  const record = {
    method: arrived.method,
    path: arrived.path,
    headers: flattenHeaders(arrived.headers),
  } as RecordedRequest;
  // Decoded when read, not when recorded: parsed JSON can take many times the memory of its text.
  Object.defineProperty(record, "body", {
    enumerable: true,
    get: () => bodyOf(kept, upload, truncated),
  });
  if (truncated) record.bodyTruncated = true;
  return record;
}

function bodyOf(kept: Buffer, upload: boolean, truncated: boolean): unknown {
  if (kept.length === 0) return undefined;
  if (upload) return kept;
  const text = kept.toString("utf8");
  if (truncated) return text;
  const json = parseJson(text);
  return json.ok ? json.value : text;
}

/** Node gives repeated headers as arrays; recorded requests keep one string per header, like fetch's Headers. */
function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
