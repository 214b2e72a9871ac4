import type { IncomingHttpHeaders } from "node:http";

export interface RecordedRequest {
  method: string;
  /** The request target as sent: path plus query string. */
  path: string;
  headers: Record<string, string>;
  /**
   * Parsed JSON; the raw text when it is not JSON; undefined when there was no body. The bytes PUT to a direct
   * upload URL and multipart bodies are kept as a Buffer, since they are rarely text. A body cut short (see
   * `bodyTruncated`) is its first bytes as text (or a Buffer), never parsed.
   */
  body: unknown;
  /**
   * Set when `body` is not the whole body: the log keeps the first 64 KiB of a longer one, and nothing of a body
   * refused as too large (whose `body` is undefined).
   */
  bodyTruncated?: true;
  /** The kind of the fault injected into this request's answer, when one was. */
  fault?: string;
}

/** A request whose body has been read; what a handler sees. */
export interface ReceivedRequest {
  method: string;
  /** The path without the query string. */
  pathname: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The body as UTF-8 text (JSON routes), decoded on each read. */
  text: string;
  /** The body as sent (direct uploads, multipart forms). */
  bytes: Buffer;
  /** Whether the body was over `bodyLimit`, in which case it was not read whole: `text` and `bytes` are empty. */
  tooLarge: boolean;
  bodyLimit: number;
}
