import type { DeletedFile } from "@runapi.ai/core";
import { type Answer, errorAnswer, jsonAnswer } from "../http/answer.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { type FileQuery, view } from "../state/persistent-file-store.js";
import { invalid, tooLargeAnswer } from "./file-answers.js";
import { fileNameProblem } from "./file-name.js";
import { mimeTypeOf } from "./mime-type.js";
import { purposeProblem } from "./purpose.js";

// `/v1/files`: files an account keeps until it deletes them, OpenAI-compatible.

/** Files per page of `GET /v1/files` when the query names no `limit`, and the most it may name. */
export const DEFAULT_FILE_PAGE = 20;
export const MAX_FILE_PAGE = 100;

/** `POST /v1/files`, multipart: `file` (a file part) and `purpose=user_data`. */
export async function createPersistentFile(
  state: EmulatorState,
  apiKey: string,
  form: FormData,
): Promise<Answer> {
  const file = form.get("file");
  if (file === null) return invalid("file is required: send the file's bytes as a form field named file");
  if (typeof file === "string")
    return invalid("file must be a file part (one with a filename), not a text field");
  const nameProblem = fileNameProblem("file's filename", file.name);
  if (nameProblem) return invalid(nameProblem);
  const purposeIssue = purposeProblem(form.get("purpose"));
  if (purposeIssue) return invalid(purposeIssue);
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length === 0) return invalid("file is empty: send the file's bytes");
  if (bytes.length > state.settings.maxUploadBytes) {
    return tooLargeAnswer(state, "The file (send a larger one in parts with POST /v1/uploads)");
  }
  const stored = state.persistentFiles.add({
    apiKey,
    filename: file.name,
    purpose: "user_data",
    bytes,
    // A part without its own type is sent as application/octet-stream: then its bytes or name say.
    mimeType:
      file.type && file.type !== "application/octet-stream" ? file.type : mimeTypeOf(bytes, file.name),
  });
  return jsonAnswer(200, view(stored));
}

/** `GET /v1/files?after&limit&order&purpose`. */
export function listPersistentFiles(state: EmulatorState, apiKey: string, query: URLSearchParams): Answer {
  const given = (name: string) => query.get(name) || undefined;
  const limit = Number(given("limit") ?? DEFAULT_FILE_PAGE);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FILE_PAGE) {
    return invalid(`limit must be an integer between 1 and ${MAX_FILE_PAGE} (default ${DEFAULT_FILE_PAGE})`);
  }
  const order = given("order") ?? "desc";
  if (order !== "asc" && order !== "desc") return invalid("order must be one of: asc, desc");
  const purpose = given("purpose");
  const purposeIssue = purpose === undefined ? undefined : purposeProblem(purpose);
  if (purposeIssue) return invalid(purposeIssue);
  const after = given("after");
  if (after !== undefined && !after.startsWith("file-")) {
    return invalid("after must be a file id: the last_id of the page before");
  }
  const fileQuery: FileQuery = { limit, order, ...(after && { after }), ...(purpose && { purpose }) };
  return jsonAnswer(200, state.persistentFiles.list(apiKey, fileQuery));
}

/** `GET /v1/files/{id}`. */
export function retrievePersistentFile(state: EmulatorState, apiKey: string, id: string): Answer {
  const file = state.persistentFiles.get(apiKey, id);
  return file ? jsonAnswer(200, view(file)) : fileNotFound(id);
}

/** `DELETE /v1/files/{id}`. */
export function deletePersistentFile(state: EmulatorState, apiKey: string, id: string): Answer {
  if (!state.persistentFiles.delete(apiKey, id)) return fileNotFound(id);
  return jsonAnswer(200, { id, object: "file", deleted: true } satisfies DeletedFile);
}

/** `GET /v1/files/{id}/content`: the bytes as uploaded. */
export function persistentFileContent(state: EmulatorState, apiKey: string, id: string): Answer {
  const file = state.persistentFiles.get(apiKey, id);
  if (!file) return fileNotFound(id);
  return { status: 200, headers: { "content-type": file.mimeType }, body: file.bytes };
}

const fileNotFound = (id: string): Answer =>
  errorAnswer(
    404,
    "not_found",
    `File ${id} was not found: it was deleted, or it belongs to another API key. GET /v1/files lists this key's files.`,
  );
