import { ResponseTooLargeError, type RunAPIError, ValidationError } from "../errors/error-ladder.js";

/** How much of an answer's body is read, and how its failures are named. */
export interface BodyLimit {
  /** Bytes, counted as they arrive, after decompression: a small compressed body may expand past it. */
  maxBytes: number;
  /** The option that sets the bound, which the error names: `maxResponseBytes`, `maxDownloadBytes`. */
  option: string;
  /** The request as errors name it: `GET /api/v1/me`. */
  name: string;
  /** The typed error a failed read means: the caller's abort, the attempt's timeout, a connection cut short. */
  failed(caught: unknown): RunAPIError;
}

/** A body being read chunk by chunk within its bound. */
export interface BoundedBody {
  /** The next chunk, or undefined at the end; past the bound, the rest is cancelled and it throws. */
  next(): Promise<Uint8Array | undefined>;
  /** Stops reading and lets the connection go. */
  cancel(reason?: unknown): Promise<void>;
}

/** A bound as given (Infinity for none), or a ValidationError naming its option. */
export function byteBound(value: unknown, option: string): number {
  if (typeof value === "number" && value > 0) return value;
  throw new ValidationError([
    {
      path: option,
      message: `${option} must be a positive number of bytes (Infinity for no bound), not ${String(value)}`,
    },
  ]);
}

/** "16 MiB", "190.7 MiB". */
const mebibytes = (bytes: number) => `${Math.round(bytes / 104857.6) / 10} MiB`;

/**
 * The body's length as its Content-Length declares it, when that is its decoded length (no content coding);
 * else NaN. fetch holds a body to its declared length: it reads no byte past it.
 */
function declaredLength(response: Response): number {
  const length = response.headers.get("content-length");
  return length === null || response.headers.has("content-encoding") ? Number.NaN : Number(length);
}

/**
 * Reads `response`'s body as it arrives, counting its bytes after decompression: past the bound (or when its
 * Content-Length already says so) the rest is cancelled, never read, and a ResponseTooLargeError is thrown.
 */
export function boundedBody(response: Response, limit: BodyLimit): BoundedBody {
  const { maxBytes, option } = limit;
  const reader = response.body?.getReader();
  const declared = declaredLength(response);
  let received = 0;
  const cancel = (reason?: unknown) => reader?.cancel(reason).catch(() => {}) ?? Promise.resolve();
  const tooLarge = () => {
    void cancel();
    return new ResponseTooLargeError(
      `${limit.name} answered ${declared > maxBytes ? `${mebibytes(declared)}, ` : ""}more than ${option} allows (${mebibytes(maxBytes)}): the read stopped there. Raise ${option} (on the client or the call) if an answer this large is expected.`,
      {
        status: response.status,
        requestId: response.headers.get("x-request-id") ?? undefined,
        headers: response.headers,
        maxBytes,
      },
    );
  };
  return {
    async next() {
      if (declared > maxBytes) throw tooLarge();
      if (!reader) return undefined;
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw limit.failed(error);
      }
      if (chunk.done) return undefined;
      received += chunk.value.byteLength;
      if (received > maxBytes) throw tooLarge();
      return chunk.value;
    },
    cancel,
  };
}

/** The whole body, within its bound, as bytes of their own. */
export async function readBody(body: BoundedBody): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await body.next(); chunk; chunk = await body.next()) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The whole body, within its bound, as text. */
export function readText(response: Response, limit: BodyLimit): Promise<string> {
  // A length declared within the bound is one fetch enforces: the body is read at once, as most answers are.
  if (declaredLength(response) <= limit.maxBytes)
    return response.text().catch((error) => Promise.reject(limit.failed(error)));
  return readBody(boundedBody(response, limit)).then((bytes) => new TextDecoder().decode(bytes));
}

/** An error answer's body as text: one past its bound is "", leaving the answer's status to speak. */
export function readErrorText(response: Response, limit: BodyLimit): Promise<string> {
  return readText(response, limit).catch((error: unknown) => {
    if (error instanceof ResponseTooLargeError) return "";
    throw error;
  });
}
