import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthenticationError, DEFAULT_BASE_URL, RunAPIClient } from "../src/index.js";
import { startScriptedServer } from "./scripted-server.js";
import { testCatalog, testClient } from "./test-catalog.js";

afterEach(() => vi.unstubAllEnvs());

function clearKeys() {
  vi.stubEnv("RUNAPI_API_KEY", "");
  vi.stubEnv("RUNAPI_KEY", "");
  vi.stubEnv("RUNAPI_BASE_URL", "");
}

async function sentAuthorization(setup: () => ReturnType<typeof testClient>) {
  const server = await startScriptedServer(() => ({
    status: 200,
    body: '{"id":"t1","status":"processing"}',
  }));
  try {
    vi.stubEnv("RUNAPI_BASE_URL", server.url);
    await setup().get("t1", { model: "test-model" });
    return server.requests[0]?.headers.authorization;
  } finally {
    await server.close();
  }
}

describe("API key resolution", () => {
  it("prefers the apiKey option, then RUNAPI_API_KEY, then RUNAPI_KEY", async () => {
    clearKeys();
    vi.stubEnv("RUNAPI_API_KEY", "from-api-key-env");
    vi.stubEnv("RUNAPI_KEY", "from-key-env");
    expect(await sentAuthorization(() => testClient({ apiKey: "from-option" }))).toBe("Bearer from-option");
    expect(await sentAuthorization(() => testClient("from-string"))).toBe("Bearer from-string");
    expect(await sentAuthorization(() => testClient())).toBe("Bearer from-api-key-env");
    vi.stubEnv("RUNAPI_API_KEY", "   ");
    expect(await sentAuthorization(() => testClient())).toBe("Bearer from-key-env");
  });

  it("trims the key", async () => {
    clearKeys();
    expect(await sentAuthorization(() => testClient("  padded-key \n"))).toBe("Bearer padded-key");
  });

  it("throws a clear AuthenticationError before any request when no key is set", async () => {
    clearKeys();
    const server = await startScriptedServer(() => ({ status: 200, body: "{}" }));
    try {
      const client = testClient({ baseURL: server.url, apiKey: "  " });
      const error = await client
        .create({ model: "test-model", prompt: "a red fox" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as Error).message).toMatch(/RUNAPI_API_KEY/);
      expect((error as Error).message).toMatch(/apiKey/);
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe("base URL", () => {
  it("defaults to the public API, or RUNAPI_BASE_URL, or the option, without a trailing slash", () => {
    clearKeys();
    expect(testClient("k").baseURL).toBe(DEFAULT_BASE_URL);
    vi.stubEnv("RUNAPI_BASE_URL", "http://127.0.0.1:9/");
    expect(testClient("k").baseURL).toBe("http://127.0.0.1:9");
    expect(testClient({ apiKey: "k", baseURL: "http://127.0.0.1:8//" }).baseURL).toBe("http://127.0.0.1:8");
  });

  it("takes the spec's servers[0] (the catalog's baseURL) when neither the option nor RUNAPI_BASE_URL names one", async () => {
    clearKeys();
    const server = await startScriptedServer(() => ({
      status: 200,
      body: '{"id":"t1","status":"processing"}',
    }));
    try {
      const catalog = { ...testCatalog, baseURL: `${server.url}/` };
      const client = new RunAPIClient<Record<string, never>>(" k ", catalog);
      expect(client.baseURL).toBe(server.url);
      expect(await client.create({ model: "test-model", prompt: "a fox" } as never)).toMatchObject({
        id: "t1",
      });
      expect(server.requests.map((request) => request.url)).toEqual(["/api/v1/test/text_to_image"]);
      vi.stubEnv("RUNAPI_BASE_URL", "http://127.0.0.1:9");
      expect(new RunAPIClient("k", catalog).baseURL).toBe("http://127.0.0.1:9");
      expect(new RunAPIClient({ apiKey: "k", baseURL: "http://127.0.0.1:8" }, catalog).baseURL).toBe(
        "http://127.0.0.1:8",
      );
    } finally {
      await server.close();
    }
  });
});
