import type { IncomingMessage } from "node:http";

/** Bodies above this answer 413, except on the file routes; generation requests are small JSON, so 1 MiB is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A body as read: whole, or cut short at `limit` (`tooLarge`), the rest left unread. */
export interface ReadBody {
  bytes: Buffer;
  /** Over the limit: its `Content-Length` said so (nothing was read) or reading passed it (reading stopped). */
  tooLarge: boolean;
}

/**
 * The whole body, read up to `limit` and no further: a `Content-Length` over it is refused before reading, and a
 * body that passes it while streaming stops being read. Either way the rest stays unread, so the answer must
 * close the connection (the socket cannot carry another request after a body half read).
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<ReadBody> {
  if (Number(req.headers["content-length"]) > limit) {
    return Promise.resolve({ bytes: Buffer.alloc(0), tooLarge: true });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (tooLarge: boolean) => {
      req.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      resolve({ bytes: Buffer.concat(chunks), tooLarge });
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.pause();
      finish(true);
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
