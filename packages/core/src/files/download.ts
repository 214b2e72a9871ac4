import { ValidationError } from "../errors/error-ladder.js";
import { fetchUrl, type UrlRequestOptions } from "../http/fetch-url.js";
import { byteBound } from "../http/read-body.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";

export interface DownloadOptions extends UrlRequestOptions {
  /** `"bytes"` (default) answers a Uint8Array; `"stream"` the body as a ReadableStream, read as it arrives. */
  as?: "bytes" | "stream";
  /**
   * The most bytes the download may have, counted as received: past it, it stops with `ResponseTooLargeError`.
   * Overrides the client's `maxDownloadBytes` (default 2 GiB).
   */
  maxDownloadBytes?: number;
}

/**
 * Hands each attempt's body to `consume`, within the attempt's timeout: a download cut short or timed out is
 * retried like one read as bytes, calling `consume` again with a new body, so it must start over (as writing a
 * file anew does). Answers once `consume` resolves. What `consume` itself throws is passed on, not retried.
 * @example await client.files.download(output, { consume: (body) => writeFile(path, Readable.fromWeb(body)) });
 */
export interface ConsumeOption {
  consume(body: ReadableStream<Uint8Array>): Promise<unknown>;
}

/** A task's output, or any object holding a file URL. */
export interface FileOutput {
  url?: string;
  audio_url?: string;
}

/**
 * Saves an output: `await output.download()` gives its bytes, `{ as: "stream" }` a stream, `{ consume }` hands
 * the body to a function of yours.
 */
export interface Download {
  (options: DownloadOptions & ConsumeOption): Promise<undefined>;
  (options?: DownloadOptions & { as?: "bytes" }): Promise<Uint8Array>;
  (options: DownloadOptions & { as: "stream" }): Promise<ReadableStream<Uint8Array>>;
  (options?: DownloadOptions): Promise<Uint8Array | ReadableStream<Uint8Array>>;
}

/** An output that can download itself. */
export type Downloadable = { download: Download };

/** A task type whose outputs (`images`, `videos`, `audios`) have `download()`. */
export type WithDownloads<T> = {
  [K in keyof T]: K extends "images" | "videos" | "audios" ? DownloadableList<T[K]> : T[K];
};
type DownloadableList<L> = L extends readonly (infer O)[] ? (O & Downloadable)[] : L;

/**
 * GETs a file URL, or an output's `url`/`audio_url`, without the API key or the client's headers (output URLs
 * may be on another origin, and redirects are followed), within `maxDownloadBytes`. An expired temporary URL
 * throws `FileExpiredError`; a failed read a `ConnectionError` or `TimeoutError`, retried unless the body is
 * streamed to the caller. Loaded on first use (`client.files.download`, an output's `download()`).
 */
export async function download(
  transport: Transport,
  source: string | FileOutput,
  request: DownloadOptions & Partial<ConsumeOption> = {},
): Promise<WithResponse<Uint8Array | ReadableStream<Uint8Array> | undefined>> {
  const url = typeof source === "string" ? source : (source?.url ?? source?.audio_url);
  if (!/^https?:\/\//i.test(String(url))) {
    throw new ValidationError([
      { path: "url", message: "url must be an HTTP(S) URL: pass an output's url or the output itself" },
    ]);
  }
  const { options } = transport;
  const maxBytes = byteBound(request.maxDownloadBytes ?? options.maxDownloadBytes, "maxDownloadBytes");
  const use = request.consume ?? (request.as === "stream" ? "stream" : "bytes");
  return fetchUrl(options, url as string, {}, request, use, { maxBytes, option: "maxDownloadBytes" });
}
