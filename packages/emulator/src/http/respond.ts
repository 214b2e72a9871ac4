import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { deliver } from "../faults/deliver.js";
import type { FaultInjector } from "../faults/fault-injector.js";
import { UPLOAD_PATH } from "../files/upload-path.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { type Answer, errorAnswer } from "./answer.js";
import { answerHeaders } from "./answer-headers.js";
import { bodyLimitFor } from "./body-limit.js";
import { closeAfterAnswer } from "./close-after-answer.js";
import { MAX_BODY_BYTES, readBody } from "./read-body.js";
import type { ReceivedRequest } from "./request.js";
import { apiKeyOf, handleRequest } from "./routes.js";

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
  const bodyLimit = bodyLimitFor(
    method,
    pathname,
    state.settings.maxUploadBytes,
    MAX_BODY_BYTES,
    authorized(state, method, pathname, req.headers),
  );
  const { bytes, tooLarge } = await readBody(req, bodyLimit);
  const recorded = state.log.record({
    method,
    path: req.url ?? "/",
    pathname,
    headers: req.headers,
    bytes,
    complete: !tooLarge,
  });

  const fault = faults.take(method, pathname);
  if (fault) recorded.fault = fault.kind;
  const request: ReceivedRequest = {
    method,
    pathname,
    query: url.searchParams,
    headers: req.headers,
    // Decoded when a handler reads it: a request refused on its headers (no key) never needs its body as text.
    get text() {
      return bytes.toString("utf8");
    },
    bytes,
    tooLarge,
    bodyLimit,
  };
  const headers = answerHeaders(req.headers);
  // The rest of a body too large to read stays unread, so the connection cannot carry another request.
  if (tooLarge) {
    headers.connection = "close";
    closeAfterAnswer(req, res);
  }
  await deliver(res, fault, headers, () => performSafely(state, request));
}

/**
 * Whether the request carries what its route needs to be served: a direct upload a signed id that was prepared
 * (it needs no key), anything else a valid key.
 */
function authorized(
  state: EmulatorState,
  method: string,
  pathname: string,
  headers: IncomingHttpHeaders,
): boolean {
  const signedId = method === "PUT" ? UPLOAD_PATH.exec(pathname)?.[1] : undefined;
  if (signedId !== undefined) return state.files.upload(signedId) !== undefined;
  return apiKeyOf(state, headers) !== undefined;
}

/** A handler that throws still gets an answer, and that answer still goes through the fault. */
async function performSafely(state: EmulatorState, request: ReceivedRequest): Promise<Answer> {
  try {
    return await handleRequest(state, request);
  } catch (error) {
    return errorAnswer(500, "internal_error", error instanceof Error ? error.message : String(error));
  }
}
