import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";
import { seedFluxSpecs } from "./support/toy-specs.ts";

const seed = seedFluxSpecs();

/** A schedule's token prices, each null unless the price is per token (as the contract lists them). */
const noTokenPrices = {
  input_price_per_1m_cents: null,
  output_price_per_1m_cents: null,
  cache_read_price_per_1m_cents: null,
  cache_write_price_per_1m_cents: null,
  cache_write_5m_price_per_1m_cents: null,
  cache_write_1h_price_per_1m_cents: null,
};
afterAll(() => seed.remove());

describe("prices", () => {
  let emulator: Emulator;
  let headers: Record<string, string>;
  beforeAll(async () => {
    // Written against the hand-written Flux 2 spec's four variants.
    emulator = await startEmulator({ port: 0, specsDir: seed.dir, taskDurationMs: 1_000_000 });
    headers = { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" };
  });
  afterAll(() => emulator.close());

  const schedules = (query = "", extra: Record<string, string> = {}) =>
    fetch(`${emulator.url}/api/v1/price_schedules${query}`, { headers: { ...headers, ...extra } });
  const quote = (body: unknown) =>
    fetch(`${emulator.url}/api/v1/price_quotes`, { method: "POST", headers, body: JSON.stringify(body) });

  it("lists every variant's price from the specs", async () => {
    const response = await schedules();
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(Number.isNaN(Date.parse(body.as_of))).toBe(false);
    // Four variants, and the status read of each as `<action>_query` at 0 cents.
    expect(body.price_schedules).toHaveLength(8);
    expect(body.price_schedules).toContainEqual({
      service: "flux_2",
      action: "image_to_image",
      model: "flux-2-flex-image-to-image",
      pricing_status: "available",
      catalog_status: "active",
      currency: "USD",
      billing_unit: "call",
      billing_strategy: "parameter",
      unit_price_cents: 14,
      ...noTokenPrices,
      billing_config: { key: "output_resolution", overrides: { "1k": 14, "2k": 24 } },
    });
    expect(body.price_schedules).toContainEqual(
      expect.objectContaining({
        action: "image_to_image_query",
        model: "flux-2-flex-image-to-image",
        pricing_status: "available",
        billing_strategy: "fixed",
        unit_price_cents: 0,
        billing_config: null,
      }),
    );
  });

  it("filters by service (path or family form), action and model", async () => {
    const models = async (query: string) =>
      ((await (await schedules(query)).json()) as any).price_schedules.map((entry: any) => entry.model);
    expect(await models("?service=flux_2&action=text_to_image")).toEqual([
      "flux-2-pro-text-to-image",
      "flux-2-flex-text-to-image",
    ]);
    expect(await models("?service=flux-2&model=flux-2-pro-image-to-image")).toEqual([
      "flux-2-pro-image-to-image",
      "flux-2-pro-image-to-image",
    ]);
    expect(await models("?action=image_to_image&model=")).toHaveLength(2);
    expect(await models("?action=image_to_image_query")).toHaveLength(2);
    expect(await models("?service=nope")).toEqual([]);
  });

  it("sends a strong ETag and answers 304 without a body to a matching If-None-Match", async () => {
    const first = await schedules("?action=text_to_image");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await schedules("?action=text_to_image");
    expect(again.headers.get("etag")).toBe(etag);

    for (const ifNoneMatch of [etag, `"other", ${etag}`, `W/${etag}`, "*"]) {
      const cached = await schedules("?action=text_to_image", { "if-none-match": ifNoneMatch });
      expect(cached.status).toBe(304);
      expect(cached.headers.get("etag")).toBe(etag);
      expect(cached.headers.get("x-request-id")).toMatch(/^req_/);
      expect(await cached.text()).toBe("");
    }
    // Another filter is another representation, with its own tag.
    const other = await schedules("?action=image_to_image", { "if-none-match": etag });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);
  });

  it("quotes exactly what a real create reserves", async () => {
    const image = { prompt: "watercolor", source_image_urls: ["https://a.test/1.png"] };
    const cases = [
      ["image_to_image", { model: "flux-2-flex-image-to-image", ...image }],
      ["image_to_image", { model: "flux-2-flex-image-to-image", ...image, output_resolution: "2k" }],
      ["image_to_image", { model: "flux-2-flex-image-to-image", ...image, output_resolution: "1k" }],
      ["image_to_image", { model: "flux-2-pro-image-to-image", ...image, output_resolution: "2k" }],
      ["text_to_image", { model: "flux-2-pro-text-to-image", prompt: "a cat" }],
      ["text_to_image", { model: "flux-2-flex-text-to-image", prompt: "a cat", output_resolution: "2k" }],
    ] as const;
    const quoted: number[] = [];
    for (const [action, { model, ...params }] of cases) {
      const answer = await quote({ service: "flux_2", action, model, params });
      expect(answer.status).toBe(200);
      const { price_quote } = (await answer.json()) as any;
      expect(Object.keys(price_quote).sort()).toEqual([
        "action",
        "as_of",
        "currency",
        "estimate_basis",
        "model",
        "pricing_status",
        "reservation_amount_cents",
        "service",
      ]);
      expect(price_quote).toMatchObject({
        service: "flux_2",
        action,
        model,
        pricing_status: "available",
        currency: "USD",
        estimate_basis: "parameters",
      });
      expect(Number.isNaN(Date.parse(price_quote.as_of))).toBe(false);
      const created = await fetch(`${emulator.url}/api/v1/flux_2/${action}`, {
        method: "POST",
        headers,
        body: JSON.stringify({ model, ...params }),
      });
      const reserved = ((await created.json()) as any).billing.reservation.amount_cents;
      expect(price_quote.reservation_amount_cents).toBe(reserved);
      quoted.push(reserved);
    }
    expect(quoted).toEqual([14, 24, 14, 7, 5, 24]);
  });

  it("finds the action from the model alone, or the model inside params", async () => {
    const fromModel = (await (await quote({ model: "flux-2-pro-text-to-image" })).json()) as any;
    expect(fromModel.price_quote).toMatchObject({ action: "text_to_image", reservation_amount_cents: 5 });
    const inParams = (await (
      await quote({ params: { model: "flux-2-flex-image-to-image", output_resolution: "2k" } })
    ).json()) as any;
    expect(inParams.price_quote.reservation_amount_cents).toBe(24);
  });

  it("refuses unknown actions (404) and unknown or missing models (422) with clear messages", async () => {
    const unknownAction = await quote({
      service: "flux_2",
      action: "upscale",
      model: "flux-2-pro-text-to-image",
    });
    expect(unknownAction.status).toBe(404);
    expect(((await unknownAction.json()) as any).error).toEqual({
      code: "not_found",
      message: "No action flux_2/upscale; known actions: flux_2/image_to_image, flux_2/text_to_image",
    });
    const unknownModel = await quote({ service: "flux_2", action: "text_to_image", model: "flux-9" });
    expect(unknownModel.status).toBe(422);
    expect(((await unknownModel.json()) as any).error).toEqual({
      code: "validation_error",
      message: "model must be one of: flux-2-flex-text-to-image, flux-2-pro-text-to-image",
    });
    const missing = await quote({ service: "flux_2" });
    expect(((await missing.json()) as any).error.message).toBe("model is required");
    const badParams = await quote({ model: "flux-2-pro-text-to-image", params: [] });
    expect(((await badParams.json()) as any).error.message).toBe(
      "params must be an object of the create request's parameters",
    );
  });

  it("needs no key: prices are public", async () => {
    const listed = await fetch(`${emulator.url}/api/v1/price_schedules?action=text_to_image`);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as any).price_schedules).toHaveLength(2);
    const quoted = await fetch(`${emulator.url}/api/v1/price_quotes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "flux-2-pro-text-to-image" }),
    });
    expect(quoted.status).toBe(200);
    expect(((await quoted.json()) as any).price_quote.reservation_amount_cents).toBe(5);
  });
});

/** The toy family with one variant per form of price, next to the shared components it references. */
function toyPricesSpecs(): string {
  const repo = fileURLToPath(new URL("../../../", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), "runapi-toy-prices-"));
  cpSync(join(repo, "specs/_shared"), join(dir, "_shared"), { recursive: true });
  cpSync(join(repo, "scripts/fixtures/toy-prices/toy-prices.yaml"), join(dir, "toy-prices.yaml"));
  return dir;
}

describe("prices in every form (the toy-prices spec)", () => {
  let emulator: Emulator;
  let specsDir: string;
  let headers: Record<string, string>;
  beforeAll(async () => {
    specsDir = toyPricesSpecs();
    emulator = await startEmulator({
      port: 0,
      specsDir,
      taskDurationMs: 30,
      accounts: [{ apiKey: "k", balanceCents: 100_000 }],
    });
    headers = { authorization: "Bearer k", "content-type": "application/json" };
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(specsDir, { recursive: true, force: true });
  });

  const schedule = async (model: string) => {
    const answer = (await (
      await fetch(`${emulator.url}/api/v1/price_schedules?model=${model}`, { headers })
    ).json()) as any;
    return answer.price_schedules[0];
  };
  const quote = async (model: string, params: Record<string, unknown> = {}) => {
    const answer = await fetch(`${emulator.url}/api/v1/price_quotes`, {
      method: "POST",
      headers,
      body: JSON.stringify({ service: "toy_prices", action: "make", model, params }),
    });
    expect(answer.status).toBe(200);
    return ((await answer.json()) as any).price_quote;
  };
  /** Creates a task, waits for it to end, and answers its billing facts and ledger entry. */
  const run = async (model: string, params: Record<string, unknown> = {}) => {
    const created = await fetch(`${emulator.url}/api/v1/toy_prices/make`, {
      method: "POST",
      headers,
      body: JSON.stringify({ model, prompt: "A toy boat", ...params }),
    });
    expect(created.status).toBe(200);
    const { id, billing } = (await created.json()) as any;
    await new Promise((resolve) => setTimeout(resolve, 60));
    const done = (await (
      await fetch(`${emulator.url}/api/v1/toy_prices/make/${id}`, { headers })
    ).json()) as any;
    expect(done.status).toBe("completed");
    return {
      reserved: billing.reservation.amount_cents,
      charged: done.billing.settlement.charged_amount_cents,
      entry: emulator.ledger().find((entry) => entry.taskId === id),
    };
  };

  it("lists each form in the API's shape: unit, strategy, base price and billing_config", async () => {
    expect(await schedule("toy-free")).toMatchObject({
      billing_unit: "call",
      billing_strategy: "fixed",
      unit_price_cents: 0,
      billing_config: null,
    });
    expect(await schedule("toy-band")).toMatchObject({
      billing_unit: "call",
      billing_strategy: "parameter",
      unit_price_cents: 75,
      billing_config: { key: "duration_seconds", overrides: { "1-10": 18, "11-20": 45, "21-30": 75 } },
    });
    expect(await schedule("toy-deep")).toMatchObject({
      billing_unit: "call",
      billing_strategy: "matrix",
      unit_price_cents: 360,
      billing_config: {
        keys: ["input_mode", "duration_seconds", "output_resolution"],
        matrix: { video: { any: { "720p": 240, "1080p": 300 } } },
      },
    });
    expect(await schedule("toy-second")).toEqual({
      service: "toy_prices",
      action: "make",
      model: "toy-second",
      pricing_status: "available",
      catalog_status: "active",
      currency: "USD",
      billing_unit: "second",
      billing_strategy: "duration",
      unit_price_cents: 48,
      ...noTokenPrices,
      billing_config: {
        key: "output_resolution",
        overrides: { "720p": 28, "1080p": 48 },
        duration_source: { kind: "response_body", path: "videos[0].url" },
      },
    });
    expect(await schedule("toy-tokens")).toEqual({
      service: "toy_prices",
      action: "make",
      model: "toy-tokens",
      pricing_status: "available",
      catalog_status: "active",
      currency: "USD",
      billing_unit: "million_tokens",
      billing_strategy: "tokens",
      unit_price_cents: null,
      ...noTokenPrices,
      input_price_per_1m_cents: 140,
      output_price_per_1m_cents: 2800,
      billing_config: null,
    });
    expect(await schedule("toy-unknown")).toMatchObject({
      pricing_status: "pending",
      unit_price_cents: null,
      billing_config: null,
    });
  });

  it("quotes a price per call from the deciding values, ranges, matrix cells and any levels", async () => {
    const reserve = async (model: string, params?: Record<string, unknown>) =>
      (await quote(model, params)).reservation_amount_cents;
    expect(await reserve("toy-flat")).toBe(14);
    expect(await reserve("toy-free")).toBe(0);
    expect([
      await reserve("toy-by", { output_resolution: "480p" }),
      await reserve("toy-by"),
      await reserve("toy-by", { output_resolution: "1080p" }),
    ]).toEqual([1.6, 3, 30]);
    expect([await reserve("toy-bool", { enable_sound: true }), await reserve("toy-bool")]).toEqual([60, 45]);
    expect([
      await reserve("toy-band", { duration_seconds: 10 }),
      await reserve("toy-band", { duration_seconds: 11 }),
      await reserve("toy-band"),
    ]).toEqual([18, 45, 18]);
    expect([
      await reserve("toy-matrix", { duration_seconds: 6, output_resolution: "1080p" }),
      await reserve("toy-matrix", { duration_seconds: 10, output_resolution: "1080p" }),
    ]).toEqual([45, 90]);
    expect([
      await reserve("toy-deep", { input_mode: "video", duration_seconds: 10, output_resolution: "1080p" }),
      await reserve("toy-deep"),
    ]).toEqual([300, 120]);
    expect(await quote("toy-by", { output_resolution: "480p" })).toMatchObject({
      pricing_status: "available",
      estimate_basis: "parameters",
      reservation_amount_cents: 1.6,
    });
    expect(await quote("toy-flat")).toMatchObject({ estimate_basis: "fixed" });
  });

  it("quotes a price per second as the rate times the requested duration, else its default, else 5 s", async () => {
    // 48¢/s × 10 s; 28¢/s × the field's default 6 s; 20¢/s × 5 s when the request names no duration.
    expect(await quote("toy-second", { duration_seconds: 10, output_resolution: "1080p" })).toMatchObject({
      estimate_basis: "requested_duration",
      reservation_amount_cents: 480,
    });
    expect(await quote("toy-second")).toMatchObject({
      estimate_basis: "requested_duration",
      reservation_amount_cents: 168,
    });
    expect(await quote("toy-second-flat")).toMatchObject({
      estimate_basis: "default_duration",
      reservation_amount_cents: 100,
    });
    expect(await quote("toy-second-matrix", { enable_sound: true, duration_seconds: 3 })).toMatchObject({
      reservation_amount_cents: 24,
    });
  });

  it("quotes tokens by the documented rule, and says when a price is not published", async () => {
    // "A toy boat": 10 characters → 3 input tokens; 5 s of output → 160 output tokens.
    // (3 × 140 + 160 × 2800) / 1e6 cents.
    expect(await quote("toy-tokens", { prompt: "A toy boat" })).toMatchObject({
      pricing_status: "available",
      estimate_basis: "tokens",
      reservation_amount_cents: 0.44842,
    });
    expect(await quote("toy-unknown")).toMatchObject({
      pricing_status: "pending",
      estimate_basis: "pending",
      reservation_amount_cents: null,
    });
  });

  it("reserves and charges what it quotes, for every form", async () => {
    const cases: [string, Record<string, unknown>, number][] = [
      ["toy-flat", {}, 14],
      ["toy-free", {}, 0],
      ["toy-by", { output_resolution: "480p" }, 1.6],
      ["toy-band", { duration_seconds: 25 }, 75],
      ["toy-deep", { input_mode: "video" }, 240],
      ["toy-second", { duration_seconds: 10 }, 280],
      ["toy-second-flat", {}, 100],
      ["toy-tokens", {}, 0.44842],
      ["toy-unknown", {}, 0],
    ];
    for (const [model, params, cents] of cases) {
      // A price not yet published is quoted as no amount; the emulator runs such a task and charges 0.
      expect((await quote(model, { prompt: "A toy boat", ...params })).reservation_amount_cents).toBe(
        model === "toy-unknown" ? null : cents,
      );
      const { reserved, charged, entry } = await run(model, params);
      expect([model, reserved, charged]).toEqual([model, cents, cents]);
      expect(entry).toMatchObject({
        reservedCents: cents,
        chargedCents: cents,
        movements: ["reserve", "charge"],
      });
    }
  });

  it("keeps fractional cents exact in the balance", async () => {
    const before = emulator.account("k");
    for (let i = 0; i < 3; i++) await run("toy-by", { output_resolution: "480p" });
    await run("toy-second", { duration_seconds: 6, output_resolution: "1080p" });
    const after = emulator.account("k");
    expect(before.balance_cents - after.balance_cents).toBeCloseTo(292.8, 9);
    expect(String(after.balance_cents)).toMatch(/^\d+(\.\d{1,6})?$/);
    expect(after.spent_cents_total - before.spent_cents_total).toBeCloseTo(292.8, 9);
  });
});
