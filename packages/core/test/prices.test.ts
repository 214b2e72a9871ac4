import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { type PriceQuote, type PriceSchedules, RunAPIError, ValidationError } from "../src/index.js";
import { type Emulator, emulatorWithClient } from "./emulator-client.js";
import { startScriptedServer } from "./scripted-server.js";
import { testClient } from "./test-catalog.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await close?.();
  close = undefined;
});

async function start() {
  const started = await emulatorWithClient();
  close = () => started.emulator.close();
  return { emulator: started.emulator, client: started.client() };
}

const lastRequest = (emulator: Emulator) => emulator.requests.at(-1);

describe("prices.list", () => {
  it("lists the live prices of the client's own family by default, typed", async () => {
    const { emulator, client } = await start();
    const { data, response } = await client.prices.list().withResponse();
    expectTypeOf(data).toEqualTypeOf<PriceSchedules>();
    expect(response.status).toBe(200);
    expect(lastRequest(emulator)).toMatchObject({
      method: "GET",
      path: "/api/v1/price_schedules?service=test_images",
    });
    expect(Number.isNaN(Date.parse(data.as_of))).toBe(false);
    // Each variant's price, and its task's status read as `<action>_query`, free.
    const priced = data.price_schedules.filter((entry) => !entry.action.endsWith("_query"));
    expect(priced.map((entry) => entry.model).sort()).toEqual(
      client.variants.map((variant) => variant.model).sort(),
    );
    for (const variant of client.variants) {
      expect(priced.find((entry) => entry.model === variant.model)).toMatchObject({
        service: "test_images",
        action: variant.action,
        pricing_status: "available",
        catalog_status: "active",
        currency: "USD",
        billing_unit: variant.price.unit,
        unit_price_cents: variant.price.cents ?? null,
      });
      expect(
        data.price_schedules.find(
          (entry) => entry.model === variant.model && entry.action === `${variant.action}_query`,
        ),
      ).toMatchObject({ unit_price_cents: 0, billing_config: null });
    }
    const picked = client.variants.find((variant) => "by" in variant.price && variant.price.by)!;
    const [key, overrides] = Object.entries((picked.price as { by: object }).by)[0]!;
    expect(priced.find((entry) => entry.model === picked.model)?.billing_config).toEqual({ key, overrides });
  });

  it("revalidates with If-None-Match: a 304 returns the kept answer", async () => {
    const { emulator, client } = await start();
    const first = await client.prices.list().withResponse();
    const etag = first.response.headers.get("etag");
    expect(etag).toMatch(/^"/);
    expect(lastRequest(emulator)?.headers["if-none-match"]).toBeUndefined();

    const second = await client.prices.list().withResponse();
    expect(lastRequest(emulator)?.headers["if-none-match"]).toBe(etag);
    expect(second.response.status).toBe(304);
    expect(second.data).toEqual(first.data);
    // Awaited directly too, and again: still revalidated, still the same list.
    expect(await client.prices.list()).toEqual(first.data);
    expect(
      emulator.requests.filter((request) => request.path.startsWith("/api/v1/price_schedules")),
    ).toHaveLength(3);
  });

  it("keeps one entry per query: a changed query is fetched, then revalidated on its own", async () => {
    const { emulator, client } = await start();
    const all = await client.prices.list().withResponse();
    const text = await client.prices.list({ action: "text_to_image" }).withResponse();
    expect(lastRequest(emulator)).toMatchObject({
      path: "/api/v1/price_schedules?service=test_images&action=text_to_image",
    });
    expect(lastRequest(emulator)?.headers["if-none-match"]).toBeUndefined();
    expect(text.response.status).toBe(200);
    expect(text.data.price_schedules.map((entry) => entry.action)).toEqual(
      client.variants.filter((variant) => variant.action === "text_to_image").map(() => "text_to_image"),
    );
    const textTag = text.response.headers.get("etag");
    expect(textTag).not.toBe(all.response.headers.get("etag"));

    const model = "images-pro-image-to-image";
    const one = await client.prices.list({ family: "test-images", model });
    expect(lastRequest(emulator)?.path).toBe(`/api/v1/price_schedules?service=test_images&model=${model}`);
    expect(one.price_schedules.map((entry) => [entry.model, entry.action])).toEqual([
      [model, "image_to_image"],
      [model, "image_to_image_query"],
    ]);

    const again = await client.prices.list({ action: "text_to_image" }).withResponse();
    expect(lastRequest(emulator)?.headers["if-none-match"]).toBe(textTag);
    expect(again.response.status).toBe(304);
    expect(again.data).toEqual(text.data);
  });

  it('lists every family for family: ""', async () => {
    const { emulator, client } = await start();
    const every = await client.prices.list({ family: "" });
    expect(lastRequest(emulator)?.path).toMatch(/^\/api\/v1\/price_schedules\??$/);
    const own = await client.prices.list();
    expect(every.price_schedules.length).toBeGreaterThanOrEqual(own.price_schedules.length);
    expect(every.price_schedules).toEqual(expect.arrayContaining(own.price_schedules));
  });

  it("takes a changed list (a new ETag) in place of the kept one", async () => {
    const lists = [0, 1].map((n) => ({ as_of: `2026-01-0${n + 1}T00:00:00Z`, price_schedules: [] }));
    const server = await startScriptedServer((request, index) => {
      if (index === 2 && request.headers["if-none-match"] === '"v2"') return { status: 304 };
      const version = Math.min(index, 1);
      return { status: 200, headers: { etag: `"v${version + 1}"` }, body: JSON.stringify(lists[version]) };
    });
    close = server.close;
    const client = testClient({ apiKey: "k", baseURL: server.url, maxRetries: 0 });
    expect(await client.prices.list()).toEqual(lists[0]);
    expect(await client.prices.list()).toEqual(lists[1]);
    expect(server.requests[1]?.headers["if-none-match"]).toBe('"v1"');
    expect(await client.prices.list()).toEqual(lists[1]);
    expect(server.requests.map((request) => request.headers["if-none-match"])).toEqual([
      undefined,
      '"v1"',
      '"v2"',
    ]);
  });

  it("does not take a 304 it did not ask for as a success", async () => {
    const server = await startScriptedServer(() => ({ status: 304 }));
    close = server.close;
    const client = testClient({ apiKey: "k", baseURL: server.url, maxRetries: 0 });
    const error = await client.prices.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RunAPIError);
    expect(error).toMatchObject({ status: 304 });
  });
});

