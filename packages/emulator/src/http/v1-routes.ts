import { createHash } from "node:crypto";
import { decodedOrRaw } from "../files/file-name.js";
import { addUploadPart, cancelUpload, completeUpload, createUpload } from "../files/multipart-uploads.js";
import {
  createPersistentFile,
  deletePersistentFile,
  listPersistentFiles,
  persistentFileContent,
  retrievePersistentFile,
} from "../files/persistent-files.js";
import { readForm } from "../files/read-form.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { IdempotencyStore } from "../state/idempotency-store.js";
import { type Answer, errorAnswer } from "./answer.js";
import { readIdempotencyKey } from "./idempotency-key.js";
import { parseJson } from "./parse-json.js";
import type { ReceivedRequest } from "./request.js";

type Handler = (
  state: EmulatorState,
  apiKey: string,
  id: string,
  body: unknown,
  request: ReceivedRequest,
) => Answer | Promise<Answer>;

interface Route {
  method: "GET" | "POST" | "DELETE";
  /** The path, `{id}` standing for one segment. */
  path: RegExp;
  /** How a POST's body is read: JSON, a multipart form (`fields` names what it holds), or not at all. */
  body?: "json" | { fields: string };
  handle: Handler;
}

const ID = "([^/]+)";
const route = (method: Route["method"], path: string, handle: Handler, body?: Route["body"]): Route => ({
  method,
  path: new RegExp(`^${path.replace("{id}", ID)}$`),
  handle,
  ...(body && { body }),
});

/** `/v1/files` and `/v1/uploads`, the OpenAI-compatible file routes. */
const V1_ROUTES: Route[] = [
  route("POST", "/v1/files", (state, key, _, form) => createPersistentFile(state, key, form as FormData), {
    fields: "file and purpose",
  }),
  route("GET", "/v1/files", (state, key, _, __, request) => listPersistentFiles(state, key, request.query)),
  route("GET", "/v1/files/{id}", (state, key, id) => retrievePersistentFile(state, key, id)),
  route("DELETE", "/v1/files/{id}", (state, key, id) => deletePersistentFile(state, key, id)),
  route("GET", "/v1/files/{id}/content", (state, key, id) => persistentFileContent(state, key, id)),
  route("POST", "/v1/uploads", (state, key, _, body) => createUpload(state, key, body), "json"),
  route(
    "POST",
    "/v1/uploads/{id}/parts",
    (state, key, id, form) => addUploadPart(state, key, id, form as FormData),
    {
      fields: "data",
    },
  ),
  route(
    "POST",
    "/v1/uploads/{id}/complete",
    (state, key, id, body) => completeUpload(state, key, id, body),
    "json",
  ),
  route("POST", "/v1/uploads/{id}/cancel", (state, key, id) => cancelUpload(state, key, id)),
];

/** Whether a path is one of the `/v1` routes' (whatever the method), so it needs a key like `/api/` does. */
export const isV1Path = (pathname: string): boolean => pathname.startsWith("/v1/");

/**
 * Answers a `/v1` request of an authenticated account, or undefined when no route matches. A POST's
 * Idempotency-Key makes a retry with the same body get the first answer again (a part is not added twice, a
 * completed upload is answered, not refused), and one with another body a 409.
 */
export async function routeV1(
  state: EmulatorState,
  request: ReceivedRequest,
  apiKey: string,
): Promise<Answer | undefined> {
  for (const candidate of V1_ROUTES) {
    const match = candidate.method === request.method ? candidate.path.exec(request.pathname) : null;
    if (!match) continue;
    const id = decodedOrRaw(match[1] ?? "");
    if (candidate.method !== "POST") return candidate.handle(state, apiKey, id, undefined, request);
    return post(state, request, apiKey, candidate, id);
  }
  return undefined;
}

async function post(
  state: EmulatorState,
  request: ReceivedRequest,
  apiKey: string,
  { body: kind, handle }: Route,
  id: string,
): Promise<Answer> {
  const idempotency = readIdempotencyKey(request.headers);
  if (!idempotency.ok) return idempotency.answer;
  const { key } = idempotency;
  let body: unknown;
  if (kind === "json") {
    const json = parseJson(request.text);
    if (!json.ok) return errorAnswer(400, "invalid_json", json.message);
    body = json.value;
  } else if (kind) {
    const form = await readForm(request, kind.fields);
    if (!(form instanceof FormData)) return form;
    body = form;
  }
  const fingerprint = IdempotencyStore.fingerprint(request.pathname, await comparable(body));
  const earlier = key === undefined ? undefined : state.fileIdempotency.get(apiKey, key);
  if (earlier && earlier.fingerprint !== fingerprint) {
    return errorAnswer(
      409,
      "request_conflict",
      `Idempotency-Key ${key} was already used with a different request.`,
    );
  }
  if (earlier) return { status: earlier.status, headers: earlier.headers, body: earlier.body };
  const answer = await handle(state, apiKey, id, body, request);
  if (key !== undefined && answer.status < 300)
    state.fileIdempotency.remember(apiKey, key, { ...answer, fingerprint });
  return answer;
}

/** A body as it identifies a request: JSON as it is, a form's files by name, type and SHA-256 (its boundary differs on every send). */
async function comparable(body: unknown): Promise<unknown> {
  if (!(body instanceof FormData)) return body ?? null;
  const fields: unknown[] = [];
  for (const [name, value] of body) {
    if (typeof value === "string") fields.push([name, value]);
    else {
      const sha256 = createHash("sha256")
        .update(new Uint8Array(await value.arrayBuffer()))
        .digest("hex");
      fields.push([name, { filename: value.name, type: value.type, sha256 }]);
    }
  }
  return fields;
}
