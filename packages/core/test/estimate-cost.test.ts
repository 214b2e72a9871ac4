import { describe, expect, expectTypeOf, it } from "vitest";
import type { InputSchema } from "../src/index.js";
import { type Catalog, type CostEstimate, type PriceRule, RunAPIClient } from "../src/index.js";

/** Every field a price in this file depends on; each variant takes them all. */
const properties: Record<string, InputSchema> = {
  prompt: { type: "string" },
  output_resolution: { type: "string", enum: ["480p", "720p", "1080p"], default: "720p" },
  enable_sound: { type: "boolean", default: false },
  duration_seconds: { type: "integer", minimum: 1, maximum: 30, default: 8 },
  clip_seconds: { type: "integer", enum: [6, 10] },
  input_mode: { type: "string", enum: ["generated", "video"], default: "generated" },
};

const rules = {
  flat: { unit: "call", cents: 14 },
  free: { unit: "call", cents: 0 },
  by: { unit: "call", cents: 30, by: { output_resolution: { "480p": 1.6, "720p": 3 } } },
  boolean: { unit: "call", cents: 40, by: { enable_sound: { true: 60, false: 45 } } },
  number: { unit: "call", cents: 50, by: { clip_seconds: { "6": 30, "10": 50 } } },
  band: {
    unit: "call",
    cents: 75,
    by: { duration_seconds: { "1-10": 18, "11-20": 45, "21-30": 75 } },
  },
  matrix: {
    unit: "call",
    cents: 90,
    keys: ["clip_seconds", "output_resolution"],
    matrix: { "6": { "720p": 22.5, "1080p": 45 }, "10": { "720p": 45 } },
  },
  deep: {
    unit: "call",
    cents: 360,
    keys: ["input_mode", "clip_seconds", "output_resolution"],
    matrix: {
      generated: { "6": { "720p": 120, "1080p": 120 }, "10": { "720p": 180, "1080p": 180 } },
      video: { any: { "720p": 240, "1080p": 300 } },
    },
  },
  second: {
    unit: "second",
    cents: 48,
    by: { output_resolution: { "720p": 28, "1080p": 48 } },
    duration_source: "videos[0].url",
  },
  secondFlat: { unit: "second", cents: 20, duration_source: "videos[0].url" },
  secondMatrix: {
    unit: "second",
    cents: 10,
    keys: ["enable_sound", "output_resolution"],
    matrix: { true: { "720p": 8, "1080p": 12 }, false: { any: 5 } },
    duration_source: "videos[0].url",
  },
  tokens: { unit: "million_tokens", input_cents: 140, output_cents: 2800 },
  unknown: { unit: "unknown" },
} satisfies Record<string, PriceRule>;

type Name = keyof typeof rules;

const catalog: Catalog = {
  family: "prices",
  variants: Object.entries(rules).map(([model, price]) => ({
    model,
    action: "generate",
    method: "POST",
    path: "/api/v1/prices/generate",
    status: "active",
    task: "async",
    price,
    input: {
      type: "object",
      required: ["model"],
      properties: { model: { type: "string", const: model }, ...properties },
    },
  })),
};

type Params = {
  prompt?: string;
  output_resolution?: "480p" | "720p" | "1080p";
  enable_sound?: boolean;
  duration_seconds?: number;
  clip_seconds?: 6 | 10;
  input_mode?: "generated" | "video";
};
type Models = {
  [K in Name]: {
    params: Params;
    created: { id: string; status: string };
    task: { id: string; status: string };
  };
};

const client = new RunAPIClient<Models>({ apiKey: "k", baseURL: "http://127.0.0.1:9" }, catalog);
const estimate = (model: Name, params: Params = {}): CostEstimate =>
  client.estimateCost({ model, ...params });
const exact = (cents: number) => ({ kind: "exact", cents, currency: "USD", unit: "call" });
const cents = (model: Name, params?: Params) => estimate(model, params).cents;

