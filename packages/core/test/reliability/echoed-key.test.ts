/**
 * A server or proxy that echoes the API key back, in every form and every place an answer has: the key never
 * reaches what a user sees of an error (message, String, JSON, util.inspect with hidden properties, requestId,
 * headers, causes), of an answer (data, headers, status text) or of a log line.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  type Catalog,
  ConnectionError,
  InsufficientCreditsError,
  InternalServerError,
  RedirectError,
  RunAPIClient,
  type RunAPIError,
  TaskFailedError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  type Variant,
  WaitTimeoutError,
} from "../../src/index.js";
import { type RawAnswer, type ScriptedAnswer, startScriptedServer } from "../scripted-server.js";
import { testCatalog } from "../test-catalog.js";
import { expectNoKey, expectNoKeyIn } from "./expect-no-key.js";

const KEY = "rk_live_s3cr3t_0123456789";
const hex = (char: string, digits: number) => char.charCodeAt(0).toString(16).padStart(digits, "0");
/** The key as a server may echo it, each as written in an answer's JSON text or a header. */
const ECHOES: [string, string][] = [
  ["as sent", KEY],
  ["JSON-escaped", [...KEY].map((char) => `\\u${hex(char, 4)}`).join("")],
  [
    "JSON-escaped in upper case, one character in two",
    [...KEY].map((c, i) => (i % 2 ? c : `\\u${hex(c, 4).toUpperCase()}`)).join(""),
  ],
  ["JSON-escaped twice, as JSON inside JSON", [...KEY].map((char) => `\\\\u${hex(char, 4)}`).join("")],
  ["URL-encoded", [...KEY].map((char) => `%${hex(char, 2).toUpperCase()}`).join("")],
  ["in the Authorization header the request sent", "<authorization>"],
];

const ID = "9f0c5a4e-8d2b-4f7a-9c3e-1b2a3c4d5e6f";
const hybrid: Variant = {
  model: "hybrid-model",
  action: "hybrid",
  method: "POST",
  path: "/api/v1/echo/hybrid",
  status: "active",
  task: "hybrid",
  price: { unit: "call", cents: 1 },
  input: {
    type: "object",
    additionalProperties: false,
    required: ["model", "prompt"],
    properties: { model: { type: "string", const: "hybrid-model" }, prompt: { type: "string" } },
  },
};
const catalog: Catalog = { family: "echo", variants: [...testCatalog.variants, hybrid] };

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/**
 * An API that echoes the key as `form` in each of its answers, by path: an error's message, code and
 * per-field issues, a failed task's error (as text and as an object), an unknown status, a task that never
 * ends, a body that is not JSON, a hybrid task's stored error, a redirect, a trickle; and always in
 * `x-request-id`, another header and the status text.
 */
async function echoingApi(form: string) {
  const server = await startScriptedServer((request): ScriptedAnswer | RawAnswer => {
    const echo = form === "<authorization>" ? String(request.headers.authorization) : form;
    const headers = { "x-request-id": `req ${echo}`, "x-echo": echo };
    const answer =
      (status: number, body: string, extra: Record<string, string> = {}): RawAnswer =>
      (response) => {
        response.writeHead(status, `Status ${echo}`, {
          "content-type": "application/json",
          ...headers,
          ...extra,
        });
        response.end(body);
      };
    const task = (fields: string) => answer(200, `{"id":"${ID}",${fields}}`);
    const route = request.url.split("/").at(-1);
    switch (route) {
      case "unauthorized":
        return answer(401, `{"error":{"code":"bad_${echo}","message":"Key ${echo} is not valid"}}`);
      case "invalid":
        return answer(
          422,
          `{"error":{"code":"invalid","message":"prompt ${echo} is bad","details":[{"path":"prompt ${echo}","message":"prompt ${echo} is bad"}]}}`,
        );
      case "broken":
        return answer(500, `<html>Upstream said: ${echo}</html>`, {
          "content-type": `text/html; echo=${echo}`,
        });
      case "html":
        return answer(200, "<html>hello</html>", { "content-type": `text/html; echo=${echo}` });
      case "failed":
        return task(`"status":"failed","error":"The model refused ${echo}"`);
      case "failed-object":
        return task(`"status":"failed","error":{"code":"c_${echo}","message":"Refused ${echo}"}`);
      case "unknown":
        return task(`"status":"${echo}"`);
      case "running":
        return task(`"status":"processing","note":"${echo}"`);
      case "ok":
        return task(`"status":"processing","prompt":"${echo}"`);
      case "moved":
        return answer(302, "", { location: `https://elsewhere.example/${echo}/x?key=${echo}` });
      case "slow":
        return (response) => {
          response.writeHead(200, { "content-type": "application/json", ...headers });
          response.write("{");
          const drip = setInterval(() => response.write(" "), 20);
          response.once("close", () => clearInterval(drip));
        };
      case "hybrid":
        return answer(202, `{"id":"${ID}","status":"processing"}`, { location: `/api/v1/tasks/${ID}` });
      default: {
        // The hybrid task, completed with a stored 402 whose body (JSON inside the task's JSON) echoes the key.
        const body = `{"error":{"message":"Key ${echo} has no credits"}}`;
        return answer(
          200,
          JSON.stringify({
            id: ID,
            status: "completed",
            response: {
              status: 402,
              content_type: "application/json",
              headers: { "x-request-id": echo },
              body,
            },
          }),
        );
      }
    }
  });
  close = server.close;
  const lines: string[] = [];
  const sink = (...parts: unknown[]) =>
    lines.push(parts.map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" "));
  const client = new RunAPIClient(
    {
      apiKey: KEY,
      baseURL: server.url,
      maxRetries: 0,
      logLevel: "debug",
      logger: { debug: sink, info: sink, warn: sink, error: sink },
    },
    catalog,
  );
  const fail = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable(),
      (error: RunAPIError) => error,
    );
  return { client, lines, fail, server };
}

