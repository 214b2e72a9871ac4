import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { deliver } from "./deliver.js";
import type { FaultInjector } from "./faults.js";
import { bodyLimitFor } from "./file-routes.js";
import {
  type Answer,
  errorAnswer,
  flattenHeaders,
  MAX_BODY_BYTES,
  newRequestId,
  parseJson,
  readBody,
} from "./http-io.js";
import { handleRequest } from "./routes.js";
import type { EmulatorState, ReceivedRequest, RecordedRequest } from "./state.js";

const CLIENT_REQUEST_ID = /^[\x20-\x7e]{1,512}$/;

/**
 * One request from start to end: read, record, pick a fault, then answer (or not) through it. Faults are chosen
 * before auth and validation, so a fault on a route fires whatever the request holds.
 */
export async function respond(
  state: EmulatorState,
  faults: FaultInjector,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", "http://emulator.invalid");
  const pathname = url.pathname;
  const bodyLimit = bodyLimitFor(method, pathname, state.settings.maxUploadBytes, MAX_BODY_BYTES);
  const { bytes, tooLarge } = await readBody(req, bodyLimit);
  const text = bytes.toString("utf8");
  const recorded: RecordedRequest = {
    method,
    path: req.url ?? "/",
    headers: flattenHeaders(req.headers),
    body: recordedBody(method, pathname, bytes, text),
  };
  state.requests.push(recorded);

  const fault = faults.take(method, pathname);
  if (fault) recorded.fault = fault.kind;
  const request: ReceivedRequest = {
    method,
    pathname,
    query: url.searchParams,
    headers: req.headers,
    text,
    bytes,
    tooLarge,
    bodyLimit,
  };
  await deliver(res, fault, answerHeaders(req.headers), () => performSafely(state, request));
}

function recordedBody(method: string, pathname: string, bytes: Buffer, text: string): unknown {
  if (bytes.length === 0) return undefined;
  if (method === "PUT" && pathname.startsWith("/uploads/")) return bytes;
  const json = parseJson(text);
  return json.ok ? json.value : text;
}

/** Headers every answer carries: a fresh request id, and the client's own id echoed. */
export function answerHeaders(headers: IncomingHttpHeaders): Answer["headers"] {
  const common: Answer["headers"] = { "x-request-id": newRequestId() };
  const clientRequestId = headers["x-client-request-id"];
  // Echo only what is a valid header value; anything else would make Node throw when writing it.
  if (typeof clientRequestId === "string" && CLIENT_REQUEST_ID.test(clientRequestId)) {
    common["x-client-request-id"] = clientRequestId;
  }
  return common;
}

/** A handler that throws still gets an answer, and that answer still goes through the fault. */
async function performSafely(state: EmulatorState, request: ReceivedRequest): Promise<Answer> {
  try {
    return await handleRequest(state, request);
  } catch (error) {
    return errorAnswer(500, "internal_error", error instanceof Error ? error.message : String(error));
  }
}
