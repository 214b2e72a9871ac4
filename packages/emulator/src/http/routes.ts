import type { IncomingHttpHeaders } from "node:http";
import { answerPriceQuote } from "../billing/price-quote.js";
import { answerPriceSchedules } from "../billing/price-schedules.js";
import { createFile } from "../files/create-file.js";
import { confirmUpload, prepareUpload, receiveUpload } from "../files/direct-upload.js";
import { isStoredFilePath, serveStoredFile } from "../files/serve-stored-file.js";
import { isUploadPath } from "../files/upload-path.js";
import { isOutputPath, serveOutput } from "../outputs/serve-output.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { createTask } from "../tasks/create-task.js";
import { readTask, TASKS_PATH } from "../tasks/read-task.js";
import { type Answer, errorAnswer, jsonAnswer } from "./answer.js";
import { formatBytes } from "./format-units.js";
import { parseJson } from "./parse-json.js";
import type { ReceivedRequest } from "./request.js";
import { isV1Path, routeV1 } from "./v1-routes.js";

type JsonRoute = (state: EmulatorState, body: unknown, apiKey: string) => Answer | Promise<Answer>;

/** Account routes that take a JSON body, by "METHOD path". */
const JSON_ROUTES: Record<string, JsonRoute> = {
  "POST /api/v1/files": createFile,
  "POST /api/v1/files/prepare": prepareUpload,
  "POST /api/v1/files/confirm": confirmUpload,
};

/** Prices are public, as RunAPI's are: listed and quoted without a key. */
const PRICE_SCHEDULES_PATH = "/api/v1/price_schedules";
export const PRICE_QUOTES_PATH = "/api/v1/price_quotes";

/** The answer RunAPI would give, without the headers every answer carries (respond.ts adds those). */
export async function handleRequest(state: EmulatorState, request: ReceivedRequest): Promise<Answer> {
  const { method, pathname } = request;
  // Output and file URLs are handed to people and browsers, and upload URLs carry their own authority
  // (the signed id), so like RunAPI's they need no key.
  if (method === "GET" || method === "HEAD") {
    if (isStoredFilePath(pathname)) return serveStoredFile(state, pathname, method);
    if (isOutputPath(pathname)) return serveOutput(state, pathname, method);
  }
  if (method === "PUT" && isUploadPath(pathname)) return receiveUpload(state, request);
  if (!pathname.startsWith("/api/") && !isV1Path(pathname)) return noRoute(method, pathname);
  if (method === "GET" && pathname === PRICE_SCHEDULES_PATH) {
    return answerPriceSchedules(state.prices, request.query, request.headers["if-none-match"]);
  }
  if (method === "POST" && pathname === PRICE_QUOTES_PATH && !request.tooLarge) {
    const json = parseJson(request.text);
    if (!json.ok) return errorAnswer(400, "invalid_json", json.message);
    return answerPriceQuote(state.actions, state.prices.as_of, json.value);
  }

  const apiKey = apiKeyOf(state, request.headers);
  if (apiKey === undefined) {
    return errorAnswer(
      401,
      "unauthorized",
      "Missing or invalid API key. Send it as Authorization: Bearer <key>.",
    );
  }
  // After auth (an unknown key has no bucket to spend) and before anything is done: a refused request does nothing.
  const decision = state.rateLimiter?.take(apiKey);
  if (decision && !decision.ok) return rateLimited(decision.retryAfterMs);
  if (request.tooLarge) {
    return errorAnswer(
      413,
      "payload_too_large",
      `The request body is larger than ${formatBytes(request.bodyLimit)}.`,
    );
  }
  return routeApi(state, request, apiKey);
}

async function routeApi(state: EmulatorState, request: ReceivedRequest, apiKey: string): Promise<Answer> {
  const { method, pathname } = request;
  if (isV1Path(pathname)) return (await routeV1(state, request, apiKey)) ?? noRoute(method, pathname);
  if (method === "GET") {
    if (pathname === "/api/v1/me") return jsonAnswer(200, state.accounts.profile(apiKey));
    if (pathname === "/api/v1/me/balance") {
      // Every task of the account that has ended by now settles first, so the balance shows every movement.
      state.store.settleDue(apiKey);
      return jsonAnswer(200, state.accounts.balance(apiKey));
    }
    const taskId = idUnder(TASKS_PATH, pathname);
    if (taskId !== undefined) return readTask(state, undefined, taskId, apiKey);
  }

  const jsonRoute = JSON_ROUTES[`${method} ${pathname}`];
  if (jsonRoute) {
    const json = parseJson(request.text);
    if (!json.ok) return errorAnswer(400, "invalid_json", json.message);
    return jsonRoute(state, json.value, apiKey);
  }

  for (const action of state.actions) {
    if (method === "POST" && pathname === action.path) return createTask(state, action, request, apiKey);
    const id = method === "GET" && action.readable ? idUnder(action.path, pathname) : undefined;
    if (id !== undefined) return readTask(state, action, id, apiKey);
  }
  return noRoute(method, pathname);
}

/** The one path segment after `base/`, or undefined. */
function idUnder(base: string, pathname: string): string | undefined {
  const rest = pathname.startsWith(`${base}/`) ? pathname.slice(base.length + 1) : "";
  return rest !== "" && !rest.includes("/") ? rest : undefined;
}

const noRoute = (method: string, pathname: string): Answer =>
  errorAnswer(404, "not_found", `No route for ${method} ${pathname}`);

/** Retry-After in whole seconds (at least 1, as the header allows no fraction), and the exact wait in ms. */
function rateLimited(retryAfterMs: number): Answer {
  const answer = errorAnswer(
    429,
    "rate_limited",
    `Too many requests for this API key; retry after ${retryAfterMs} ms.`,
  );
  answer.headers["retry-after"] = String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
  answer.headers["retry-after-ms"] = String(retryAfterMs);
  return answer;
}

/** The accepted key the request carries, or undefined. */
export function apiKeyOf(state: EmulatorState, headers: IncomingHttpHeaders): string | undefined {
  const key = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? "")?.[1]?.trim();
  return key !== undefined && state.accounts.has(key) ? key : undefined;
}
