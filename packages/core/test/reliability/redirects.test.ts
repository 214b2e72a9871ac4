/**
 * Redirects: an API request never follows one, so the caller's key, headers and body never leave the API's
 * origin; a download may follow one to another origin, carrying none of the API's headers.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { RedirectError } from "../../src/index.js";
import { downloadToPath } from "../../src/node.js";
import { type CapturedRequest, startScriptedServer } from "../scripted-server.js";
import { testClient } from "../test-catalog.js";

const KEY = "rk_live_s3cr3t_0123456789";
const GATEWAY = "gw_token_5f2a9c";
const dir = mkdtempSync(join(tmpdir(), "runapi-redirects-"));
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function server(script: Parameters<typeof startScriptedServer>[0]) {
  const started = await startScriptedServer(script);
  servers.push(started);
  return started;
}

/** Another origin (another port), which answers anything it is sent with 200 and records it. */
const elsewhere = () =>
  server(() => ({ status: 200, body: JSON.stringify({ id: "stolen", status: "completed" }) }));

const client = (baseURL: string) => testClient({ apiKey: KEY, baseURL, headers: { "X-Gateway": GATEWAY } });

/** Nothing of the caller's in a request: no key, no client headers, no idempotency key, no body. */
function carriesNothingOfTheCaller(request: CapturedRequest | undefined) {
  const sent = JSON.stringify(request);
  expect(sent).not.toContain(KEY);
  expect(sent).not.toContain(GATEWAY);
  expect(request?.headers).not.toHaveProperty("authorization");
  expect(request?.headers).not.toHaveProperty("x-gateway");
  expect(request?.headers).not.toHaveProperty("idempotency-key");
  expect(request?.body).toBe("");
}

describe("API requests", () => {
  it.each([301, 302, 303, 307, 308])(
    "never follow a %i to another origin, which receives nothing: the error names where it pointed",
    async (status) => {
      const other = await elsewhere();
      const api = await server(() => ({
        status,
        headers: { location: `${other.url}/api/v1/test/text_to_image?token=abc#part` },
        body: "moved",
      }));
      const create = client(api.url)
        .create({ model: "test-model", prompt: "a red fox" })
        .catch((e: unknown) => e);
      const read = client(api.url)
        .get("t", { model: "test-model" })
        .catch((e: unknown) => e);
      for (const error of [await create, await read]) {
        expect(error).toBeInstanceOf(RedirectError);
        expect(error).toMatchObject({ status, location: `${other.url}/api/v1/test/text_to_image` });
        expect((error as Error).message).toBe(
          `RunAPI answered ${status}, a redirect to ${other.url}/api/v1/test/text_to_image: not followed, as your API key, headers and body go only to baseURL. If the API has moved there, set baseURL to its new address.`,
        );
        expect(JSON.stringify(error) + String(error)).not.toContain("token=abc");
      }
      // Neither followed nor retried: one request each, and not even a connection to the other origin.
      expect(api.requests.map((request) => request.method).sort()).toEqual(["GET", "POST"]);
      expect(other.requests).toEqual([]);
      expect(other.connections()).toBe(0);
    },
  );

  it("never follow a redirect on the same origin either: it means a baseURL to correct", async () => {
    const api = await server((request) =>
      request.url.startsWith("/v2/")
        ? { status: 200, body: JSON.stringify({ id: "t", status: "completed" }) }
        : { status: 308, headers: { location: `/v2${request.url}?sig=1` } },
    );
    const error = await client(api.url)
      .create({ model: "test-model", prompt: "a red fox" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 308, location: "/v2/api/v1/test/text_to_image" });
    expect(api.requests).toHaveLength(1);
  });
});

describe("downloads", () => {
  it("follow a redirect to another origin, which gets none of the API's headers, as bytes, a stream or a path", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const cdn = await server(() => (response) => {
      response.writeHead(200, { "content-type": "image/png" });
      response.end(png);
    });
    let redirects = 0;
    const api = await server((request) => {
      if (request.url.startsWith("/out/")) {
        const status = [302, 307, 301][redirects++ % 3] as number;
        return { status, headers: { location: `${cdn.url}/signed/0.png?sig=x` } };
      }
      return {
        status: 200,
        body: JSON.stringify({ id: "t", status: "completed", images: [{ url: `${api.url}/out/0.png` }] }),
      };
    });
    const done = await client(api.url).get("t", { model: "test-model" });
    const image = done.images?.[0];
    if (!image) throw new Error("no image");
    expect([...(await image.download())]).toEqual([...png]);
    const stream = await image.download({ as: "stream" });
    expect([...new Uint8Array(await new Response(stream).arrayBuffer())]).toEqual([...png]);
    const target = join(dir, "0.png");
    await downloadToPath(image, target);
    expect([...readFileSync(target)]).toEqual([...png]);

    expect(cdn.requests).toHaveLength(3);
    for (const request of [...cdn.requests, ...api.requests.filter((r) => r.url.startsWith("/out/"))]) {
      expect(request.url).toMatch(/^\/(signed|out)\/0\.png/);
      carriesNothingOfTheCaller(request);
    }
  });
});
