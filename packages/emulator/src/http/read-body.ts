import type { IncomingMessage } from "node:http";

/** Bodies above this answer 413, except on the file routes; generation requests are small JSON, so 1 MiB is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The whole body; past `limit` the rest is drained (not kept) so the 413 can still be sent. */
export async function readBody(
  req: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<{ bytes: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks), tooLarge: size > limit };
}
