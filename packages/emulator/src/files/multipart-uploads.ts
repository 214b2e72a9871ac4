import { type Answer, errorAnswer, jsonAnswer } from "../http/answer.js";
import { formatDuration } from "../http/format-units.js";
import { isObject } from "../http/is-object.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { partView, type StoredPart, type StoredUpload, statusOf, uploadView } from "../state/upload-store.js";
import { invalid, tooLargeAnswer } from "./file-answers.js";
import { fileNameProblem } from "./file-name.js";
import { purposeProblem } from "./purpose.js";

// `/v1/uploads`, OpenAI-compatible: a large file sent in parts, then completed into a persistent file. An
// upload that is completed, cancelled or expired takes nothing more: each such request is a 409 named for its
// status.

/** `POST /v1/uploads {bytes, filename, mime_type, purpose}`. */
export function createUpload(state: EmulatorState, apiKey: string, body: unknown): Answer {
  if (!isObject(body)) {
    return errorAnswer(
      400,
      "invalid_json",
      "The request body must be a JSON object: {bytes, filename, mime_type, purpose}.",
    );
  }
  const { bytes, filename, mime_type, purpose } = body;
  if (!Number.isInteger(bytes) || (bytes as number) < 1) {
    return invalid("bytes must be the file's size in bytes, a positive integer");
  }
  if ((bytes as number) > state.settings.maxUploadBytes)
    return tooLargeAnswer(state, `A file of ${bytes} bytes`);
  const problem =
    fileNameProblem("filename", filename) ??
    (typeof mime_type !== "string" || !/^[\x21-\x7e]+\/[\x20-\x7e]+$/.test(mime_type)
      ? 'mime_type must be a MIME type such as "video/mp4"'
      : purposeProblem(purpose));
  if (problem) return invalid(problem);
  const upload = state.uploads.create({
    apiKey,
    bytes: bytes as number,
    filename: filename as string,
    mimeType: mime_type as string,
    purpose: "user_data",
  });
  return jsonAnswer(200, uploadView(upload));
}

/** `POST /v1/uploads/{id}/parts`, multipart: `data`, the part's bytes. */
export async function addUploadPart(
  state: EmulatorState,
  apiKey: string,
  id: string,
  form: FormData,
): Promise<Answer> {
  const upload = state.uploads.get(apiKey, id);
  if (!upload) return uploadNotFound(id);
  const status = statusOf(upload);
  if (status !== "pending") return notPending(state, upload, status, "take parts");
  const data = form.get("data");
  if (data === null) return invalid("data is required: send the part's bytes as a form field named data");
  if (typeof data === "string")
    return invalid("data must be a file part (one with a filename), not a text field");
  const bytes = Buffer.from(await data.arrayBuffer());
  if (bytes.length === 0) return invalid("data is empty: send the part's bytes");
  const held = upload.partBytes + bytes.length;
  if (held > upload.bytes) {
    return errorAnswer(
      422,
      "byte_size_mismatch",
      `Upload ${id} declared bytes ${upload.bytes}, and with this part of ${bytes.length} bytes its parts would hold ${held}; send only the file's own bytes, or cancel it and create an upload with the right bytes.`,
    );
  }
  return jsonAnswer(200, partView(state.uploads.addPart(upload, bytes)));
}

/** `POST /v1/uploads/{id}/complete {part_ids}`: the parts, in that order, become a file. */
export function completeUpload(state: EmulatorState, apiKey: string, id: string, body: unknown): Answer {
  const upload = state.uploads.get(apiKey, id);
  if (!upload) return uploadNotFound(id);
  const status = statusOf(upload);
  if (status !== "pending") return notPending(state, upload, status, "be completed");
  const partIds = isObject(body) ? body.part_ids : undefined;
  if (!Array.isArray(partIds) || partIds.length === 0 || !partIds.every((part) => typeof part === "string")) {
    return invalid("part_ids must be a non-empty array of part ids, in the order of the file's bytes");
  }
  const parts: StoredPart[] = [];
  for (const [index, partId] of (partIds as string[]).entries()) {
    if (partIds.indexOf(partId) !== index)
      return invalid(`part_ids lists ${partId} twice: list each part once`);
    const part = upload.parts.get(partId);
    if (part) {
      parts.push(part);
      continue;
    }
    const owner = state.uploads.uploadOfPart(partId);
    if (owner !== undefined && state.uploads.get(apiKey, owner)) {
      return invalid(
        `part_ids[${index}] (${partId}) is a part of upload ${owner}, not of ${id}: list only this upload's parts`,
      );
    }
    return errorAnswer(
      404,
      "not_found",
      `Part ${partId} (part_ids[${index}]) was not found: list the ids POST /v1/uploads/${id}/parts answered.`,
    );
  }
  const total = parts.reduce((sum, part) => sum + part.bytes.length, 0);
  if (total !== upload.bytes) {
    return errorAnswer(
      422,
      "byte_size_mismatch",
      `The parts listed hold ${total} bytes but upload ${id} declared bytes ${upload.bytes}: list every part of the file, in order.`,
    );
  }
  state.uploads.complete(upload, parts);
  return jsonAnswer(200, uploadView(upload));
}

/** `POST /v1/uploads/{id}/cancel`: its parts are dropped. Cancelling a cancelled upload answers it again. */
export function cancelUpload(state: EmulatorState, apiKey: string, id: string): Answer {
  const upload = state.uploads.get(apiKey, id);
  if (!upload) return uploadNotFound(id);
  const status = statusOf(upload);
  if (status === "pending") state.uploads.cancel(upload);
  else if (status !== "cancelled") return notPending(state, upload, status, "be cancelled");
  return jsonAnswer(200, uploadView(upload));
}

const uploadNotFound = (id: string): Answer =>
  errorAnswer(
    404,
    "not_found",
    `Upload ${id} was not found: it belongs to another API key, or never existed. Create one with POST /v1/uploads.`,
  );

/** 409 `upload_completed`, `upload_cancelled` or `upload_expired`: the upload can no longer do `what`. */
function notPending(state: EmulatorState, upload: StoredUpload, status: string, what: string): Answer {
  const why =
    status === "completed"
      ? `is already completed (as file ${upload.file?.id})`
      : status === "cancelled"
        ? "was cancelled"
        : `expired at ${new Date(upload.expiresAt).toISOString()} (uploads must be completed within ${formatDuration(state.uploads.ttlMs)})`;
  return errorAnswer(
    409,
    `upload_${status}`,
    `Upload ${upload.id} ${why} and cannot ${what}; create a new upload with POST /v1/uploads.`,
  );
}
