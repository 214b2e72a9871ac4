import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "./index.js";

describe("prices", () => {
  let emulator: Emulator;
  let headers: Record<string, string>;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, taskDurationMs: 1_000_000 });
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
    expect(body.price_schedules).toHaveLength(4);
    expect(body.price_schedules).toContainEqual({
      service: "flux_2",
      action: "image_to_image",
      model: "flux-2-flex-image-to-image",
      currency: "USD",
      billing_unit: "call",
      unit_price_cents: 14,
      price_by: { output_resolution: { "1k": 14, "2k": 24 } },
      status: "active",
    });
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
    ]);
    expect(await models("?action=image_to_image&model=")).toHaveLength(2);
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
      expect(price_quote).toMatchObject({ service: "flux_2", action, model, currency: "USD" });
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

  it("needs a key, like every /api route", async () => {
    expect((await fetch(`${emulator.url}/api/v1/price_schedules`)).status).toBe(401);
  });
});
