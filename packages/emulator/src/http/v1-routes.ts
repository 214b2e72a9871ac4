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

/** What a `/v1` route is called with: the id in its path, its body as read, its query. */
interface Call {
  id: string;
  body: unknown;
  query: URLSearchParams;
}

interface Route {
  /** A POST's body is JSON. */
  json?: true;
  /** A POST's body is a multipart form with these fields. */
  form?: string;
  handle(state: EmulatorState, apiKey: string, call: Call): Answer | Promise<Answer>;
}

/** `/v1/files` and `/v1/uploads`, the OpenAI-compatible file routes, by "METHOD path". */
const V1_ROUTES: Record<string, Route> = {
  "POST /v1/files": {
    form: "file and purpose",
    handle: (state, apiKey, { body }) => createPersistentFile(state, apiKey, body as FormData),
  },
  "GET /v1/files": { handle: (state, apiKey, { query }) => listPersistentFiles(state, apiKey, query) },
  "GET /v1/files/{id}": { handle: (state, apiKey, { id }) => retrievePersistentFile(state, apiKey, id) },
  "DELETE /v1/files/{id}": { handle: (state, apiKey, { id }) => deletePersistentFile(state, apiKey, id) },
  "GET /v1/files/{id}/content": {
    handle: (state, apiKey, { id }) => persistentFileContent(state, apiKey, id),
  },
  "POST /v1/uploads": { json: true, handle: (state, apiKey, { body }) => createUpload(state, apiKey, body) },
  "POST /v1/uploads/{id}/parts": {
    form: "data",
    handle: (state, apiKey, { id, body }) => addUploadPart(state, apiKey, id, body as FormData),
  },
  "POST /v1/uploads/{id}/complete": {
    json: true,
    handle: (state, apiKey, { id, body }) => completeUpload(state, apiKey, id, body),
  },
  "POST /v1/uploads/{id}/cancel": { handle: (state, apiKey, { id }) => cancelUpload(state, apiKey, id) },
};

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
  const { method, pathname, query } = request;
  // `/v1/files/file-1/content` is the route `/v1/files/{id}/content` with the id `file-1`.
  const [, base, segment, rest = ""] =
    /^(\/v1\/(?:files|uploads))(?:\/([^/]+))?(\/.*)?$/.exec(pathname) ?? [];
  const route = V1_ROUTES[`${method} ${base}${segment === undefined ? "" : "/{id}"}${rest}`];
  if (!route) return undefined;
  const id = decodedOrRaw(segment ?? "");
  if (method !== "POST") return route.handle(state, apiKey, { id, body: undefined, query });
  return post(state, request, apiKey, route, id);
}

async function post(
  state: EmulatorState,
  request: ReceivedRequest,
  apiKey: string,
  route: Route,
  id: string,
): Promise<Answer> {
  const idempotency = readIdempotencyKey(request.headers);
  if (!idempotency.ok) return idempotency.answer;
  const { key } = idempotency;
  let body: unknown;
  if (route.json) {
    const json = parseJson(request.text);
    if (!json.ok) return errorAnswer(400, "invalid_json", json.message);
    body = json.value;
  } else if (route.form) {
    const form = await readForm(request, route.form);
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
  const answer = await route.handle(state, apiKey, { id, body, query: request.query });
  if (key !== undefined && answer.status < 300) {
    state.fileIdempotency.remember(apiKey, key, { ...answer, fingerprint });
  }
  return answer;
}

/**
 * A body as it identifies a request: JSON as it is, a form's fields in order with each file by its name, type
 * and SHA-256 (the form's boundary differs on every send).
 */
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
