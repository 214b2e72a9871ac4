import { describe, expect, it } from "vitest";
import { billOf, tokenCounts } from "./bill.js";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("billOf", () => {
  it("reserves and charges the price a call rule picks for the request, its defaults included", () => {
    const rule = { unit: "call", cents: 14, by: { output_resolution: { "2k": 24 } } } as const;
    const properties = { output_resolution: { default: "2k" } };
    expect(billOf(rule, {}, properties)).toEqual({
      unit: "call",
      unitCents: 24,
      reserveCents: 24,
      chargeCents: 24,
    });
    expect(billOf(rule, { output_resolution: "1k" }, properties).reserveCents).toBe(14);
  });

  it("bills a per-second rate times the requested seconds, 5 when the request names none", () => {
    const rule = { unit: "second", cents: 0.56, duration_source: "videos[0].url" } as const;
    expect(billOf(rule, { duration_seconds: 5 }, {})).toEqual({
      unit: "second",
      unitCents: 0.56,
      reserveCents: 2.8,
      chargeCents: 2.8,
      seconds: 5,
    });
    expect(billOf(rule, { duration_seconds: -1 }, { duration_seconds: { default: 8 } }).seconds).toBe(5);
    expect(billOf(rule, {}, { duration_seconds: { default: 8 } }).reserveCents).toBe(4.48);
  });

  it("bills tokens per million from the emulator's token counts, and an unknown price as 0", () => {
    const rule = { unit: "million_tokens", input_cents: 1_000_000, output_cents: 0 } as const;
    // "abcdefgh" is 2 tokens; the model and URLs are not counted.
    expect(billOf(rule, { model: "m", text: "abcdefgh", image: "https://x.test/a.png" }, {})).toMatchObject({
      unitCents: null,
      reserveCents: 2,
      tokens: { input: 2, output: 160 },
    });
    expect(billOf({ unit: "unknown" }, { prompt: "x" }, {})).toEqual({
      unit: "unknown",
      unitCents: null,
      reserveCents: 0,
      chargeCents: 0,
    });
  });
});

describe("tokenCounts", () => {
  it("counts any depth without overflowing the stack", () => {
    const deep = JSON.parse(`{"b":${nested(100_000)},"a":{"text":"abcd","model":"m"}}`);
    expect(tokenCounts(deep, {}).input).toBe(1);
  });
});