describe("prices.quote", () => {
  it("asks the API for the variant's service, action and model with the parameters", async () => {
    const { emulator, client } = await start();
    const params = {
      model: "images-flex-image-to-image" as const,
      prompt: "Turn the photo into a watercolor",
      source_image_urls: ["https://example.com/photo.jpg"],
      output_resolution: "2k" as const,
    };
    const { data: quote, response } = await client.prices.quote(params).withResponse();
    expectTypeOf(quote).toEqualTypeOf<PriceQuote>();
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(lastRequest(emulator)).toMatchObject({
      method: "POST",
      path: "/api/v1/price_quotes",
      body: { service: "test_images", action: "image_to_image", model: params.model, params },
    });
    expect(quote).toMatchObject({
      service: "test_images",
      action: "image_to_image",
      model: params.model,
      pricing_status: "available",
      currency: "USD",
      reservation_amount_cents: client.estimateCost(params).cents,
      estimate_basis: "parameters",
    });
    expect(Number.isNaN(Date.parse(quote.as_of))).toBe(false);
    expect(emulator.tasksCreated()).toBe(0);
  });

  it("validates first: a bad parameter never reaches the network", async () => {
    const { emulator, client } = await start();
    const bad = { model: "images-pro-text-to-image", prompt: "x", output_resolution: "8k" };
    const error = await client.prices.quote(bad as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    // In the API's order: fields by name.
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      "output_resolution",
      "prompt",
    ]);
    const unknownModel = await client.prices
      .quote({ model: "flux-9" } as never)
      .catch((caught: unknown) => caught);
    expect(unknownModel).toBeInstanceOf(ValidationError);
    expect((unknownModel as Error).message).toMatch(/^model must be one of: /);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe("prices without a key", () => {
  it("lists and quotes, as the API answers both without one, and sends no authorization", async () => {
    vi.stubEnv("RUNAPI_API_KEY", "");
    vi.stubEnv("RUNAPI_KEY", "");
    const started = await emulatorWithClient();
    close = () => started.emulator.close();
    const { emulator } = started;
    const client = started.client({ apiKey: "" });
    const { price_schedules } = await client.prices.list();
    expect(price_schedules.length).toBeGreaterThan(0);
    expect(lastRequest(emulator)?.headers.authorization).toBeUndefined();
    const params = { model: "images-pro-text-to-image", prompt: "A lighthouse at dawn" } as const;
    const quote = await client.prices.quote(params);
    expect(lastRequest(emulator)?.headers.authorization).toBeUndefined();
    expect(quote.reservation_amount_cents).toBe(client.estimateCost(params).cents);
    // A create still needs the key, and says how to give it.
    await expect(client.create(params)).rejects.toThrow(/No RunAPI API key/);
  });
});
