/**
 * For every variant of every family, its example, every value of every parameter that decides its price
 * (both ends of a range), each such parameter left out, and each cell of a price matrix: the SDK's offline
 * `estimateCost` and the emulator's quote agree, in every form of price: the same figure per call, the same
 * rate per second, the same token rates, and both say when the price is unknown. A combination the variant's
 * rules refuse is refused before sending and priced by neither; every other table entry must be priced.
 */
import { ValidationError } from "@runapi.ai/core";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decidingKeys, priceCases } from "../src/price-cases.ts";
import { requestedSeconds } from "../src/requested-seconds.ts";
import { actionClient, type FamilyClient, specFamilies, variantsOf } from "../src/spec-families.ts";

const specs = await specFamilies();
let emulator: Emulator;
const clients = new Map<string, FamilyClient>();

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, specsDir: specs.dir, taskDurationMs: 1_000_000 });
  for (const family of specs.families) {
    clients.set(family.model.family, family.client({ apiKey: emulator.apiKey, baseURL: emulator.url }));
  }
});
afterAll(() => emulator?.close());

const KIND_OF_UNIT = { call: "exact", second: "rate", million_tokens: "tokens", unknown: "unknown" } as const;

it("covers every form of price, in the fixtures alone too", () => {
  const units = (fixture?: boolean) =>
    new Set(
      variantsOf(specs.families.filter((family) => fixture === undefined || family.fixture === fixture)).map(
        ({ variant }) => variant.price.unit,
      ),
    );
  expect([units(), units(true)]).toEqual([
    new Set(Object.keys(KIND_OF_UNIT)),
    new Set(Object.keys(KIND_OF_UNIT)),
  ]);
});

describe.each(specs.families.map((family) => [family.model.family, family] as const))(
  "%s",
  (family, spec) => {
    it.each(variantsOf([spec]).map((entry) => [entry.name, entry] as const))(
      "%s: estimateCost equals the emulator's quote for every price-deciding value",
      async (_name, { action, variant }) => {
        const api = actionClient(clients.get(family) as FamilyClient, action);
        const compared: string[] = [];
        const refused: string[] = [];
        const kinds = new Set<string>();
        for (const { label, params, covers } of priceCases(variant)) {
          const estimate = api.estimateCost(params);
          const sentBefore = emulator.requestsReceived();
          const quote = await api.quote(params).catch((error: unknown) => {
            // A combination the variant's rules refuse is refused before sending, and prices nothing.
            if (error instanceof ValidationError && error.status === undefined) {
              expect(emulator.requestsReceived()).toBe(sentBefore);
              refused.push(label);
              return undefined;
            }
            throw error;
          });
          if (!quote) continue;
          compared.push(label, ...covers);
          kinds.add(estimate.kind);
          const at = `${variant.model} ${JSON.stringify(params)}`;
          expect([at, quote.service, quote.action, quote.model]).toEqual([
            at,
            action.path.split("/")[3],
            action.name,
            variant.takesModel ? variant.model : null,
          ]);
          switch (estimate.kind) {
            case "exact":
              expect([at, quote.pricing_status, quote.reservation_amount_cents]).toEqual([
                at,
                "available",
                estimate.cents,
              ]);
              expect(["fixed", "parameters"], at).toContain(quote.estimate_basis);
              break;
            case "rate":
              // The reservation is the rate times the seconds asked for: the request's duration, else its
              // default, else 5 s.
              expect([at, quote.pricing_status]).toEqual([at, "available"]);
              expect(quote.reservation_amount_cents, at).toBeCloseTo(
                estimate.cents * requestedSeconds(variant.input, params),
                9,
              );
              break;
            case "tokens": {
              const { price_schedules } = await clients.get(family)!.prices.list({
                action: action.name,
                model: variant.model,
              });
              const schedule = price_schedules.find((entry) => entry.action === action.name);
              expect(schedule, at).toMatchObject({
                billing_unit: "million_tokens",
                input_price_per_1m_cents: estimate.inputCentsPerMillion,
                output_price_per_1m_cents: estimate.outputCentsPerMillion,
              });
              expect(quote, at).toMatchObject({ pricing_status: "available", estimate_basis: "tokens" });
              break;
            }
            case "unknown":
              expect(quote, at).toMatchObject({
                pricing_status: "pending",
                reservation_amount_cents: null,
                estimate_basis: "pending",
              });
              expect(estimate.reason).toMatch(/client\.prices\.quote/);
              break;
          }
        }
        // The example itself prices, in the form its rule has.
        expect(compared).toContain("the example");
        expect([...kinds]).toEqual([KIND_OF_UNIT[variant.price.unit]]);
        // A value whose request the variant's own rules refuse (it needs fields the example lacks) cannot be
        // quoted from the example; every other table entry must have been priced.
        const uncovered = [...decidingKeys(variant.price)].flatMap(([field, keys]) =>
          [...keys].map((key) => `${field}=${key}`).filter((entry) => !compared.includes(entry)),
        );
        expect(
          uncovered.filter((entry) => !refused.includes(entry)),
          `refused: ${refused.join("; ")}`,
        ).toEqual([]);
      },
    );
  },
);
