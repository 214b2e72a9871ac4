import { type Answer, errorAnswer, jsonAnswer } from "../http/answer.js";
import { formatDuration } from "../http/format-units.js";
import { isObject } from "../http/is-object.js";
import { isLoopbackUrl } from "../http/loopback.js";
import { renderPromptPng } from "../outputs/render-png.js";
import type { EmulatorState } from "../state/emulator-state.js";
import type { NewFile } from "../state/file-store.js";
import { invalid, tooLargeAnswer } from "./file-answers.js";
import { decodedOrRaw, fileNameProblem } from "./file-name.js";
import { defaultFileName, mimeTypeOf } from "./mime-type.js";

/** How long fetching a file from a loopback source URL may take by default, body included. */
export const DEFAULT_SOURCE_TIMEOUT_MS = 10_000;

/** `POST /api/v1/files` with `{source: {type: "url", url} | {type: "base64", data}, file_name?}`. */
export async function createFile(state: EmulatorState, body: unknown, apiKey: string): Promise<Answer> {
  if (!isObject(body)) {
    return errorAnswer(400, "invalid_json", "The request body must be a JSON object: {source, file_name?}.");
  }
  const { source, file_name } = body;
  if (file_name !== undefined) {
    const problem = fileNameProblem("file_name", file_name);
    if (problem) return invalid(problem);
  }
  const sourceHint =
    'source must be {"type": "url", "url": "https://..."} or {"type": "base64", "data": "..."}';
  if (!isObject(source)) return invalid(source === undefined ? "source is required" : sourceHint);
  const name = file_name as string | undefined;
  let file: NewFile | Answer;
  if (source.type === "url") file = await fromUrl(state, source.url, name, apiKey);
  else if (source.type === "base64") file = fromBase64(state, source.data, name, apiKey);
  else return invalid(`source.type must be one of: base64, url`);
  if ("status" in file) return file;
  return jsonAnswer(200, state.files.view(state.files.add(file), state.baseUrl()));
}

/** `fileName` is the request's `file_name`; without one, the URL's last path segment names the file. */
async function fromUrl(
  state: EmulatorState,
  url: unknown,
  fileName: string | undefined,
  apiKey: string,
): Promise<NewFile | Answer> {
  if (typeof url !== "string" || !/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) {
    return invalid("source.url must be an HTTP(S) URL");
  }
  const nameFromUrl = (): string | undefined => {
    const last = decodedOrRaw(new URL(url).pathname.split("/").pop() ?? "");
    return last !== "" && !fileNameProblem("", last) ? last : undefined;
  };
  if (!isLoopbackUrl(url)) {
    // The emulator never leaves the machine: a placeholder picture stands in for the remote file.
    const bytes = renderPromptPng(url);
    return {
      apiKey,
      bytes,
      mimeType: "image/png",
      fileName: fileName ?? nameFromUrl() ?? "upload.png",
      source: "url",
      sourceUrl: url,
      fetched: false,
    };
  }
  const limit = state.settings.maxUploadBytes;
  const timeoutMs = state.settings.sourceTimeoutMs;
  // One deadline for the whole fetch, body included, so a source that drips its bytes is cut off too.
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    // Redirects are not followed: a loopback URL could otherwise lead the emulator off the machine.
    response = await fetch(url, { signal, redirect: "manual" });
  } catch (error) {
    return fetchFailed(error, timeoutMs);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const redirect = response.status >= 300 && response.status < 400;
    return errorAnswer(
      422,
      "file_fetch_failed",
      redirect
        ? `source.url answered ${response.status} (a redirect); redirects are not followed, give the final URL.`
        : `source.url answered ${response.status}; it must answer 200.`,
    );
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel().catch(() => {});
    return tooLargeAnswer(state, "The file at source.url");
  }
  let bytes: Buffer | undefined;
  try {
    bytes = await readUpTo(response, limit);
  } catch (error) {
    return fetchFailed(error, timeoutMs);
  }
  if (!bytes) return tooLargeAnswer(state, "The file at source.url");
  const name = fileName ?? nameFromUrl();
  const contentType = response.headers.get("content-type")?.split(";")[0]?.trim();
  const mimeType =
    contentType && contentType !== "application/octet-stream" ? contentType : mimeTypeOf(bytes, name);
  return {
    apiKey,
    bytes,
    mimeType,
    fileName: name ?? defaultFileName(mimeType),
    source: "url",
    sourceUrl: url,
    fetched: true,
  };
}

/** A response's body, read until `limit` bytes and no further; undefined (the rest never read) past it. */
async function readUpTo(response: Response, limit: number): Promise<Buffer | undefined> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
}

/** A 422 file_fetch_failed for a source URL that could not be reached or did not finish in time. */
function fetchFailed(error: unknown, timeoutMs: number): Answer {
  const timedOut = error instanceof Error && error.name === "TimeoutError";
  const reason = error instanceof Error ? error.message : String(error);
  return errorAnswer(
    422,
    "file_fetch_failed",
    timedOut
      ? `source.url was not fetched within ${formatDuration(timeoutMs)}; give a URL that answers sooner.`
      : `source.url could not be fetched: ${reason}`,
  );
}

/** `data:<type>;base64,<data>` or bare base64 (standard or URL-safe alphabet, padding optional). */
function fromBase64(
  state: EmulatorState,
  data: unknown,
  fileName: string | undefined,
  apiKey: string,
): NewFile | Answer {
  if (typeof data !== "string" || data === "") {
    return invalid("source.data must be a non-empty base64 string or a data: URI");
  }
  let declaredType: string | undefined;
  let encoded = data;
  const uri = /^data:([^;,]*)((?:;[^;,]*)*),/i.exec(data);
  if (uri) {
    if (!/;base64$/i.test(uri[2] ?? ""))
      return invalid("source.data must be a base64 data: URI (…;base64,…)");
    declaredType = uri[1] || undefined;
    encoded = data.slice(uri[0].length);
  }
  encoded = encoded.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded) || encoded.replace(/=+$/, "").length % 4 === 1) {
    return invalid("source.data is not valid base64");
  }
  const bytes = Buffer.from(encoded, "base64");
  if (bytes.length > state.settings.maxUploadBytes) return tooLargeAnswer(state, "The decoded source.data");
  const mimeType = declaredType ?? mimeTypeOf(bytes, fileName);
  return { apiKey, bytes, mimeType, fileName: fileName ?? defaultFileName(mimeType), source: "base64" };
}
