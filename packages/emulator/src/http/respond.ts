import type { IncomingMessage, ServerResponse } from "node:http";
import { deliver } from "../faults/deliver.js";
import type { FaultInjector } from "../faults/fault-injector.js";
import { bodyLimitFor } from "../files/body-limit.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { type Answer, errorAnswer } from "./answer.js";
import { answerHeaders } from "./answer-headers.js";
import { parseJson } from "./parse-json.js";
import { MAX_BODY_BYTES, readBody } from "./read-body.js";
import type { ReceivedRequest, RecordedRequest } from "./request.js";
import { handleRequest } from "./routes.js";

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
    body: recordedBody(method, pathname, bytes, text, req.headers["content-type"]),
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

function recordedBody(
  method: string,
  pathname: string,
  bytes: Buffer,
  text: string,
  contentType = "",
): unknown {
  if (bytes.length === 0) return undefined;
  if (method === "PUT" && pathname.startsWith("/uploads/")) return bytes;
  if (/^multipart\//i.test(contentType)) return bytes;
  const json = parseJson(text);
  return json.ok ? json.value : text;
}

/** Node gives repeated headers as arrays; recorded requests keep one string per header, like fetch's Headers. */
function flattenHeaders(headers: IncomingMessage["headers"]): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

/** A handler that throws still gets an answer, and that answer still goes through the fault. */
async function performSafely(state: EmulatorState, request: ReceivedRequest): Promise<Answer> {
  try {
    return await handleRequest(state, request);
  } catch (error) {
    return errorAnswer(500, "internal_error", error instanceof Error ? error.message : String(error));
  }
}
