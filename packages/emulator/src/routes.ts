import type { IncomingHttpHeaders } from "node:http";
import { type Answer, errorAnswer, jsonAnswer, parseJson } from "./http-io.js";
import { IdempotencyStore, MAX_IDEMPOTENCY_KEY_LENGTH } from "./idempotency.js";
import type { Action } from "./load-specs.js";
import { priceOf } from "./price.js";
import { renderPromptPng } from "./render-png.js";
import type { Task, TaskStore } from "./task-store.js";
import { taskView } from "./task-store.js";
import type { ValidationResult } from "./validate-request.js";

export interface RecordedRequest {
  method: string;
  /** The request target as sent: path plus query string. */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON; the raw text when it is not JSON; undefined when there was no body. */
  body: unknown;
  /** The kind of the fault injected into this request's answer, when one was. */
  fault?: string;
}

/** A request whose body has been read; what a handler sees. */
export interface ReceivedRequest {
  method: string;
  /** The path without the query string. */
  pathname: string;
  headers: IncomingHttpHeaders;
  text: string;
  tooLarge: boolean;
}

/** Everything a request handler needs; one per running emulator. */
export interface EmulatorState {
  actions: readonly Action[];
  validate: (action: Action, body: unknown) => ValidationResult;
  store: TaskStore;
  idempotency: IdempotencyStore;
  apiKeys: ReadonlySet<string>;
  requests: RecordedRequest[];
  baseUrl: () => string;
  /** Rendered outputs, so a file is drawn once however often it is downloaded. */
  files: Map<string, Buffer>;
}

const FILE_PATH = /^\/files\/([^/]+)\/(\d+)\.png$/;

/** The answer RunAPI would give, without the headers every answer carries (respond.ts adds those). */
export function handleRequest(state: EmulatorState, request: ReceivedRequest): Answer {
  const { method, pathname } = request;
  // Output URLs are handed to people and browsers, so like RunAPI's they need no key.
  if ((method === "GET" || method === "HEAD") && FILE_PATH.test(pathname)) {
    return serveFile(state, pathname, method);
  }
  const apiKey = pathname.startsWith("/api/") ? apiKeyOf(state, request.headers) : "";
  if (apiKey === undefined) {
    return errorAnswer(
      401,
      "unauthorized",
      "Missing or invalid API key. Send it as Authorization: Bearer <key>.",
    );
  }
  if (request.tooLarge)
    return errorAnswer(413, "payload_too_large", "The request body is larger than 1 MiB.");

  if (method === "POST") {
    const action = state.actions.find((candidate) => candidate.path === pathname);
    if (action) return createTask(state, action, request, apiKey);
  }
  if (method === "GET") {
    for (const action of state.actions) {
      const rest = pathname.startsWith(`${action.path}/`) ? pathname.slice(action.path.length + 1) : "";
      if (action.readable && rest !== "" && !rest.includes("/")) return readTask(state, action, rest);
    }
  }
  return errorAnswer(404, "not_found", `No route for ${method} ${pathname}`);
}

/** The accepted key the request carries, or undefined. */
function apiKeyOf(state: EmulatorState, headers: IncomingHttpHeaders): string | undefined {
  const key = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? "")?.[1]?.trim();
  return key !== undefined && state.apiKeys.has(key) ? key : undefined;
}

function createTask(state: EmulatorState, action: Action, request: ReceivedRequest, apiKey: string): Answer {
  const rawKey = request.headers["idempotency-key"];
  // Node joins a repeated header with ", "; that joined value is the key as far as this server can tell.
  const key = Array.isArray(rawKey) ? rawKey.join(", ") : rawKey;
  if (key !== undefined && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
    return errorAnswer(
      400,
      "invalid_idempotency_key",
      `Idempotency-Key must be between 1 and ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
    );
  }
  const json = request.text === "" ? { ok: false as const } : parseJson(request.text);
  if (!json.ok) return errorAnswer(400, "invalid_json", "The request body is not valid JSON.");
  const body = json.value;

  // The key is checked before validation: a reused key is a conflict whatever the new body holds.
  const fingerprint = IdempotencyStore.fingerprint(action.path, body);
  if (key !== undefined) {
    const earlier = state.idempotency.get(apiKey, key);
    if (earlier && earlier.fingerprint !== fingerprint) {
      return errorAnswer(
        409,
        "request_conflict",
        `Idempotency-Key ${key} was already used with a different request body.`,
      );
    }
    if (earlier) {
      const { id, status, ...rest } = earlier.answer;
      return jsonAnswer(
        200,
        { id, status, task_replayed: true, ...rest },
        { "x-runapi-task-id": earlier.taskId },
      );
    }
  }

  const result = state.validate(action, body);
  if (!result.ok) {
    return errorAnswer(422, "validation_error", result.problems[0]!.message, { details: result.problems });
  }
  // Validation passed, so the body is an object with a known model.
  const params = body as Record<string, unknown>;
  const { variant } = result;
  const properties = (variant.schema.properties ?? {}) as Record<string, { default?: unknown }>;
  const task = state.store.create({
    action,
    model: variant.model,
    priceCents: priceOf(variant.price, params, properties),
    prompt: typeof params.prompt === "string" ? params.prompt : JSON.stringify(params),
  });
  const answer = {
    id: task.id,
    status: "processing",
    billing: { reservation: { amount_cents: task.priceCents }, settlement: null, refund: null },
  };
  if (key !== undefined) state.idempotency.remember(apiKey, key, { fingerprint, taskId: task.id, answer });
  return jsonAnswer(200, answer, { "x-runapi-task-id": task.id });
}

function readTask(state: EmulatorState, action: Action, rawId: string): Answer {
  let id = rawId;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    // A malformed escape cannot name a task; report the id as sent.
  }
  const task = state.store.get(id);
  // A task read through another action's path is as unknown there as a made-up id.
  if (!task || task.action !== action) return errorAnswer(404, "not_found", `Task ${id} was not found.`);
  return jsonAnswer(200, taskView(state.store, task, state.baseUrl()), { "x-runapi-task-id": task.id });
}

function serveFile(state: EmulatorState, pathname: string, method: string): Answer {
  const [, taskId = "", index] = FILE_PATH.exec(pathname) ?? [];
  const task: Task | undefined = state.store.get(taskId);
  const served =
    task !== undefined &&
    index === "0" &&
    task.action.modality === "image" &&
    state.store.statusOf(task) === "completed";
  if (!served) return errorAnswer(404, "not_found", `File ${pathname} was not found.`);
  let bytes = state.files.get(task.id);
  if (!bytes) {
    bytes = renderPromptPng(task.prompt);
    state.files.set(task.id, bytes);
  }
  return {
    status: 200,
    headers: { "x-runapi-task-id": task.id, "content-type": "image/png", "content-length": bytes.length },
    body: method === "HEAD" ? Buffer.alloc(0) : bytes,
  };
}
