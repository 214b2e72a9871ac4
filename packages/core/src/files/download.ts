import { ValidationError } from "../errors/error-ladder.js";
import { fetchUrl, type UrlRequestOptions } from "../http/fetch-url.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";

export interface DownloadOptions extends UrlRequestOptions {
  /** `"bytes"` (default) answers a Uint8Array; `"stream"` the body as a ReadableStream, read as it arrives. */
  as?: "bytes" | "stream";
}

/** A task's output, or any object holding a file URL. */
export interface FileOutput {
  url?: string;
  audio_url?: string;
}

/** Saves an output: `await output.download()` gives its bytes, `{ as: "stream" }` a stream. */
export interface Download {
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
 * GETs a file URL, or an output's `url`/`audio_url`, without the API key (output URLs may be on another
 * origin). An expired temporary URL throws `FileExpiredError`. Loaded on first use (`client.files.download`,
 * an output's `download()`).
 */
export async function download(
  transport: Transport,
  source: string | FileOutput,
  request: DownloadOptions = {},
): Promise<WithResponse<Uint8Array | ReadableStream<Uint8Array>>> {
  const url = typeof source === "string" ? source : (source?.url ?? source?.audio_url);
  if (!/^https?:\/\//i.test(String(url))) {
    throw new ValidationError([
      { path: "url", message: "url must be an HTTP(S) URL: pass an output's url or the output itself" },
    ]);
  }
  return fetchUrl(transport.options, url as string, {}, request, request.as === "stream");
}
