import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { deliver } from "./deliver.js";
import type { FaultInjector } from "./faults.js";
import { type Answer, errorAnswer, flattenHeaders, newRequestId, parseJson, readBody } from "./http-io.js";
import { type EmulatorState, handleRequest, type ReceivedRequest, type RecordedRequest } from "./routes.js";

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
  const { text, tooLarge } = await readBody(req);
  const json = text === "" ? undefined : parseJson(text);
  const recorded: RecordedRequest = {
    method,
    path: req.url ?? "/",
    headers: flattenHeaders(req.headers),
    body: json === undefined ? undefined : json.ok ? json.value : text,
  };
  state.requests.push(recorded);

  const pathname = new URL(req.url ?? "/", "http://emulator.invalid").pathname;
  const fault = faults.take(method, pathname);
  if (fault) recorded.fault = fault.kind;
  const request: ReceivedRequest = { method, pathname, headers: req.headers, text, tooLarge };
  deliver(res, fault, answerHeaders(req.headers), () => performSafely(state, request));
}

/** Headers every answer carries: a fresh request id, and the client's own id echoed. */
function answerHeaders(headers: IncomingHttpHeaders): Answer["headers"] {
  const common: Answer["headers"] = { "x-request-id": newRequestId() };
  const clientRequestId = headers["x-client-request-id"];
  // Echo only what is a valid header value; anything else would make Node throw when writing it.
  if (typeof clientRequestId === "string" && CLIENT_REQUEST_ID.test(clientRequestId)) {
    common["x-client-request-id"] = clientRequestId;
  }
  return common;
}

/** A handler that throws still gets an answer, and that answer still goes through the fault. */
function performSafely(state: EmulatorState, request: ReceivedRequest): Answer {
  try {
    return handleRequest(state, request);
  } catch (error) {
    return errorAnswer(500, "internal_error", error instanceof Error ? error.message : String(error));
  }
}
