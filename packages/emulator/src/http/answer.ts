import type { ServerResponse } from "node:http";

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
  // 204 and 304 carry no body, so a content-length would describe nothing (and on a 304 mislead a cache).
  const bodiless = answer.status === 204 || answer.status === 304;
  res.writeHead(
    answer.status,
    bodiless ? answer.headers : { "content-length": answer.body.length, ...answer.headers },
  );
  res.end(bodiless ? undefined : answer.body);
}