describe("estimateCost: a price per call", () => {
  it("is the flat price, and a free variant costs 0", () => {
    expect(estimate("flat")).toEqual(exact(14));
    expect(estimate("free")).toEqual(exact(0));
  });

  it("takes the price the deciding value picks, the default when the field is left out or null", () => {
    expect(estimate("by", { output_resolution: "480p" })).toEqual(exact(1.6));
    expect(cents("by")).toBe(3);
    expect(cents("by", { output_resolution: null as never })).toBe(3);
    // 1080p has no entry: the rule's cents.
    expect(cents("by", { output_resolution: "1080p" })).toBe(30);
  });

  it("looks booleans and numbers up by their string form", () => {
    expect([cents("boolean", { enable_sound: true }), cents("boolean")]).toEqual([60, 45]);
    expect([cents("number", { clip_seconds: 6 }), cents("number", { clip_seconds: 10 })]).toEqual([30, 50]);
    // No value and no default: nothing matches.
    expect(cents("number")).toBe(50);
  });

  it("matches a number inside a range key a-b, ends included, the default too", () => {
    const band = (duration_seconds: number) => cents("band", { duration_seconds });
    expect([1, 10, 11, 20, 21, 30].map(band)).toEqual([18, 18, 45, 45, 75, 75]);
    expect(cents("band")).toBe(18); // default 8 s
  });

  it("refuses a deciding value the variant does not take, as create would, and checks nothing else", () => {
    const refusals: [number, string][] = [
      [10.5, "duration_seconds must be an integer between 1 and 30"],
      [31, "duration_seconds must be between 1 and 30"],
      [0, "duration_seconds must be between 1 and 30"],
    ];
    for (const [duration_seconds, message] of refusals) {
      expect(() => estimate("band", { duration_seconds })).toThrow(
        expect.objectContaining({
          name: "ValidationError",
          message,
          issues: [{ path: "duration_seconds", message }],
        }),
      );
    }
    expect(() => estimate("by", { output_resolution: "4k" as never })).toThrow(
      "output_resolution must be one of: 480p, 720p, 1080p",
    );
    // A prompt that create would refuse does not change the price: a form is priced before it is filled in.
    expect(cents("band", { duration_seconds: 12, prompt: 5 as never })).toBe(45);
  });

  it("walks a matrix in keys order; a missing combination falls back to cents", () => {
    expect(cents("matrix", { clip_seconds: 6, output_resolution: "1080p" })).toBe(45);
    expect(cents("matrix", { clip_seconds: 6 })).toBe(22.5); // default 720p
    expect(cents("matrix", { clip_seconds: 10, output_resolution: "720p" })).toBe(45);
    expect(cents("matrix", { clip_seconds: 10, output_resolution: "1080p" })).toBe(90);
    expect(cents("matrix", { output_resolution: "720p" })).toBe(90);
  });

  it("lets the level `any` match every value, even one left out without a default", () => {
    expect(cents("deep", { clip_seconds: 10, output_resolution: "1080p" })).toBe(180);
    expect(cents("deep", { input_mode: "video", clip_seconds: 6, output_resolution: "1080p" })).toBe(300);
    expect(cents("deep", { input_mode: "video" })).toBe(240);
    expect(cents("deep", { clip_seconds: 10, output_resolution: "480p" })).toBe(360);
  });
});

describe("estimateCost: other units", () => {
  it("gives a rate in cents per second of output, with a note, for a per-second price", () => {
    const rate = { kind: "rate", currency: "USD", unit: "second", note: "cents per second of output" };
    expect(estimate("second", { output_resolution: "1080p" })).toEqual({ ...rate, cents: 48 });
    expect(estimate("second")).toEqual({ ...rate, cents: 28 });
    expect(estimate("second", { output_resolution: "480p" })).toEqual({ ...rate, cents: 48 });
    expect(estimate("secondFlat")).toEqual({ ...rate, cents: 20 });
    expect(cents("secondMatrix", { enable_sound: true, output_resolution: "1080p" })).toBe(12);
    expect(cents("secondMatrix", { output_resolution: "1080p" })).toBe(5);
  });

  it("gives both rates per million tokens", () => {
    expect(estimate("tokens", { prompt: "hello" })).toEqual({
      kind: "tokens",
      inputCentsPerMillion: 140,
      outputCentsPerMillion: 2800,
      currency: "USD",
    });
  });

  it("says when the price is not published, and where to ask", () => {
    const result = estimate("unknown");
    expect(result.kind).toBe("unknown");
    expect(result.cents).toBeUndefined();
    expect(result.kind === "unknown" && result.reason).toMatch(
      /not published in the spec.*client\.prices\.quote/,
    );
  });

  it("is typed by kind: cents is a number once the kind is exact or rate", () => {
    const result = estimate("flat");
    expectTypeOf(result.cents).toEqualTypeOf<number | undefined>();
    if (result.kind === "exact" || result.kind === "rate") expectTypeOf(result.cents).toEqualTypeOf<number>();
    if (result.kind === "tokens") expectTypeOf(result.inputCentsPerMillion).toEqualTypeOf<number>();
  });
});
