import type { IncomingMessage } from "node:http";

/** Bodies above this answer 413, except on the file routes; generation requests are small JSON, so 1 MiB is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A body as read: whole, or refused as over `limit` (`tooLarge`, with no bytes), the rest left unread. */
export interface ReadBody {
  bytes: Buffer;
  /** Over the limit: its `Content-Length` said so (nothing was read) or reading passed it (reading stopped). */
  tooLarge: boolean;
}

const NO_BYTES = Buffer.alloc(0);

/**
 * The whole body, read up to `limit` and no further: a `Content-Length` over it is refused before reading, and a
 * body that passes it while streaming stops being read. Either way the rest stays unread, so the answer must
 * close the connection (the socket cannot carry another request after a body half read).
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<ReadBody> {
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) return Promise.resolve({ bytes: NO_BYTES, tooLarge: true });
  // A JSON-sized body with a Content-Length (which Node holds the body to) is copied into one buffer as it comes,
  // so its chunks are let go at once. Others are gathered and joined at the end: a length promised is no reason
  // to set aside megabytes before a byte has come.
  const whole =
    Number.isSafeInteger(declared) && declared > 0 && declared <= MAX_BODY_BYTES
      ? Buffer.allocUnsafe(declared)
      : undefined;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (tooLarge: boolean) => {
      req.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      // What was read of a body refused is let go at once: nothing answers from it.
      const bytes = tooLarge ? NO_BYTES : whole ? whole.subarray(0, size) : Buffer.concat(chunks, size);
      resolve({ bytes, tooLarge });
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit) {
        req.pause();
        return finish(true);
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    const onEnd = () => finish(false);
    const onError = (error: Error) => {
      req.off("data", onData).off("end", onEnd).off("close", onClose);
      reject(error);
    };
    // A client gone before the end: nothing to answer, and nothing must wait for it.
    const onClose = () => {
      if (!req.complete) onError(new Error("The request was aborted before its body ended."));
    };
    req.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
  });
}
