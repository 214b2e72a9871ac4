/**
 * On the toy family with one variant per form of price, the SDK's offline `estimateCost` and the emulator's
 * `POST /api/v1/price_quotes` (through `client.prices.quote`) agree for every value that decides a price, each
 * deciding field left out, and every matrix cell: the same figure per call, the same rate per second, the same
 * token rates, and both say when the price is unknown.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InputSchema } from "../packages/core/src/index.ts";
import { type Catalog, type ModelMap, RunAPIClient } from "../packages/core/src/index.ts";
import { type Emulator, startEmulator } from "../packages/emulator/src/index.ts";
import {
  type FamilyModel,
  loadSpec,
  RANGE_KEY,
  readFamily,
  type VariantModel,
} from "../packages/spec/src/index.ts";
import { hasTables, matrixCells } from "./lib/price-text.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "runapi-price-agreement-"));
cpSync(join(repo, "specs/_shared"), join(dir, "specs/_shared"), { recursive: true });
cpSync(join(repo, "scripts/fixtures/toy-prices/toy-prices.yaml"), join(dir, "specs/toy-prices.yaml"));
const family = readFamily(loadSpec(join(dir, "specs/toy-prices.yaml"), dir)).family as FamilyModel;
const catalog: Catalog = {
  family: family.family,
  variants: family.actions.flatMap((action) =>
    action.variants.map(({ model, status, task, price, input }) => ({
      model,
      action: action.name,
      method: "POST" as const,
      path: action.path,
      status,
      task,
      price,
      input,
    })),
  ),
};

/** The request values a table key stands for: "720p", true, 6, or both ends of a range "1-10". */
function valuesOf(schema: InputSchema | undefined, key: string): unknown[] {
  const range = RANGE_KEY.exec(key);
  if (range) return [Number(range[1]), Number(range[2])];
  if (schema?.type === "boolean") return [key === "true"];
  if (schema?.type === "integer" || schema?.type === "number") return [Number(key)];
  return [key];
}

/** The example; each deciding value swapped in; each deciding field left out; each matrix cell. */
function casesFor(variant: VariantModel): Record<string, unknown>[] {
  const { price, example } = variant;
  const properties = variant.input.properties ?? {};
  const cases = [example];
  if (!hasTables(price)) return cases;
  const fields = [...Object.keys(price.by ?? {}), ...(price.keys ?? [])];
  for (const [field, table] of Object.entries(price.by ?? {})) {
    for (const key of Object.keys(table)) {
      for (const value of valuesOf(properties[field], key)) cases.push({ ...example, [field]: value });
    }
  }
  for (const cell of price.matrix ? matrixCells(price.matrix) : []) {
    const params = { ...example };
    cell.path.forEach((key, depth) => {
      const field = price.keys?.[depth] as string;
      if (key === "any") params[field] = (properties[field]?.enum ?? [])[0];
      else params[field] = valuesOf(properties[field], key)[0];
    });
    cases.push(params);
  }
  for (const field of fields) {
    const { [field]: _left, ...without } = example;
    cases.push(without);
  }
  return cases;
}

let emulator: Emulator;
let client: RunAPIClient<ModelMap>;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, specsDir: join(dir, "specs"), taskDurationMs: 1_000_000 });
  client = new RunAPIClient<ModelMap>({ apiKey: emulator.apiKey, baseURL: emulator.url }, catalog);
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("estimateCost and the emulator's quote agree on every form", () => {
  const variants = family.actions.flatMap((action) => action.variants);

  it("covers every form of price", () => {
    expect(new Set(variants.map((variant) => variant.price.unit))).toEqual(
      new Set(["call", "second", "million_tokens", "unknown"]),
    );
  });

  it.each(variants.map((variant) => [variant.model, variant] as const))("%s", async (_model, variant) => {
    const seen: string[] = [];
    for (const params of casesFor(variant)) {
      const estimate = client.estimateCost(params as never);
      const quote = await client.prices.quote(params as never);
      const label = `${variant.model} ${JSON.stringify(params)}`;
      seen.push(estimate.kind);
      switch (estimate.kind) {
        case "exact":
          expect([label, quote.billing_unit, quote.unit_price_cents, quote.reservation_amount_cents]).toEqual(
            [label, "call", estimate.cents, estimate.cents],
          );
          break;
        case "rate":
          expect([label, quote.billing_unit, quote.unit_price_cents]).toEqual([
            label,
            "second",
            estimate.cents,
          ]);
          expect(quote.reservation_amount_cents).toBeCloseTo(
            estimate.cents * (quote.output_seconds as number),
            9,
          );
          break;
        case "tokens":
          expect(quote).toMatchObject({
            billing_unit: "million_tokens",
            input_price_per_1m_cents: estimate.inputCentsPerMillion,
            output_price_per_1m_cents: estimate.outputCentsPerMillion,
          });
          break;
        case "unknown":
          expect(quote).toMatchObject({
            billing_unit: "unknown",
            price_known: false,
            reservation_amount_cents: 0,
          });
          expect(estimate.reason).toMatch(/client\.prices\.quote/);
          break;
      }
    }
    const expected = { call: "exact", second: "rate", million_tokens: "tokens", unknown: "unknown" }[
      variant.price.unit
    ];
    expect(new Set(seen)).toEqual(new Set([expected]));
  });
});
