import { type ServerResponse, STATUS_CODES } from "node:http";
import { type Answer, errorAnswer, writeAnswer } from "../http/answer.js";
import type { FaultKind } from "./fault-rule.js";

/** The `error.code` a status fault sends when it names none: the code RunAPI uses for that status. */
const DEFAULT_CODES: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  402: "insufficient_credits",
  403: "forbidden",
  404: "not_found",
  408: "request_timeout",
  409: "request_conflict",
  413: "payload_too_large",
  422: "validation_error",
  429: "rate_limited",
  500: "internal_error",
  502: "bad_gateway",
  503: "service_unavailable",
  504: "gateway_timeout",
};

const reasonOf = (status: number): string => STATUS_CODES[status] ?? "Error";

function statusAnswer(fault: Extract<FaultKind, { kind: "status" }>): Answer {
  const { status } = fault;
  const code = fault.code ?? DEFAULT_CODES[status] ?? (status >= 500 ? "internal_error" : "bad_request");
  const answer = errorAnswer(
    status,
    code,
    `${status} ${reasonOf(status)} (a fault injected by the emulator).`,
  );
  if (fault.retryAfter !== undefined) answer.headers["retry-after"] = fault.retryAfter;
  if (fault.retryAfterMs !== undefined) answer.headers["retry-after-ms"] = String(fault.retryAfterMs);
  return answer;
}

/** What nginx answers when its upstream fails: the page a client must never show as an API message. */
function htmlAnswer(status: number): Answer {
  const title = `${status} ${reasonOf(status)}`;
  const page = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return { status, headers: { "content-type": "text/html" }, body: Buffer.from(page) };
}

/**
 * Sends the answer `perform` computes, or breaks it as `fault` says. `headers` (request ids) go on every answer
 * that sends headers. `perform` runs only for the faults that "perform the request" — a status or HTML error
 * and a reset-before leave no trace but the recorded request.
 */
export async function deliver(
  res: ServerResponse,
  fault: FaultKind | undefined,
  headers: Answer["headers"],
  perform: () => Promise<Answer>,
): Promise<void> {
  const withHeaders = (answer: Answer): Answer => ({ ...answer, headers: { ...headers, ...answer.headers } });
  const performed = async (): Promise<Answer> => withHeaders(await perform());
  if (!fault) {
    writeAnswer(res, await performed());
    return;
  }
  switch (fault.kind) {
    case "status":
      writeAnswer(res, withHeaders(statusAnswer(fault)));
      break;
    case "html-error":
      writeAnswer(res, withHeaders(htmlAnswer(fault.status ?? 502)));
      break;
    case "reset-before":
      reset(res);
      break;
    case "reset-after":
      await performed();
      reset(res);
      break;
    case "slow-headers": {
      // Performed first, so a client that gives up while waiting has still created the task, as with a slow
      // real server; only its idempotency key can then stop the retry creating a second one.
      const answer = await performed();
      // Unref'd: a pending delay must not keep a closed emulator's process alive.
      setTimeout(() => writeAnswer(res, answer), fault.delayMs).unref();
      break;
    }
    case "cut-body":
      cutBody(res, await performed());
      break;
    case "malformed-json": {
      const answer = await performed();
      // The real answer truncated by one byte: JSON that stops mid-value, with a truthful content-length.
      const body = answer.body.length > 1 ? answer.body.subarray(0, -1) : Buffer.from("{");
      writeAnswer(res, replaceBody(answer, "application/json", body));
      break;
    }
    case "wrong-content-type":
      writeAnswer(res, replaceBody(await performed(), "text/plain; charset=utf-8", Buffer.from("OK\n")));
      break;
  }
}

/**
 * A 200 with another body in place of the real one. The real answer's other headers stay (request ids, task id),
 * as they would when a proxy or a bug mangles only the body.
 */
function replaceBody(answer: Answer, contentType: string, body: Buffer): Answer {
  const { "content-type": _type, "content-length": _length, ...rest } = answer.headers;
  return { status: 200, headers: { ...rest, "content-type": contentType }, body };
}

/** A TCP reset (RST), as a crashed server or a dropped load-balancer connection gives: the client sees ECONNRESET. */
function reset(res: ServerResponse): void {
  const socket = res.socket;
  if (socket && !socket.destroyed) socket.resetAndDestroy();
}

/** Status and headers with the full content-length, then half the body, then the connection closes. */
function cutBody(res: ServerResponse, answer: Answer): void {
  if (res.destroyed) return;
  res.writeHead(answer.status, { "content-length": answer.body.length, ...answer.headers });
  // Sent first and destroyed only once flushed: destroying at once could drop the half (and the headers) unsent.
  res.flushHeaders();
  res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => res.destroy());
}
