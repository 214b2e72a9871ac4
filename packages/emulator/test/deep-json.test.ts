import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH } from "../src/http/parse-json.ts";
import { type Emulator, startEmulator } from "../src/index.ts";

const TEXT = "/api/v1/flux_2/text_to_image";
const DEEP = 100_000;
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const tooDeep = {
  code: "invalid_json",
  message: `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
};

describe("a JSON body nested too deep", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  const post = async (path: string, body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(emulator.url + path, {
      method: "POST",
      headers: {
        authorization: `Bearer ${emulator.apiKey}`,
        "content-type": "application/json",
        ...headers,
      },
      body,
    });
    return { status: response.status, json: (await response.json()) as any };
  };

  it("answers a create 400 invalid_json naming the limit, with or without an Idempotency-Key, and creates nothing", async () => {
    const body = `{"model":"flux-2-pro-text-to-image","prompt":${nested(DEEP)}}`;
    expect(await post(TEXT, body)).toEqual({ status: 400, json: { error: tooDeep } });
    expect(await post(TEXT, body, { "idempotency-key": "deep-1" })).toEqual({
      status: 400,
      json: { error: tooDeep },
    });
    expect(emulator.tasksCreated()).toBe(0);
  });

  it("answers a JSON route (a token-priced quote) 400 invalid_json too", async () => {
    const body = `{"model":"gemini-2.5-pro-tts","params":{"text":${nested(DEEP)}}}`;
    expect(await post("/api/v1/price_quotes", body)).toEqual({ status: 400, json: { error: tooDeep } });
  });

  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more`, async () => {
    // The body object is one level, so the prompt adds the rest.
    const at = (depth: number) => `{"model":"flux-2-pro-text-to-image","prompt":${nested(depth - 1)}}`;
    const atLimit = await post(TEXT, at(MAX_JSON_DEPTH));
    expect(atLimit.status).toBe(422);
    // Arrays holding only empty arrays are no value, as the API counts them.
    expect(atLimit.json.error.message).toBe("prompt is required");
    expect(await post(TEXT, at(MAX_JSON_DEPTH + 1))).toEqual({ status: 400, json: { error: tooDeep } });
  });
});
