import { randomBytes } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { Answer } from "./answer.js";

const CLIENT_REQUEST_ID = /^[\x20-\x7e]{1,512}$/;

export const newRequestId = (): string => `req_${randomBytes(12).toString("hex")}`;

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
