import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Bodies above this answer 413, except on the file routes; generation requests are small JSON, so 1 MiB is generous. */
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

/**
 * Deepest nesting of arrays and objects a JSON body may have. Request bodies nest a few levels; the limit keeps
 * recursive walks of a parsed body (fingerprints, token counts, `JSON.stringify`) far from the stack's limit.
 */
export const MAX_JSON_DEPTH = 64;

/** A parsed JSON body, or why it was refused: not JSON, or nested deeper than `MAX_JSON_DEPTH`. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "The request body is not valid JSON." };
  }
  if (jsonDepthExceeds(value, MAX_JSON_DEPTH)) {
    return {
      ok: false,
      message: `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
    };
  }
  return { ok: true, value };
}

/** Whether arrays and objects nest deeper than `limit` levels; walks with its own stack, not recursion. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
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

/** `1536` → "1.5 KiB", for messages that name a limit. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(2)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(2)} KiB`;
  return `${bytes} bytes`;
}

/** `3600000` → "1 hour", `1500` → "1500 ms", for messages that name a lifetime. */
export function formatDuration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, "day"],
    [3_600_000, "hour"],
    [60_000, "minute"],
    [1000, "second"],
  ];
  for (const [size, name] of units) {
    if (ms >= size && ms % size === 0) return `${ms / size} ${name}${ms === size ? "" : "s"}`;
  }
  return `${ms} ms`;
}

/** Writes an answer whole; nothing is written when the client has already gone. */
export function writeAnswer(res: ServerResponse, answer: Answer): void {
  if (res.destroyed) return;
  // 204 and 304 carry no body, so a content-length would describe nothing (and on a 304 mislead a cache).
  const bodiless = answer.status === 204 || answer.status === 304;
  res.writeHead(
    answer.status,
    bodiless ? answer.headers : { "content-length": answer.body.length, ...answer.headers },
  );
  res.end(bodiless ? undefined : answer.body);
}
