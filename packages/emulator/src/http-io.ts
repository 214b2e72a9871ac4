import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Bodies above this answer 413; generation requests are small JSON, so 1 MiB is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;

export const newRequestId = (): string => `req_${randomBytes(12).toString("hex")}`;

/**
 * An answer computed but not yet written. Handlers return one instead of writing to the socket, so a fault can
 * still deliver it whole, late, cut short or replaced.
 */
export interface Answer {
  status: number;
  /** Lower-case names. `content-length` is taken from the body unless set (a HEAD answer sets it). */
  headers: Record<string, string | number>;
  body: Buffer;
}

/** The whole body as text; past the limit the rest is drained (not kept) so the 413 can still be sent. */
export async function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return { text: Buffer.concat(chunks).toString("utf8"), tooLarge: size > MAX_BODY_BYTES };
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Node gives repeated headers as arrays; recorded requests keep one string per header, like fetch's Headers. */
export function flattenHeaders(headers: IncomingMessage["headers"]): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

export function jsonAnswer(status: number, body: unknown, headers: Answer["headers"] = {}): Answer {
  return {
    status,
    headers: { ...headers, "content-type": "application/json" },
    body: Buffer.from(JSON.stringify(body)),
  };
}

export function errorAnswer(
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): Answer {
  return jsonAnswer(status, { error: { code, message, ...extra } });
}

/** Writes an answer whole; nothing is written when the client has already gone. */
export function writeAnswer(res: ServerResponse, answer: Answer): void {
  if (res.destroyed) return;
  res.writeHead(answer.status, { "content-length": answer.body.length, ...answer.headers });
  res.end(answer.body);
}