describe("the API key echoed back", () => {
  it.each(ECHOES)("%s never reaches an error, an answer or a log line", async (_, form) => {
    const { client, lines, fail } = await echoingApi(form);
    const model = "test-model" as never;
    const read = (id: string) => client.get(id, { model });
    const wait = (id: string, timeout = 10_000) => client.wait(id, { model, minDelay: 1, timeout });
    const shown = (error: RunAPIError, type: unknown) => {
      expect(error, String(error?.message)).toBeInstanceOf(type);
      expectNoKey(error, KEY);
      // The echo did reach the error, in its place: the key is cut out of it, not the whole thing dropped.
      expect(error.requestId).toMatch(/^req .*\*\*\*/);
      return error;
    };

    const unauthorized = shown(await fail(read("unauthorized")), AuthenticationError);
    expect(unauthorized.message).toMatch(
      /^RunAPI refused the API key \(401\): check it, and give it as new RunAPI\(key\) or new RunAPI\(\{ apiKey \}\), or set RUNAPI_API_KEY \(or RUNAPI_KEY\) in the environment\. The API said: Key .*\*\*\* is not valid$/,
    );
    expect(unauthorized.code).toMatch(/^bad_.*\*\*\*$/);
    expect(unauthorized.headers?.get("x-echo")).toContain("***");
    const invalid = shown(await fail(read("invalid")), ValidationError) as ValidationError;
    expect(invalid.issues[0]?.message).toMatch(/^prompt .*\*\*\* is bad$/);
    shown(await fail(read("broken")), InternalServerError);
    expect(shown(await fail(read("html")), UnexpectedResponseError).message).toContain("echo=");
    const failed = shown(await fail(wait("failed")), TaskFailedError) as TaskFailedError;
    expect(failed.taskError).toMatch(/^The model refused .*\*\*\*$/);
    shown(await fail(wait("failed-object")), TaskFailedError);
    shown(await fail(wait("unknown")), UnexpectedResponseError);
    const running = await fail(wait("running", 200));
    expect(running).toBeInstanceOf(WaitTimeoutError);
    expectNoKey(running, KEY);
    shown(await fail(client.get("slow", { model, timeout: 300 })), TimeoutError);
    const moved = shown(await fail(read("moved")), RedirectError) as RedirectError;
    expect(moved.location).toMatch(/^https:\/\/elsewhere\.example\/.*\*\*\*.*\/x$/);
    const stored = await fail(
      client.run({ model: "hybrid-model", prompt: "a kite" } as never, { minDelay: 1 }),
    );
    expect(stored).toBeInstanceOf(InsufficientCreditsError);
    expectNoKey(stored, KEY);
    expect(stored.message).toMatch(/^Key .*\*\*\* has no credits$/);

    // An answer that succeeds: its data, headers and status text.
    const { data, response } = await read("ok").withResponse();
    const headers: string[] = [];
    for (const [name, value] of response.headers) headers.push(`${name}: ${value}`);
    expectNoKeyIn([JSON.stringify(data), response.statusText, ...headers], KEY);
    expect(response.headers.get("x-echo")).toContain("***");
    expect(response.statusText).toContain("***");

    expect(lines.length).toBeGreaterThan(20);
    expectNoKeyIn(lines, KEY);
  });

  it("never reaches a connection error's message or causes, whatever the network layer put in them", async () => {
    // A fetch, as a proxy agent may be, that fails naming the request's Authorization header in a cause.
    const leaky = ((_: unknown, init: RequestInit) =>
      Promise.reject(
        new TypeError("fetch failed", {
          cause: new Error("proxy refused the request", {
            cause: new Error(
              `header authorization: ${new Headers(init.headers).get("authorization")}, key ${KEY}`,
            ),
          }),
        }),
      )) as typeof fetch;
    const error = await new RunAPIClient(
      { apiKey: KEY, baseURL: "http://127.0.0.1:9", fetch: leaky, maxRetries: 0 },
      catalog,
    )
      .get("t", { model: "test-model" as never })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expectNoKey(error, KEY);
    const deepest = ((error as Error).cause as Error).cause as Error;
    expect(deepest.message).toBe("proxy refused the request");
    expect((deepest.cause as Error).message).toBe("header authorization: Bearer ***, key ***");
  });
});
