import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  ConflictError,
  InsufficientCreditsError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RunAPIError,
  ServiceUnavailableError,
  ValidationError,
} from "../src/index.js";
import { emulatorWithClient, params } from "./emulator-client.js";
import { type ScriptedAnswer, startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

let answer: ScriptedAnswer = { status: 200 };
let server: Awaited<ReturnType<typeof startScriptedServer>>;
beforeAll(async () => {
  server = await startScriptedServer(() => answer);
});
afterAll(() => server.close());

async function failureFor(next: ScriptedAnswer): Promise<RunAPIError> {
  answer = next;
  const client = testClient({ apiKey: "test-key", baseURL: server.url, maxRetries: 0 });
  const error = await client.get("task_1", { model: "test-model" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RunAPIError);
  return error as RunAPIError;
}

const ladder: [number, new (...args: never[]) => RunAPIError][] = [
  [400, ValidationError],
  [401, AuthenticationError],
  [402, InsufficientCreditsError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [413, PayloadTooLargeError],
  [422, ValidationError],
  [429, RateLimitError],
  [500, InternalServerError],
  [502, InternalServerError],
  [503, ServiceUnavailableError],
];

describe("status → error class", () => {
  it.each(ladder)(
    "%i from the emulator becomes %o with status, code, message and request id",
    async (status, type) => {
      const { emulator, client } = await emulatorWithClient();
      try {
        emulator.faults.add({ route: "*", fault: { kind: "status", status, code: `code_${status}` } });
        const error = (await client({ maxRetries: 0 })
          .create(params)
          .catch((e: unknown) => e)) as RunAPIError;
        expect(error).toBeInstanceOf(type);
        expect(error).toMatchObject({ status, code: `code_${status}`, message: expect.stringMatching(/\S/) });
        expect(error.requestId).toMatch(/\S/);
        expect(error.headers?.get("x-request-id")).toBe(error.requestId);
      } finally {
        await emulator.close();
      }
    },
  );

  it("takes the message and code from the body", async () => {
    const error = await failureFor({
      status: 409,
      headers: { "x-request-id": "req_9" },
      body: JSON.stringify({ error: { code: "request_conflict", message: "key reused" } }),
    });
    expect(error).toMatchObject({
      status: 409,
      code: "request_conflict",
      message: "key reused",
      requestId: "req_9",
    });
  });

  // The reader of error answers builds them from its own classes of the exported classes' kinds
  // (error-from-response.ts): each must be exactly its exported class, no other.
  const exported: [string, new (...args: never[]) => RunAPIError][] = [
    ["AuthenticationError", AuthenticationError],
    ["InsufficientCreditsError", InsufficientCreditsError],
    ["PermissionDeniedError", PermissionDeniedError],
    ["NotFoundError", NotFoundError],
    ["ConflictError", ConflictError],
    ["PayloadTooLargeError", PayloadTooLargeError],
    ["RateLimitError", RateLimitError],
    ["InternalServerError", InternalServerError],
    ["ServiceUnavailableError", ServiceUnavailableError],
    ["ValidationError", ValidationError],
  ];
  it.each([
    [401, "AuthenticationError", []],
    [402, "InsufficientCreditsError", []],
    [403, "PermissionDeniedError", []],
    [404, "NotFoundError", []],
    [409, "ConflictError", []],
    [413, "PayloadTooLargeError", []],
    [418, "RunAPIError", []],
    [429, "RateLimitError", []],
    [500, "InternalServerError", []],
    [503, "ServiceUnavailableError", ["InternalServerError"]],
  ])(
    "%i is a %s, named so, and an instance of no other exported class but its parents",
    async (status, name, parents) => {
      const error = await failureFor({ status, body: '{"error":{"message":"no"}}' });
      expect(error.name).toBe(name);
      expect(JSON.parse(JSON.stringify(error)).name).toBe(name);
      for (const [kind, type] of exported) {
        expect(error instanceof type, `${status} instanceof ${kind}`).toBe(
          kind === name || parents.includes(kind),
        );
      }
    },
  );

  it("reads Retry-After into RateLimitError.retryAfterMs", async () => {
    const error = await failureFor({
      status: 429,
      headers: { "retry-after": "3" },
      body: '{"error":{"code":"rate_limited","message":"slow down"}}',
    });
    expect((error as RateLimitError).retryAfterMs).toBe(3000);
  });
});

describe("a 401", () => {
  const help =
    "give it as new RunAPI(key) or new RunAPI({ apiKey }), or set RUNAPI_API_KEY (or RUNAPI_KEY) in the environment.";

  it("says the key was refused and how an SDK user sets it, then the API's words, never the key", async () => {
    const { emulator, client } = await emulatorWithClient();
    try {
      const key = "rk_not_a_key_of_this_account";
      const error = (await client({ apiKey: key })
        .create(params)
        .catch((e: unknown) => e)) as RunAPIError;
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.message).toBe(
        `RunAPI refused the API key (401): check it, and ${help} The API said: Missing or invalid API key. Send it as Authorization: Bearer <key>.`,
      );
      expect(error).toMatchObject({ status: 401, code: "unauthorized" });
      expect(error.requestId).toMatch(/\S/);
      expect(JSON.stringify(error)).not.toContain(key);
    } finally {
      await emulator.close();
    }
  });

  it("to a call sent without a key says one is needed; without the API's words, says only that", async () => {
    answer = { status: 401, headers: { "x-request-id": "req_401" }, body: "" };
    vi.stubEnv("RUNAPI_API_KEY", "");
    vi.stubEnv("RUNAPI_KEY", "");
    const error = await testClient({ baseURL: server.url, maxRetries: 0 })
      .prices.list()
      .catch((e: unknown) => e)
      .finally(() => vi.unstubAllEnvs());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      message: `RunAPI needs an API key for this call (401): ${help}`,
      status: 401,
      code: undefined,
      requestId: "req_401",
    });
  });
});

