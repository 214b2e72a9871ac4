import type { IncomingMessage, ServerResponse } from "node:http";
import { flattenHeaders, newRequestId, parseJson, readBody, sendError, sendJson } from "./http-io.js";
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
}

/** Everything a request handler needs; one per running emulator. */
export interface EmulatorState {
  actions: readonly Action[];
  validate: (action: Action, body: unknown) => ValidationResult;
  store: TaskStore;
  apiKeys: ReadonlySet<string>;
  requests: RecordedRequest[];
  baseUrl: () => string;
  /** Rendered outputs, so a file is drawn once however often it is downloaded. */
  files: Map<string, Buffer>;
}

const CLIENT_REQUEST_ID = /^[\x20-\x7e]{1,512}$/;
const FILE_PATH = /^\/files\/([^/]+)\/(\d+)\.png$/;

export async function handleRequest(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  res.setHeader("x-request-id", newRequestId());
  const clientRequestId = req.headers["x-client-request-id"];
  // Echo only what is a valid header value; anything else would make Node throw on setHeader.
  if (typeof clientRequestId === "string" && CLIENT_REQUEST_ID.test(clientRequestId)) {
    res.setHeader("X-Client-Request-Id", clientRequestId);
  }
  const method = req.method ?? "GET";
  const { text, tooLarge } = await readBody(req);
  const json = text === "" ? { ok: false as const } : parseJson(text);
  state.requests.push({
    method,
    path: req.url ?? "/",
    headers: flattenHeaders(req.headers),
    body: text === "" ? undefined : json.ok ? json.value : text,
  });

  const pathname = new URL(req.url ?? "/", "http://emulator.invalid").pathname;
  // Output URLs are handed to people and browsers, so like RunAPI's they need no key.
  if ((method === "GET" || method === "HEAD") && FILE_PATH.test(pathname))
    return serveFile(state, pathname, req, res);
  if (pathname.startsWith("/api/") && !authorized(state, req)) {
    return sendError(
      res,
      401,
      "unauthorized",
      "Missing or invalid API key. Send it as Authorization: Bearer <key>.",
    );
  }
  if (tooLarge) return sendError(res, 413, "payload_too_large", "The request body is larger than 1 MiB.");

  if (method === "POST") {
    const action = state.actions.find((candidate) => candidate.path === pathname);
    if (action) {
      if (!json.ok) return sendError(res, 400, "invalid_json", "The request body is not valid JSON.");
      return createTask(state, action, json.value, res);
    }
  }
  if (method === "GET") {
    for (const action of state.actions) {
      const rest = pathname.startsWith(`${action.path}/`) ? pathname.slice(action.path.length + 1) : "";
      if (action.readable && rest !== "" && !rest.includes("/")) return readTask(state, action, rest, res);
    }
  }
  sendError(res, 404, "not_found", `No route for ${method} ${pathname}`);
}

function authorized(state: EmulatorState, req: IncomingMessage): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1] !== undefined && state.apiKeys.has(match[1].trim());
}

function createTask(state: EmulatorState, action: Action, body: unknown, res: ServerResponse): void {
  const result = state.validate(action, body);
  if (!result.ok) {
    sendError(res, 422, "validation_error", result.problems[0]!.message, { details: result.problems });
    return;
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
  res.setHeader("X-RunAPI-Task-Id", task.id);
  sendJson(res, 200, {
    id: task.id,
    status: "processing",
    billing: { reservation: { amount_cents: task.priceCents }, settlement: null, refund: null },
  });
}

function readTask(state: EmulatorState, action: Action, rawId: string, res: ServerResponse): void {
  let id = rawId;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    // A malformed escape cannot name a task; report the id as sent.
  }
  const task = state.store.get(id);
  // A task read through another action's path is as unknown there as a made-up id.
  if (!task || task.action !== action) {
    sendError(res, 404, "not_found", `Task ${id} was not found.`);
    return;
  }
  res.setHeader("X-RunAPI-Task-Id", task.id);
  sendJson(res, 200, taskView(state.store, task, state.baseUrl()));
}

function serveFile(state: EmulatorState, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  const [, taskId = "", index] = FILE_PATH.exec(pathname) ?? [];
  const task: Task | undefined = state.store.get(taskId);
  const served =
    task !== undefined &&
    index === "0" &&
    task.action.modality === "image" &&
    state.store.statusOf(task) === "completed";
  if (!served) {
    sendError(res, 404, "not_found", `File ${pathname} was not found.`);
    return;
  }
  let bytes = state.files.get(task.id);
  if (!bytes) {
    bytes = renderPromptPng(task.prompt);
    state.files.set(task.id, bytes);
  }
  res.setHeader("X-RunAPI-Task-Id", task.id);
  res.writeHead(200, { "content-type": "image/png", "content-length": bytes.length });
  res.end(req.method === "HEAD" ? undefined : bytes);
}