// Older and foreign body shapes the emulator does not produce come from a scripted server.
describe("error messages", () => {
  it.each([
    ['{"error":"plain text error"}', "plain text error"],
    ['{"message":"a top-level message"}', "a top-level message"],
    ['{"detail":"a detail"}', "a detail"],
  ])("reads %s", async (body, message) => {
    const error = await failureFor({ status: 400, body });
    expect(error.message).toBe(message);
    expect(error.code).toBeUndefined();
  });

  it("of a 400 or 422 lists every problem the API sent, first first", async () => {
    const details = ["prompt", "aspect_ratio", "output_resolution", "seed", "steps", "style", "tags"].map(
      (path) => ({ path, message: `${path} is wrong` }),
    );
    const body = JSON.stringify({
      error: { code: "validation_error", message: "prompt is wrong", details },
    });
    for (const status of [400, 422]) {
      const error = (await failureFor({ status, body })) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.issues).toEqual(details);
      expect(error.message).toBe(
        "7 problems: prompt is wrong; aspect_ratio is wrong; output_resolution is wrong; seed is wrong; steps is wrong; and 2 more (see error.issues)",
      );
      expect(error).toMatchObject({ status, code: "validation_error" });
    }
  });

  it("never takes an HTML page or an empty body as the message", async () => {
    const { emulator, client } = await emulatorWithClient();
    emulator.faults.add({ route: "*", fault: { kind: "html-error", status: 502 } });
    const html = (await client({ maxRetries: 0 })
      .create(params)
      .catch((e: unknown) => e)) as RunAPIError;
    await emulator.close();
    expect(html.message).not.toMatch(/html/i);
    expect(html.message).toMatch(/502/);
    const empty = await failureFor({ status: 500, body: "" });
    expect(empty.message).toMatch(/500/);
    expect(empty.code).toBeUndefined();
  });
});
